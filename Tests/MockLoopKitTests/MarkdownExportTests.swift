import Foundation
import Testing

@testable import MockLoopKit

@Suite("Markdown export")
struct MarkdownExportTests {
  static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Goldens/session-export.md")

  @Test("a fixture session exports to the golden Markdown file")
  func fixtureSession() throws {
    let session = SessionStoreTests.playedSession(clock: ManualClock(), id: "0123abcd-0000-0000-0000-000000000000")
    let rubric = VerdictTests.rubric
    var graded = session
    graded.assessment = Assessment(
      rubricID: rubric.id, scores: ["req": 3, "arch": 4, "trade": 2, "comm": 3, "platform": 2],
      wentWell: "Clear numbers early.", toImprove: "Name the trade-offs before choosing.",
      gradedAt: session.createdAt + 3600)
    let report = SessionReport(session: graded, now: session.createdAt + 7200, rubric: rubric)
    let markdown = MarkdownExport.render(report, rubric: rubric)
    if ProcessInfo.processInfo.environment["MOCKLOOP_UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(
        at: Self.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(markdown.utf8).write(to: Self.golden)
      return
    }
    let expected = try String(contentsOf: Self.golden, encoding: .utf8)
    #expect(markdown == expected)
  }
}
