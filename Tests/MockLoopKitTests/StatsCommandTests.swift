import Foundation
import Testing

@testable import MockLoopKit

@Suite("mockloop stats and compare")
struct StatsCommandTests {
  @Test("stats --json on an empty home is a valid object with no sessions")
  func emptyHome() throws {
    let run = try CommandRun.run(["stats", "--json"], home: Fixtures.temporaryFolder())
    #expect(run.status == 0, "\(run.stderr)")
    let stats = try ExchangeCoding.decoder.decode(PracticeStats.self, from: Data(run.stdout.utf8))
    #expect(stats.totalSessions == 0)
    #expect(stats.sessionsPerWeek.count == 12)
    let text = try CommandRun.run(["stats"], home: Fixtures.temporaryFolder())
    #expect(text.status == 0)
    #expect(text.stdout.hasPrefix("No finished sessions yet"))
  }

  @Test("stats counts inserted sessions and compare lists both attempts")
  func twoSessions() throws {
    let home = Fixtures.temporaryFolder()
    let clock = ManualClock()
    let store = try SessionStore.open(folder: home)
    let first = SessionStoreTests.playedSession(clock: clock)
    clock.advance(minutes: 60)
    let second = SessionStoreTests.playedSession(clock: clock)
    try store.insert([first, second])

    let stats = try CommandRun.run(["stats", "--json"], home: home)
    #expect(stats.status == 0, "\(stats.stderr)")
    let decoded = try ExchangeCoding.decoder.decode(PracticeStats.self, from: Data(stats.stdout.utf8))
    #expect(decoded.totalSessions == 2)
    #expect(decoded.finishedSessions == 2)
    #expect(!decoded.untouchedQuestions.contains { $0.id == "url-shortener" })

    let compare = try CommandRun.run(["compare", "url-shortener", "--json"], home: home)
    #expect(compare.status == 0, "\(compare.stderr)")
    let comparison = try ExchangeCoding.decoder.decode(AttemptComparison.self, from: Data(compare.stdout.utf8))
    #expect(comparison.attempts.map(\.sessionID) == [first.id, second.id])

    let table = try CommandRun.run(["compare", "url-shortener"], home: home)
    #expect(table.stdout.contains("Design a URL shortener [url-shortener]: 2 attempts"))
    #expect(table.stdout.contains(String(first.id.prefix(8))) && table.stdout.contains(String(second.id.prefix(8))))
  }

  @Test("compare of a question with no sessions fails with a message")
  func compareUnknown() throws {
    let run = try CommandRun.run(["compare", "no-such-question"], home: Fixtures.temporaryFolder())
    #expect(run.status != 0)
    #expect(run.stderr.contains("no sessions of question 'no-such-question'"))
  }
}
