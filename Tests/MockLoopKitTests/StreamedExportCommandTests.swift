import Foundation
import Testing

@testable import MockLoopKit

@Suite("export --all and import through the command line, streamed")
struct StreamedExportCommandTests {
  @Test(
    "export --all prints the encoded document's bytes, skipping a bad session, and imports back from standard input")
  func exportAllBytesThenImportFromInput() throws {
    let (home, bad, good) = try CommandLineTrustTests.homeWithBadSession()
    let export = try CommandRun.run(["export", "--all"], home: home)
    #expect(export.status == 3)
    #expect(export.stderr.contains("warning: skipped session \(bad)"))
    let printed = try ExportDocument.decode(Data(export.stdout.utf8))
    #expect(printed.sessions.map(\.id) == good)
    let store = try SessionStore.open(folder: home, mode: .readOnly)
    let whole = try StreamedExportTests.wholeDocument(store, at: printed.exportedAt)
    // The export time is compared apart: a time decoded and encoded again can come out a
    // millisecond off (the timestamp format truncates its fraction), which is not the streaming.
    func withoutExportTime(_ text: String) -> String {
      text.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("\"exportedAt\"") }
        .joined(separator: "\n")
    }
    #expect(
      withoutExportTime(export.stdout) == withoutExportTime(String(decoding: try whole.encoded(), as: UTF8.self) + "\n")
    )

    let fresh = Fixtures.temporaryFolder()
    let imported = try CommandRun.run(["import", "-"], home: fresh, input: export.stdout)
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("imported 2 sessions, skipped 0"))
    #expect(try SessionStore.open(folder: fresh).allSessions().map(\.id) == good)
  }

  @Test("export --all --format md writes every readable session, a rule between two, and exits 3 for the bad one")
  func markdownAllStreams() throws {
    let (home, bad, good) = try CommandLineTrustTests.homeWithBadSession()
    let file = Fixtures.temporaryFolder().appendingPathComponent("all.md")
    let run = try CommandRun.run(["export", "--all", "--format", "md", "-o", file.path], home: home)
    #expect(run.status == 3)
    #expect(run.stderr.contains("warning: skipped session \(bad)"))
    #expect(run.stderr.contains("wrote 2 sessions to \(file.path)"))
    #expect(try PrivateFileTests.mode(file) == 0o600)
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.components(separatedBy: "\n---\n\n").count == good.count)
  }

  @Test("an export to a folder that does not exist fails and leaves no file behind")
  func failedExportLeavesNothing() throws {
    let (home, _, _) = try CommandLineTrustTests.homeWithBadSession()
    let folder = Fixtures.temporaryFolder()
    let target = folder.appendingPathComponent("missing").appendingPathComponent("all.json")
    let run = try CommandRun.run(["export", "--all", "-o", target.path], home: home)
    #expect(run.status == 1)
    #expect(run.stderr.contains("cannot write \(target.path)"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("import refuses a streamed export with a session off the scale and adds nothing")
  func streamedRefusalAddsNothing() throws {
    let home = Fixtures.temporaryFolder()
    var sessions = StoredDataTests.threeSessions()
    sessions[2].assessment?.scores = ["requirements": 9]
    try SessionStore.open(folder: home).insert(sessions)
    let file = Fixtures.temporaryFolder().appendingPathComponent("all.json")
    #expect(try CommandRun.run(["export", "--all", "-o", file.path], home: home).status == 0)
    let fresh = Fixtures.temporaryFolder()
    let run = try CommandRun.run(["import", file.path], home: fresh)
    #expect(run.status == 1)
    #expect(run.stderr.contains("sessions[0] (id \(sessions[2].id)): assessment.scores.requirements: 9 is outside"))
    #expect(try SessionStore.open(folder: fresh).sessionCount() == 0)
  }
}
