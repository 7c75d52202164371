import Foundation
import Testing

@testable import MockLoopKit

@Suite("Statistics from the content index")
struct StatsOutlineTests {
  /// A copy of the built-in content, so that which index answers is up to the test.
  static func contentCopy() throws -> URL {
    let root = Fixtures.temporaryFolder().appendingPathComponent("content")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for folder in ["Decks", "Themes"] {
      try FileManager.default.copyItem(
        at: BuiltInContentTests.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
    try? FileManager.default.removeItem(at: ContentIndex.builtInURL(root: root))
    return root
  }

  /// The output of a stats run without its "asOf" line, the one that names the moment.
  static func stable(_ run: CommandRun) -> String {
    run.stdout.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("\"asOf\"") }
      .joined(separator: "\n")
  }

  @Test("stats prints the same with no index (the full library), the cache's index and the built-in index")
  func sameOutputWhicheverContent() throws {
    let home = Fixtures.temporaryFolder()
    let content = try Self.contentCopy()
    let environment = ["MOCKLOOP_CONTENT": content.path]
    let filled = try CommandRun.run(
      ["bench-data", "--sessions", "300", "--until", "2025-06-01"], home: home, environment: environment)
    #expect(filled.status == 0, "\(filled.stderr)")
    let index = home.appendingPathComponent("cache/" + ContentIndex.fileName)
    #expect(!FileManager.default.fileExists(atPath: index.path))

    let full = try CommandRun.run(["stats", "--json"], home: home, environment: environment)
    let fullText = try CommandRun.run(["stats"], home: home, environment: environment)
    #expect(full.status == 0, "\(full.stderr)")
    #expect(full.stdout.contains("\"dimensions\""))
    #expect(FileManager.default.fileExists(atPath: index.path), "the full load leaves the index for the next time")

    let indexed = try CommandRun.run(["stats", "--json"], home: home, environment: environment)
    let indexedText = try CommandRun.run(["stats"], home: home, environment: environment)
    #expect(Self.stable(indexed) == Self.stable(full))
    #expect(indexedText.stdout == fullText.stdout)

    try FileManager.default.removeItem(at: index)
    let wrote = try CommandRun.run(["decks", "index", "--root", content.path], home: home, environment: environment)
    #expect(wrote.status == 0, "\(wrote.stderr)")
    let builtIn = try CommandRun.run(["stats", "--json"], home: home, environment: environment)
    #expect(!FileManager.default.fileExists(atPath: index.path), "the built-in index answered")
    #expect(Self.stable(builtIn) == Self.stable(full))
  }

  @Test("the outline loaded for the statistics is the index's once written, and the full library before")
  func loadOutlineFallsBack() throws {
    let home = Fixtures.temporaryFolder()
    let content = try Self.contentCopy()
    let environment = [
      "MOCKLOOP_HOME": home.path, "MOCKLOOP_CONTENT": content.path,
      "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
    ]
    let first = ContentLibrary.loadOutline(environment: environment)
    #expect(first.allQuestions.contains { $0.question.followUps.contains { !$0.text.isEmpty } }, "the full library")
    let second = ContentLibrary.loadOutline(environment: environment)
    #expect(second.allQuestions.allSatisfy { $0.question.followUps.allSatisfy(\.text.isEmpty) }, "the outline")
    #expect(second.rubrics == first.rubrics)
    #expect(second.formats == first.formats)
    #expect(second.allQuestions.map(\.question.dimensions) == first.allQuestions.map(\.question.dimensions))

    // A deck edited since: the index is stale, and the full library is loaded again.
    let deck = content.appendingPathComponent("Decks/amazon-l6-l7.yaml")
    try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 120)], ofItemAtPath: deck.path)
    let third = ContentLibrary.loadOutline(environment: environment)
    #expect(third.allQuestions.contains { $0.question.followUps.contains { !$0.text.isEmpty } })
  }
}
