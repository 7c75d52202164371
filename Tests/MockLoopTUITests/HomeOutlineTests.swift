import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("Home's first frame from the content index")
struct HomeOutlineTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let locations = ContentLocations(
    deckFolders: [root.appendingPathComponent("Decks")], themeFolders: [root.appendingPathComponent("Themes")])
  static let library = ContentLibrary.load(from: locations)
  static let outline = ContentIndex(library: library, files: ContentIndex.stamps(of: locations)).outline

  @Test(
    "home drawn from the outline is the frame drawn from the full library, for every format and level filter",
    arguments: [(100, 30), (80, 24), (160, 50)])
  func sameFrame(size: (width: Int, height: Int)) {
    #expect(Self.library.formats.count > 1)
    for formatIndex in Self.library.formats.indices {
      for filter in [HomeState.LevelFilter.all, .l6, .l7] {
        var home = HomeState()
        home.formatIndex = formatIndex
        home.levelFilter = filter
        home.pane = .questions
        var full = ScreenFixtures.state(width: size.width, height: size.height, screen: .home(home))
        full.content = Self.library
        var outlined = full
        outlined.content = Self.outline
        #expect(
          AppScreen.render(outlined).text() == AppScreen.render(full).text(),
          "\(Self.library.formats[formatIndex].id) \(filter)")
      }
    }
  }

  @Test("the full library replaces the outline through an event, before a mock can start from it")
  func fullLibraryReplacesOutline() throws {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    state.content = Self.outline
    let effects = state.handle(.content(Self.library), now: state.now)
    #expect(effects.isEmpty)
    #expect(state.content == Self.library)
    let entry = try #require(state.content.allQuestions.first { !$0.question.followUps.isEmpty })
    #expect(entry.question.followUps.allSatisfy { !$0.text.isEmpty })
  }
}
