import Foundation
import Testing

@testable import MockLoopKit

/// Expected figures are worked out by hand from the table in `PracticeFixture`.
@Suite("Comparing the attempts of one question")
struct AttemptComparisonTests {
  let comparison = AttemptComparison(
    questionID: "url-shortener", sessions: PracticeFixture.sessions, rubric: PracticeFixture.rubric,
    now: PracticeFixture.now)

  @Test("only the question's sessions, oldest first")
  func attemptsInOrder() {
    // url-shortener was played in s1 (11-02), s3 (11-23) and s5 (11-24); the store gives newest first.
    #expect(comparison.attempts.map(\.sessionID) == ["s1", "s3", "s5"])
    #expect(comparison.attempts.first?.date == PracticeFixture.date("2026-11-02T09:00:00Z"))
    #expect(comparison.questionTitle == "Design a URL shortener")
    #expect(comparison.attempts.allSatisfy { $0.formatID == "mini" && $0.level == .l7 && $0.state == "finished" })
  }

  @Test("time, minutes per phase and checklist coverage of an attempt")
  func timings() throws {
    let first = try #require(comparison.attempts.first)
    // s1: requirements 6 (pause excluded) + design 15 + wrap-up 10 = 31 min = 1860 s of 30 planned.
    #expect(first.activeSeconds == 1860)
    #expect(first.plannedSeconds == 1800)
    #expect(first.phases.map(\.plannedMinutes) == [5, 15, 10])
    #expect(first.phases.map(\.actualMinutes) == [6, 15, 10])
    // s1 ticked users and services: 2 of the 4 items.
    #expect(first.checklistChecked == 2)
    #expect(first.checklistTotal == 4)
    // s5 ticked all four.
    #expect(comparison.attempts.last?.checklistChecked == 4)
  }

  @Test("scores per dimension and the verdict at the session's level")
  func scoresAndVerdicts() {
    #expect(comparison.dimensions.map(\.id) == ["requirements", "trade-offs", "communication"])
    #expect(comparison.attempts.map { $0.scores["trade-offs"] } == [2, 3, nil])
    // s1 core average (2 + 2) / 2 = 2.0 < 3.0; s3 (3 + 3) / 2 = 3.0 with nothing below 2; s5 not graded.
    #expect(
      comparison.attempts.map(\.verdicts) == [
        ["L7 bar not met: core average 2.0, needs 3.0"], ["L7 bar met: core average 3.0; nothing below 2"], [],
      ])
  }

  @Test("without a rubric there are scores but no verdicts, and dimensions go by id")
  func withoutRubric() {
    let bare = AttemptComparison(
      questionID: "url-shortener", sessions: PracticeFixture.sessions, rubric: nil, now: PracticeFixture.now)
    #expect(bare.attempts.allSatisfy { $0.verdicts.isEmpty })
    #expect(bare.dimensions.map(\.id) == ["communication", "requirements", "trade-offs"])
    #expect(bare.attempts.first?.scores["requirements"] == 2)
  }

  @Test("an unfinished attempt is timed up to when it was last alive, not to now")
  func unfinishedAttempt() throws {
    // s6 ran 2 minutes and the app died at 08:02 with the session running; now is 12:00.
    let comparison = AttemptComparison(
      questionID: "rate-limiter", sessions: PracticeFixture.sessions, rubric: PracticeFixture.rubric,
      now: PracticeFixture.now)
    let attempt = try #require(comparison.attempts.first)
    #expect(comparison.attempts.count == 1)
    #expect(attempt.state == "running")
    #expect(attempt.activeSeconds == 120)
    #expect(attempt.phases.first?.actualMinutes == 2)
  }
}
