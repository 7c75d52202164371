import Foundation
import Testing

@testable import MockLoopKit

@Suite("HTML reports")
struct ReportGoldenTests {
  static func sessionPage() -> String {
    SessionHTMLReport.html(
      session: ReportFixture.session(), rubric: VerdictTests.rubric, question: ReportFixture.question,
      now: ReportFixture.now, dates: ReportFixture.utc)
  }

  static func practicePage(since: Date? = nil) -> String {
    PracticeHTMLReport.html(
      sessions: PracticeFixture.sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric,
      since: since,
      now: PracticeFixture.now, dates: ReportFixture.utc)
  }

  @Test("the fixture session's report matches the golden HTML file")
  func sessionGolden() throws {
    try ReportGoldens.check(Self.sessionPage(), against: "session-report.html")
  }

  @Test("the practice fixture's whole-preparation report matches the golden HTML file")
  func practiceGolden() throws {
    try ReportGoldens.check(Self.practicePage(), against: "practice-report.html")
  }

  @Test("a session report has its sections in order and an empty, marked calibration slot")
  func sessionSections() {
    let document = SessionHTMLReport.document(
      session: ReportFixture.session(), rubric: VerdictTests.rubric, question: ReportFixture.question,
      now: ReportFixture.now, dates: ReportFixture.utc)
    #expect(
      document.sections.map(\.id) == [
        "question", "phases", "timeline", "checklist", "grade", "follow-ups", "notes", "reference", "calibration",
      ])
    #expect(document.section("calibration")?.blocks.isEmpty == true)
    let html = HTMLReport.render(document)
    #expect(html.contains("<section id=\"calibration\" class=\"slot\" data-slot=\"empty\"></section>"))
  }

  @Test("the phase chart marks the overruns: requirements +1:30 and the deep dive +5:00")
  func phaseOverruns() throws {
    let document = SessionHTMLReport.document(
      session: ReportFixture.session(), rubric: VerdictTests.rubric, question: ReportFixture.question,
      now: ReportFixture.now, dates: ReportFixture.utc)
    guard case .figure(let figure)? = document.section("phases")?.blocks.first else {
      Issue.record("no phase figure")
      return
    }
    #expect(figure.table.rows.map(\.last) == ["+1:30", "", "+5:00", ""])
    #expect(figure.table.rows[1][2] == "28:00")
    #expect(figure.svg.components(separatedBy: "class=\"bar over ink-bad\"").count == 3)
    #expect(figure.summary == "Over plan: Requirements +1:30, Deep dive +5:00.")
  }

  @Test("the timeline lists, by the interview clock, the phases, the pause, the follow-ups and the ticks")
  func timelineMoments() throws {
    let document = SessionHTMLReport.document(
      session: ReportFixture.session(), rubric: VerdictTests.rubric, question: ReportFixture.question,
      now: ReportFixture.now, dates: ReportFixture.utc)
    guard case .figure(let figure)? = document.section("timeline")?.blocks.first else {
      Issue.record("no timeline figure")
      return
    }
    #expect(
      figure.table.rows == [
        ["0:00", "Started: Requirements"],
        ["3:00", "Ticked in Requirements: Asked about users"],
        ["12:30", "Ticked in Requirements: Estimated scale"],
        ["16:30", "Next phase: High level"],
        ["18:30", "Paused for 3:00"],
        ["22:30", "Follow-up 1: How do you generate ids?"],
        ["26:30", "Follow-up 2 (asked early): What about custom aliases?"],
        ["42:30", "Ticked in High level: Drew the services"],
        ["42:30", "Next phase: Deep dive"],
        ["47:30", "Back to: High level"],
        ["49:30", "Next phase: Deep dive"],
        ["1:09:30", "Ticked in Deep dive: Sharding"],
        ["1:19:30", "Next phase: Operations"],
        ["1:31:30", "Finished"],
      ])
  }

  @Test("answer notes and the reference appear once the session is finished and graded, and not before")
  func answersOnlyAfterGrading() {
    var ungraded = ReportFixture.session()
    ungraded.assessment = nil
    let before = SessionHTMLReport.html(
      session: ungraded, rubric: VerdictTests.rubric, question: ReportFixture.question, now: ReportFixture.now)
    #expect(!before.contains("A strong answer covers"))
    #expect(!before.contains(Fixtures.answer[0]))
    #expect(!before.contains("Reference sketch"))
    #expect(before.contains("Not graded yet."))
    let after = Self.sessionPage()
    #expect(after.contains("A strong answer covers"))
    #expect(after.contains("<li>\(Fixtures.answer[0])</li>"))
    #expect(after.contains("Base62 codes from a counter per shard."))
  }

  @Test("the grade shows the L7 verdict with its reasons and the bar of the session's level")
  func grade() {
    let page = Self.sessionPage()
    #expect(page.contains("<p class=\"tone-bad\">L7 bar not met: Trade-offs 2, needs 3</p>"))
    #expect(page.contains("<p class=\"tone-good\">L6 bar met: core average 3.0; nothing below 2</p>"))
    #expect(page.contains("<td>Trade-offs</td><td class=\"num\">2</td><td>2</td><td>at least 3</td>"))
  }

  @Test("the whole-preparation report counts weeks, scores, verdicts and pacing from the practice fixture")
  func practiceFigures() throws {
    let document = PracticeHTMLReport.document(
      sessions: PracticeFixture.sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric, since: nil,
      now: PracticeFixture.now, dates: ReportFixture.utc)
    #expect(
      document.sections.map(\.id) == [
        "sessions", "scores", "verdicts", "pacing", "questions", "calibration", "plan-coverage",
      ])
    guard case .figure(let weeks)? = document.section("sessions")?.blocks.first else {
      Issue.record("no weeks figure")
      return
    }
    #expect(weeks.table.rows.map(\.last) == ["1", "1", "0", "3"])
    #expect(weeks.table.rows.first?.first == "week of Nov 2")
    guard case .figure(let core)? = document.section("scores")?.blocks.first else {
      Issue.record("no core average figure")
      return
    }
    #expect(core.table.rows.map(\.last) == ["2.0", "2.5", "3.0", "3.0"])
    guard case .figure(let pacing)? = document.section("pacing")?.blocks.first else {
      Issue.record("no pacing figure")
      return
    }
    // Requirements ran 6, 4, 7, 5 and 8 minutes against 5 planned: -1, 0, +1, +2, +3 minutes.
    #expect(pacing.table.rows.first == ["Requirements", "5", "+1:00", "0:00 to +2:00", "60%"])
    #expect(document.section("plan-coverage")?.blocks.isEmpty == true)
  }

  @Test("--since leaves out the sessions started before the day")
  func since() throws {
    let since = try #require(ReportFixture.utc.parseDay("2026-11-20"))
    let document = PracticeHTMLReport.document(
      sessions: PracticeFixture.sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric,
      since: since, now: PracticeFixture.now, dates: ReportFixture.utc)
    #expect(document.facts.first { $0.label == "Sessions" }?.value == "4 (3 finished, 2 graded)")
    #expect(document.facts.first { $0.label == "From" }?.value == "2026-11-20")
  }

  @Test("days parse as YYYY-MM-DD in the report's zone, and nothing else does")
  func parseDay() {
    #expect(ReportFixture.utc.parseDay("2026-11-20") == Date(timeIntervalSince1970: 1_795_132_800))
    for bad in ["2026-11-31", "2026-1-20", "20-11-2026", "2026-11-20T00:00", ""] {
      #expect(ReportFixture.utc.parseDay(bad) == nil, "\(bad)")
    }
  }
}

@Suite("Practice figures of the report")
struct PracticeFiguresTests {
  @Test("the report's practice figures are the ones PracticeStats computes from the same sessions")
  func sameAsPracticeStats() {
    let now = PracticeFixture.now
    let stats = PracticeStats(
      sessions: PracticeFixture.sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric, now: now)
    let played = PracticeFixture.sessions.map { PlayedSession(SessionDigest($0)) }.sorted(
      by: PlayedSession.chronologically)
    let figures = PracticeFigures(
      played: played, content: PracticeFixture.content, rubric: PracticeFixture.rubric, now: now,
      calendar: PracticeStats.gregorianUTC)
    #expect(figures.totalSessions == stats.totalSessions)
    #expect(figures.finishedSessions == stats.finishedSessions)
    #expect(figures.gradedSessions == stats.gradedSessions)
    #expect(figures.currentStreakDays == stats.currentStreakDays)
    #expect(figures.dueQuestions == stats.dueQuestions)
    #expect(figures.untouchedQuestions == stats.untouchedQuestions)
    #expect(figures.suggestion == stats.suggestion)
    #expect(figures.currentStreakDays == 2 && figures.untouchedQuestions.map(\.id) == ["api-gateway", "global-cdn"])
  }
}
