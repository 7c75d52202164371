import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("Home names content files with errors, not errors")
struct HomeContentErrorsTests {
  @Test("one deck file with three errors reads '1 content file with errors' on home")
  func countsFiles() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-home-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let deck = """
      id: broken
      title: Broken
      questions:
        - { id: one, title: One, levels: [L9], prompt: P, requirements: { functional: [a], non_functional: [b] } }
        - { id: two, title: Two, levels: [L6], requirements: { functional: [a], non_functional: [b] } }
        - { id: three, title: Three, levels: [L6], prompt: P, requirements: { functional: [a] } }
      """
    try Data(deck.utf8).write(to: folder.appendingPathComponent("broken.yaml"))
    let library = ContentLibrary.load(paths: [folder])
    #expect(library.errors.count == 3)
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    state.content = library
    let text = AppScreen.render(state).text()
    #expect(text.contains("1 content file with errors"), "\(text)")
  }
}
