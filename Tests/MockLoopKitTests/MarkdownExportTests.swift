import Foundation
import Testing

@testable import MockLoopKit

@Suite("Markdown export")
struct MarkdownExportTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens/session-export.md")

  /// The verdict tests' rubric with two groups of self-assessment items.
  static let rubric: Rubric = {
    var rubric = VerdictTests.rubric
    rubric.selfAssessment = [
      SelfAssessmentGroup(
        id: "technical", title: "Technical accuracy", items: ["Estimates were sound", "Named the failure modes"]),
      SelfAssessmentGroup(
        id: "delivery", title: "Delivery", items: ["Kept to time", "Checked in with the interviewer"]),
    ]
    return rubric
  }()

  @Test(
    "a fixture session exports to the golden Markdown file: answer notes of the asked follow-ups, self-assessment ticks"
  )
  func fixtureSession() throws {
    let session = SessionStoreTests.playedSession(clock: ManualClock(), id: "0123abcd-0000-0000-0000-000000000000")
    let rubric = Self.rubric
    var graded = session
    graded.assessment = Assessment(
      rubricID: rubric.id, scores: VerdictTests.scores(3, 4, 2, 3, 3, 2), selfChecks: ["technical/1", "delivery/0"],
      wentWell: "Clear numbers early.", toImprove: "Name the trade-offs before choosing.",
      gradedAt: session.createdAt + 3600)
    let report = SessionReport(session: graded, now: session.createdAt + 7200, rubric: rubric)
    let markdown = MarkdownExport.render(report, rubric: rubric, question: Fixtures.question)
    if ProcessInfo.processInfo.environment["MOCKLOOP_UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(
        at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(markdown.utf8).write(to: Self.golden)
      return
    }
    let expected = try String(contentsOf: Self.golden, encoding: .utf8)
    #expect(markdown == expected)
    #expect(markdown.contains("Delivery:\n\n- [x] Kept to time\n- [ ] Checked in with the interviewer"))
  }

  @Test("show --json lists every self-assessment item with its group and whether it was ticked")
  func selfAssessmentInJSON() throws {
    var session = SessionStoreTests.playedSession(clock: ManualClock())
    session.assessment = Assessment(rubricID: Self.rubric.id, selfChecks: ["delivery/1"], gradedAt: session.createdAt)
    let report = SessionReport(session: session, now: session.createdAt + 7200, rubric: Self.rubric)
    #expect(report.selfAssessment?.map(\.checked) == [false, false, false, true])
    #expect(report.selfAssessment?.last?.group == "Delivery")
    let data = try ExchangeCoding.encoder.encode(report)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let checks = try #require(object["selfAssessment"] as? [[String: Any]])
    #expect(checks.count == 4)
    #expect(checks[3]["text"] as? String == "Checked in with the interviewer")
    #expect(checks[3]["checked"] as? Bool == true)
    // Without the rubric loaded the items cannot be named: no list, the keys stay in the assessment.
    #expect(SessionReport(session: session, now: session.createdAt, rubric: nil).selfAssessment == nil)
  }

  @Test("an unfinished session's export never shows answer notes")
  func unfinishedHasNoAnswers() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    clock.advance(minutes: 22)
    session.reveal(Fixtures.question.followUps[0], onDemand: false, at: clock.now)
    let report = SessionReport(session: session, now: clock.now, rubric: nil)
    let markdown = MarkdownExport.render(report, rubric: nil, question: Fixtures.question)
    #expect(markdown.contains("How do you generate ids?"))
    #expect(!markdown.contains("A strong answer covers"))
    #expect(!markdown.contains(Fixtures.answer[0]))
  }
}
