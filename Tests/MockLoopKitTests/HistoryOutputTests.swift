import Foundation
import Testing

@testable import MockLoopKit

@Suite("mockloop history --json and the end of a command")
struct HistoryOutputTests {
  @Test("history --json prints what the store reads, titles with controls and wide text included, and [] with none")
  func jsonRoundTrips() throws {
    let home = Fixtures.temporaryFolder()
    let empty = try CommandRun.run(["history", "--json"], home: home)
    #expect(empty.status == 0, "\(empty.stderr)")
    #expect(empty.stdout == "[]\n")

    let clock = ManualClock()
    let store = try SessionStore.open(folder: home)
    for title in ["Design a \"chat\" service", "Bell\u{7} and CSI \u{9B} ringer", "短縮URL 🙂", "a/b\\c"] {
      try store.insert(SmallThingsCommandLineTests.fractionalSession(clock: clock, title: title))
      clock.advance(by: 90)
    }
    let run = try CommandRun.run(["history", "--json"], home: home)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasSuffix("}\n]\n"))
    #expect(!run.stdout.contains("\u{7}") && !run.stdout.contains("\u{9B}"))
    #expect(run.stdout.contains(#"Bell\u0007 and CSI \u009b ringer"#))
    let decoded = try ExchangeCoding.decoder.decode([SessionSummary].self, from: Data(run.stdout.utf8))
    #expect(decoded == (try store.readHistory().values))
  }

  @Test("a command that ends early still writes all of its output through a pipe")
  func outputIsFlushedAtTheEnd() throws {
    let home = Fixtures.temporaryFolder()
    let clock = ManualClock()
    let store = try SessionStore.open(folder: home)
    for _ in 0..<300 {
      try store.insert(SmallThingsCommandLineTests.fractionalSession(clock: clock))
      clock.advance(by: 60)
    }
    let history = try CommandRun.run(["history"], home: home)
    #expect(history.status == 0, "\(history.stderr)")
    #expect(history.stdout.split(separator: "\n").count == 301)
    #expect(history.stdout.hasSuffix("finished\n"))
    let stats = try CommandRun.run(["stats"], home: home)
    #expect(stats.status == 0, "\(stats.stderr)")
    #expect(stats.stdout.hasPrefix("Practice: 300 sessions"))
  }

  @Test("history, stats, compare and export close the database before they end: no write-ahead log is left")
  func readCommandsCloseTheStore() throws {
    let (home, _, session) = try Fixtures.homeWithOneSession()
    let log = home.appendingPathComponent(DataLocation.databaseFileName + "-wal")
    #expect(!FileManager.default.fileExists(atPath: log.path))
    for arguments in [
      ["history"], ["history", "--json"], ["stats"], ["compare", session.question.id], ["export", "--all"],
    ] {
      let run = try CommandRun.run(arguments, home: home)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
      #expect(!FileManager.default.fileExists(atPath: log.path), "\(arguments) left the write-ahead log")
    }
  }
}
