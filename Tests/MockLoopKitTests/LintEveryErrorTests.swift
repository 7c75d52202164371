import Foundation
import Testing

@testable import MockLoopKit

@Suite("decks lint reports every error of a file")
struct LintEveryErrorTests {
  /// A deck of three questions: the first sound, the second with an unknown level and no prompt,
  /// the third with a follow-up placed past the end of its role. Three independent errors.
  static let threeErrors = """
    id: deck-one
    title: Deck one
    questions:
      - id: paste-bin
        title: Design a paste bin
        levels: [L6]
        prompt: Users paste text.
        requirements:
          functional: [Create]
          non_functional: [Fast]
      - id: news-feed
        title: Design a news feed
        levels: [L9]
        requirements:
          functional: [Post]
          non_functional: [Fresh]
      - id: chat
        title: Design a chat
        levels: [L6]
        prompt: Users talk.
        requirements:
          functional: [Send]
          non_functional: [Ordered]
        follow_ups:
          - { role: deep-dive, at: 20, text: Fan-out?, answer: [One, Two, Three] }
    """

  static func folder(deck: String) throws -> (folder: URL, deck: URL) {
    let folder = Fixtures.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("formats"), withIntermediateDirectories: true)
    try Data(ContentLoadingTests.goodFormat.utf8).write(to: folder.appendingPathComponent("formats/tiny.yaml"))
    let file = folder.appendingPathComponent("deck.yaml")
    try Data(deck.utf8).write(to: file)
    return (folder, file)
  }

  @Test("three independent errors in one deck are all reported in file order, and its sound question loads")
  func everyErrorOfADeck() throws {
    let (folder, file) = try Self.folder(deck: Self.threeErrors)
    let library = ContentLibrary.load(paths: [folder])
    #expect(library.errors.map(\.file) == [file.path, file.path, file.path])
    #expect(library.errors.map(\.line) == [11, 13, 25])
    #expect(library.errors[0].message.contains("missing required key 'prompt'"))
    #expect(library.errors[1].message.contains("expected L6 or L7"))
    #expect(library.errors[2].message.contains("0 <= at < 1, found 20"))
    #expect(library.question(id: "paste-bin") != nil)
    #expect(library.question(id: "news-feed") == nil)
    #expect(library.question(id: "chat") == nil)
    #expect(library.format(id: "tiny") != nil)
  }

  @Test("every bad key of one mapping is reported, not only the first")
  func everyBadKey() throws {
    let deck = ContentLoadingTests.goodDeck.replacingOccurrences(of: "prompt:", with: "promt:")
      .replacingOccurrences(of: "title: Design", with: "titel: Design")
    let (folder, _) = try Self.folder(deck: deck)
    let library = ContentLibrary.load(paths: [folder])
    #expect(library.errors.map(\.message).filter { $0.hasPrefix("unknown key") }.count == 2)
  }

  @Test("every broken phase of a format is reported and the format is not loaded")
  func everyBrokenPhase() throws {
    let format =
      ContentLoadingTests.goodFormat.replacingOccurrences(of: "minutes: 30", with: "minutes: ten")
      + "\n  - { id: second, title: Second, minutes: 0, goal: x, checklist: [y], roles: [scale] }"
    let folder = Fixtures.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("formats"), withIntermediateDirectories: true)
    try Data(format.utf8).write(to: folder.appendingPathComponent("formats/tiny.yaml"))
    let library = ContentLibrary.load(paths: [folder])
    #expect(library.errors.map(\.line) == [7, 11])
    #expect(library.format(id: "tiny") == nil)
  }

  @Test("decks lint prints each error as file:line:column, then the count, and exits 1")
  func lintPrintsEveryError() throws {
    let (folder, file) = try Self.folder(deck: Self.threeErrors)
    let run = try CommandRun.run(["decks", "lint", folder.path], home: Fixtures.temporaryFolder())
    #expect(run.status == 1)
    let lines = run.stderr.split(separator: "\n").map(String.init)
    let errors = lines.filter { $0.hasPrefix(file.path + ":") }
    #expect(errors.count == 3)
    #expect(errors.first?.hasPrefix("\(file.path):11:5: error: ") == true)
    #expect(errors.allSatisfy { $0.contains(": error: ") })
    #expect(lines.last?.hasSuffix("; 3 errors") == true, "\(run.stderr)")
  }
}
