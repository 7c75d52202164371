import Foundation
import Testing

@testable import MockLoopKit

/// Every expected figure below is worked out by hand from the table in `PracticeFixture`.
@Suite("Practice statistics over a hand-checked history")
struct PracticeStatsTests {
  let stats = PracticeStats(
    sessions: PracticeFixture.sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric,
    now: PracticeFixture.now)

  @Test("sessions are counted all, finished and graded")
  func counts() {
    // 6 given; s6 is unfinished, so 5 finished; s1–s4 carry an assessment, so 4 graded.
    #expect(stats.totalSessions == 6)
    #expect(stats.finishedSessions == 5)
    #expect(stats.gradedSessions == 4)
  }

  @Test("sessions per week cover the last 12 Mondays with empty weeks, oldest first")
  func sessionsPerWeek() {
    // now is Wed 11-25, so the current week starts Mon 11-23 and the first of 12 weeks starts
    // 11 weeks (77 days) before: Mon 09-07. Week index = days since 09-07 / 7:
    // s1 Mon 11-02 → 56 days → week 8; s2 Tue 11-10 → week 9 (Mon 11-09);
    // s3 Mon 11-23, s4 and s5 Tue 11-24 → week 11; s6 is unfinished and does not count.
    #expect(stats.sessionsPerWeek.map(\.count) == [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 3])
    #expect(stats.sessionsPerWeek.first?.weekStart == PracticeFixture.date("2026-09-07T00:00:00Z"))
    #expect(stats.sessionsPerWeek.last?.weekStart == PracticeFixture.date("2026-11-23T00:00:00Z"))
  }

  @Test("the streak counts back from yesterday when nothing was finished today")
  func streak() {
    // Finished days: 11-02, 11-10, 11-23, 11-24. Today 11-25 has only the unfinished s6, so the
    // count starts yesterday: 11-24 and 11-23 = 2 (11-22 has none).
    #expect(stats.currentStreakDays == 2)
    // Two days later neither today (11-27) nor yesterday (11-26) has a session: no streak.
    let later = PracticeStats(
      sessions: PracticeFixture.sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric,
      now: PracticeFixture.date("2026-11-27T12:00:00Z"))
    #expect(later.currentStreakDays == 0)
    // Late on Tue 11-24 today counts itself: 11-24 (s4, s5) and 11-23 (s3) = 2; 11-22 has none.
    // s6 starts after this moment and is ignored.
    let sameDay = PracticeStats(
      sessions: PracticeFixture.sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric,
      now: PracticeFixture.date("2026-11-24T23:00:00Z"))
    #expect(sameDay.currentStreakDays == 2)
  }

  @Test("a dimension's scores come oldest first with latest and average")
  func dimensionAverage() throws {
    let tradeOffs = try #require(stats.dimensions.first { $0.id == "trade-offs" })
    // s1..s4: 2, 2, 3, 2 → latest 2, average 9 / 4 = 2.25; fewer than 6 scores → no trend.
    #expect(tradeOffs.scores.map(\.score) == [2, 2, 3, 2])
    #expect(tradeOffs.scores.map(\.sessionID) == ["s1", "s2", "s3", "s4"])
    #expect(tradeOffs.latest == 2)
    #expect(tradeOffs.average == 2.25)
    #expect(tradeOffs.trend == nil)
    // requirements: 2, 3, 3, 4 → 12 / 4 = 3.0.
    #expect(stats.dimensions.map(\.id) == ["requirements", "trade-offs", "communication"])
    #expect(stats.dimensions[0].average == 3.0)
  }

  @Test("the trend is the last three scores' average minus the three before")
  func trend() throws {
    // Six graded sessions a day apart scoring trade-offs 1, 2, 2, 3, 3, 4:
    // last three (3 + 3 + 4) / 3 = 10/3, previous three (1 + 2 + 2) / 3 = 5/3, trend = 5/3.
    let scores = [1, 2, 2, 3, 3, 4]
    let sessions = scores.enumerated().map { index, score in
      PracticeFixture.session(
        "t\(index)", question: "chat", start: "2026-11-1\(index)T09:00:00Z", requirementsMinutes: 5,
        scores: ["requirements": 3, "trade-offs": score, "communication": 3])
    }
    let stats = PracticeStats(
      sessions: sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric, now: PracticeFixture.now)
    let tradeOffs = try #require(stats.dimensions.first { $0.id == "trade-offs" })
    #expect(abs(try #require(tradeOffs.trend) - 5.0 / 3.0) < 1e-9)
    // The recent average reads the last 5 graded sessions: (2 + 2 + 3 + 3 + 4) / 5 = 2.8.
    #expect(abs(try #require(tradeOffs.recentAverage) - 2.8) < 1e-9)
    #expect(tradeOffs.recentCount == 5)
    // Five scores are not enough for a trend.
    let fewer = PracticeStats(
      sessions: Array(sessions.prefix(5)), content: PracticeFixture.content, rubric: PracticeFixture.rubric,
      now: PracticeFixture.now)
    #expect(fewer.dimensions.first { $0.id == "trade-offs" }?.trend == nil)
  }

  @Test("a phase's average overrun and overrun rate, pauses excluded")
  func pacing() throws {
    let format = try #require(stats.pacing.first)
    #expect(stats.pacing.map(\.formatID) == ["mini"])
    #expect(format.sessions == 5)
    #expect(format.phases.map(\.phaseID) == ["requirements", "design", "wrap-up"])
    let requirements = format.phases[0]
    // Planned 300 s. Actual: s1 360 (its 2-minute pause is not counted), s2 240, s3 420, s4 300,
    // s5 480 → average 1800 / 5 = 360. Overrun max(0, actual − 300): 60, 0, 120, 0, 180 →
    // average 360 / 5 = 72. Overran: s1, s3, s5 (s4 exactly on plan does not) → 3 / 5 = 0.6.
    #expect(requirements.sessions == 5)
    #expect(requirements.averagePlannedSeconds == 300)
    #expect(requirements.averageActualSeconds == 360)
    #expect(requirements.averageOverrunSeconds == 72)
    #expect(requirements.overrunRate == 0.6)
    // Design ran exactly 15 minutes every time.
    #expect(format.phases[1].averageOverrunSeconds == 0)
    #expect(format.phases[1].overrunRate == 0)
  }

  @Test("the most missed checklist item comes first, never-missed items are left out")
  func missedItems() {
    // Of 5 finished sessions: "Estimated scale" unticked in s1, s3, s4 → 3 of 5;
    // "Named alarms" unticked in s1, s2 → 2 of 5; the other two were always ticked.
    // s6 ticked nothing but is unfinished, so it adds nothing.
    let items = stats.missedChecklistItems
    #expect(items.map(\.text) == ["Estimated scale", "Named alarms"])
    #expect(items.first?.phaseTitle == "Requirements")
    #expect(items.first?.missed == 3)
    #expect(items.first?.offered == 5)
  }

  @Test("untouched questions are never-started ones; due ones wait longest first")
  func questions() {
    // s6 was started (unfinished) so rate-limiter counts as attempted.
    #expect(stats.untouchedQuestions.map(\.id) == ["api-gateway", "global-cdn"])
    // Last attempts: chat 11-24 09:00, url-shortener 11-24 20:00, rate-limiter 11-25 08:00.
    #expect(stats.dueQuestions.map(\.id) == ["chat", "url-shortener", "rate-limiter"])
    #expect(stats.dueQuestions.map(\.daysSince) == [1, 1, 0])
    #expect(stats.dueQuestions.map(\.attempts) == [2, 3, 1])
  }

  @Test("the suggestion targets the dimension furthest below its bar with an untouched question that exercises it")
  func suggestion() throws {
    // L7 averages over the last 5 graded L7 mocks (here all 4): requirements 3.0, trade-offs
    // 2.25, communication 13 / 4 = 3.25, each against the core average of 3.0 → trade-offs.
    // Untouched: api-gateway (exercises requirements) and global-cdn (exercises trade-offs) →
    // global-cdn, though api-gateway sorts first.
    let suggestion = try #require(stats.suggestion)
    #expect(suggestion.questionID == "global-cdn")
    #expect(suggestion.dimensionID == "trade-offs")
    #expect(
      suggestion.reason
        == "Your lowest L7 dimension against its bar over your last 4 graded L7 mocks is Trade-offs and depth at "
        + "2.25 against a bar of 3.0. 'Design a global CDN' exercises it and was never practised.")
    #expect(suggestion.formatID == "mini")
    #expect(suggestion.level == .l7)
  }

  @Test("with nothing graded the suggestion is the question left alone longest, and says so")
  func suggestionWithoutGrades() throws {
    var sessions = PracticeFixture.sessions
    for index in sessions.indices { sessions[index].assessment = nil }
    let ungraded = PracticeStats(
      sessions: sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric, now: PracticeFixture.now)
    let suggestion = try #require(ungraded.suggestion)
    #expect(suggestion.questionID == "api-gateway")
    #expect(suggestion.dimensionID == nil)
    #expect(suggestion.reason.hasPrefix("Nothing is graded yet"))
    // Once every question was attempted, the one whose last attempt is oldest: chat (11-24 09:00).
    let all =
      sessions + [
        PracticeFixture.session("x1", question: "api-gateway", start: "2026-11-25T09:00:00Z", requirementsMinutes: 5),
        PracticeFixture.session("x2", question: "global-cdn", start: "2026-11-25T10:00:00Z", requirementsMinutes: 5),
      ]
    let attempted = PracticeStats(
      sessions: all, content: PracticeFixture.content, rubric: PracticeFixture.rubric, now: PracticeFixture.now)
    #expect(attempted.suggestion?.questionID == "chat")
    #expect(attempted.suggestion?.reason.contains("'Design a chat service' was last practised yesterday") == true)
  }

  @Test("the same inputs in any order give the same stats, which survive a JSON round trip")
  func deterministic() throws {
    let shuffled = PracticeStats(
      sessions: PracticeFixture.sessions.reversed(), content: PracticeFixture.content, rubric: PracticeFixture.rubric,
      now: PracticeFixture.now)
    #expect(shuffled == stats)
    let data = try ExchangeCoding.encoder.encode(stats)
    #expect(try ExchangeCoding.decoder.decode(PracticeStats.self, from: data) == stats)
  }

  @Test("no sessions: empty figures, 12 empty weeks, and a first question to try")
  func empty() {
    let empty = PracticeStats(
      sessions: [], content: PracticeFixture.content, rubric: PracticeFixture.rubric, now: PracticeFixture.now)
    #expect(empty.totalSessions == 0)
    #expect(empty.sessionsPerWeek.count == 12)
    #expect(empty.sessionsPerWeek.allSatisfy { $0.count == 0 })
    #expect(empty.pacing.isEmpty && empty.missedChecklistItems.isEmpty && empty.dueQuestions.isEmpty)
    #expect(empty.untouchedQuestions.count == PracticeFixture.questions.count)
    #expect(empty.suggestion?.questionID == "api-gateway")
  }
}
