import Foundation
import Testing

@testable import MockLoopKit

@Suite("Markdown export")
struct MarkdownExportTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens/session-export.md")

  @Test("a fixture session exports to the golden Markdown file, answer notes of the asked follow-ups included")
  func fixtureSession() throws {
    let session = SessionStoreTests.playedSession(clock: ManualClock(), id: "0123abcd-0000-0000-0000-000000000000")
    let rubric = VerdictTests.rubric
    var graded = session
    graded.assessment = Assessment(
      rubricID: rubric.id, scores: VerdictTests.scores(3, 4, 2, 3, 3, 2),
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
