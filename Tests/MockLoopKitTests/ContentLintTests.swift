import Foundation
import Testing

@testable import MockLoopKit

@Suite("decks lint warns about control characters in content")
struct ContentLintTests {
  @Test("an escape in a question's title and a follow-up is warned about, by file, question and field")
  func warnsAboutEscapes() throws {
    let folder = Fixtures.temporaryFolder()
    let deck = folder.appendingPathComponent("hostile.yaml")
    try Data(
      """
      id: hostile
      title: "Hostile \\x9b deck"
      questions:
        - id: clear-screen
          title: "Design \\e[2J a cache"
          levels: [L6]
          prompt: Plain words.
          requirements: { functional: [Shorten], non_functional: [Fast] }
          follow_ups:
            - { text: "Ring \\a the bell", answer: [One, Two, Three] }
      """.utf8
    ).write(to: deck)
    let library = ContentLibrary.load(paths: [deck])
    #expect(library.errors.isEmpty, "\(library.errors)")
    let warnings = ContentLint.controlCharacters(in: library)
    let text = warnings.map(\.description)
    #expect(text.count == 3, "\(text)")
    #expect(text.allSatisfy { $0.hasPrefix("\(deck.path): warning: ") })
    #expect(text.contains { $0.contains("question 'clear-screen' title holds ESC (U+001B)") })
    #expect(text.contains { $0.contains("question 'clear-screen' followUps[0].text holds BEL (U+0007)") })
    #expect(text.contains { $0.contains("deck 'hostile' title holds CSI (U+009B)") })
  }

  @Test("the built-in content has no control characters")
  func builtInIsClean() {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let library = ContentLibrary.load(paths: [
      root.appendingPathComponent("Decks"), root.appendingPathComponent("Themes"),
    ])
    #expect(!library.decks.isEmpty)
    #expect(ContentLint.controlCharacters(in: library).isEmpty)
  }
}
