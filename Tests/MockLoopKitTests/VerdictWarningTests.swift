import Foundation
import Testing

@testable import MockLoopKit

@Suite("Warnings on a verdict the session cannot support")
struct VerdictWarningTests {
  /// All 3s at L7: met on the scores.
  static let allThrees = VerdictTests.scores(3, 3, 3, 3, 3, 3)

  /// A finished session of `Fixtures.l7Format` (15, 30, 30 and 15 minutes) with `minutes` spent
  /// in each phase and the first `ticked` of its 6 checklist items ticked, graded all 3s.
  static func report(minutes: [Double], ticked: Int) -> SessionReport {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    let items = Fixtures.l7Format.phases.enumerated().flatMap { phase, value in
      value.checklist.indices.map { (phase, $0) }
    }
    for (phase, item) in items.prefix(ticked) { session.toggleMark(phase: phase, item: item, at: clock.now) }
    for (index, spent) in minutes.enumerated() {
      clock.advance(minutes: spent)
      if index < minutes.count - 1 { session.advancePhase(at: clock.now) }
    }
    session.finish(at: clock.now)
    session.assessment = Assessment(rubricID: VerdictTests.rubric.id, scores: allThrees, gradedAt: clock.now)
    return SessionReport(session: session, now: clock.now, rubric: VerdictTests.rubric)
  }

  static func l7Verdict(_ report: SessionReport) throws -> Verdict {
    try #require(report.verdicts.first { $0.level == .l7 })
  }

  @Test("an 11-second L7 session with 4 of 21 items ticked is met on the scores alone, with every warning")
  func elevenSeconds() throws {
    let library = BuiltInContentTests.library
    let format = try #require(library.format(id: "amazon-l7"))
    let rubric = try #require(library.rubric(for: format))
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock, format: format)
    session.start(at: clock.now)
    var ticked = 0
    for (phase, value) in format.phases.enumerated() {
      for item in value.checklist.indices where ticked < 4 {
        session.toggleMark(phase: phase, item: item, at: clock.now)
        ticked += 1
      }
    }
    clock.advance(by: 6)
    session.advancePhase(at: clock.now)
    clock.advance(by: 5)
    session.finish(at: clock.now)
    let strong = Dictionary(uniqueKeysWithValues: rubric.dimensions.map { ($0.id, rubric.scale.maximum) })
    session.assessment = Assessment(rubricID: rubric.id, scores: strong, gradedAt: clock.now)
    let report = SessionReport(session: session, now: clock.now, rubric: rubric)
    let verdict = try Self.l7Verdict(report)
    #expect(report.checklistCoverage.total == 21)
    #expect(verdict.isMet)
    #expect(verdict.summary.hasPrefix("L7 bar met on the scores alone (4 warnings): "))
    let later = format.phases.dropFirst(2).map(\.title)
    #expect(verdict.warnings[0] == "Phases skipped: \(VerdictWarnings.list(later)).")
    #expect(verdict.warnings[1].hasPrefix("Under a third of the planned time: \(format.phases[0].title) 0:06 of "))
    #expect(verdict.warnings[2] == "Only 0:11 of the 1:30:00 planned was used, less than half.")
    #expect(verdict.warnings[3] == "Only 4 of 21 checklist items ticked, under half.")
  }

  @Test("a skipped phase is named")
  func skippedPhase() throws {
    let verdict = try Self.l7Verdict(Self.report(minutes: [15, 30, 0, 45], ticked: 6))
    #expect(verdict.warnings == ["Phase skipped: Deep dive."])
  }

  @Test("a phase under a third of its plan is named with its time against the plan")
  func shortPhase() throws {
    let verdict = try Self.l7Verdict(Self.report(minutes: [15, 9, 30, 30], ticked: 6))
    #expect(verdict.warnings == ["Under a third of the planned time: High level 9:00 of 30:00."])
    #expect(verdict.isMet)
  }

  @Test("a phase at exactly a third of its plan is not short")
  func thirdIsEnough() throws {
    let verdict = try Self.l7Verdict(Self.report(minutes: [15, 10, 30, 30], ticked: 6))
    #expect(verdict.warnings.isEmpty)
  }

  @Test("under half of the planned time used warns with both figures")
  func underHalfTheTime() throws {
    // Every phase at least a third of its plan, 44 of 90 minutes in all.
    let verdict = try Self.l7Verdict(Self.report(minutes: [5, 10, 10, 19], ticked: 6))
    #expect(verdict.warnings == ["Only 44:00 of the 1:30:00 planned was used, less than half."])
  }

  @Test("under half of the checklist ticked warns with the count")
  func underHalfTicked() throws {
    let verdict = try Self.l7Verdict(Self.report(minutes: [15, 30, 30, 15], ticked: 2))
    #expect(verdict.warnings == ["Only 2 of 6 checklist items ticked, under half."])
    #expect(verdict.summary == "L7 bar met on the scores alone (1 warning): core average 3.0; nothing below 2")
  }

  @Test("a sound session has no warning and the plain summary")
  func soundSession() throws {
    let report = Self.report(minutes: [16, 28, 31, 15], ticked: 3)
    #expect(report.verdicts.count == 2)
    for verdict in report.verdicts { #expect(verdict.warnings.isEmpty) }
    #expect(try Self.l7Verdict(report).summary == "L7 bar met: core average 3.0; nothing below 2")
  }

  @Test("a verdict not met still carries the warnings")
  func notMetWarns() throws {
    let warnings = try Self.l7Verdict(Self.report(minutes: [15, 30, 0, 45], ticked: 6)).warnings
    let verdict = VerdictTests.rubric.verdict(for: .l7, scores: VerdictTests.scores(3, 2, 3, 3, 3, 3))
      .warned(warnings)
    #expect(verdict.summary.hasPrefix("L7 bar not met (1 warning): Reliability 2, needs 3"))
  }

  @Test("an unfinished session has no warnings: its later phases are not late")
  func unfinishedHasNone() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    clock.advance(by: 11)
    #expect(VerdictWarnings.of(SessionReport(session: session, now: clock.now, rubric: nil)).isEmpty)
  }

  @Test("warnings reach show --json as an array on each verdict, and old reports decode without them")
  func json() throws {
    let report = Self.report(minutes: [15, 30, 0, 45], ticked: 6)
    let data = try ExchangeCoding.encoder.encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let verdicts = try #require(object["verdicts"] as? [[String: Any]])
    #expect(verdicts.first?["warnings"] as? [String] == ["Phase skipped: Deep dive."])
    let old = try ExchangeCoding.decoder.decode(
      Verdict.self, from: Data(#"{"level":"L6","isMet":true,"reasons":["core average 3.0"]}"#.utf8))
    #expect(old.warnings.isEmpty)
  }
}

@Suite("Verdict warnings and pitfalls in the HTML report")
struct ReportWarningTests {
  @Test(
    "the HTML report's grade section lists the warnings of a thin session, and its phase summary the phases cut short")
  func htmlWarnings() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    clock.advance(minutes: 15)
    session.advancePhase(at: clock.now)
    clock.advance(minutes: 2)
    session.finish(at: clock.now)
    session.assessment = Assessment(
      rubricID: VerdictTests.rubric.id, scores: VerdictWarningTests.allThrees, gradedAt: clock.now)
    var question = Fixtures.question
    question.pitfalls = ["Sizing storage before agreeing how long links live"]
    let html = SessionHTMLReport.html(session: session, rubric: VerdictTests.rubric, question: question, now: clock.now)
    #expect(html.contains("L7 bar met on the scores alone (4 warnings)"))
    #expect(html.contains("Phases skipped: Deep dive and Operations."))
    #expect(html.contains("Under a third of the planned time: High level 2:00 of 30:00."))
    #expect(html.contains("Cut short (under a third of the plan): High level 2:00 of 30:00."))
    #expect(html.contains("Sizing storage before agreeing how long links live"))
  }

  @Test("the practice report's verdict history counts a met bar on a thin session apart and names its warnings")
  func practiceVerdicts() {
    // Requirements 1 minute of 5 (under a third), one item of four ticked: met on the scores alone.
    let thin = PracticeFixture.session(
      "thin", question: "chat", start: "2026-11-25T09:00:00Z", requirementsMinutes: 1, ticks: [(0, 0)],
      scores: ["requirements": 3, "trade-offs": 3, "communication": 3])
    let html = PracticeHTMLReport.html(
      sessions: PracticeFixture.sessions + [thin], content: PracticeFixture.content, rubric: PracticeFixture.rubric,
      since: nil, now: PracticeFixture.now, dates: ReportFixture.utc)
    #expect(html.contains("met, 2 warnings"))
    #expect(html.contains("L7 bar met on the scores alone (2 warnings)"))
    #expect(html.contains("<td>L7</td><td class=\"num\">5</td><td class=\"num\">3</td><td class=\"num\">1</td>"))
  }
}
