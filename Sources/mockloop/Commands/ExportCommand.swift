import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop export`: sessions as Markdown for a mentor or JSON for `mockloop import`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export one session or all of them as Markdown or JSON.",
    discussion: """
      A file written with -o is readable by you alone (mode 0600). With --all, sessions that cannot be \
      read are left out with a warning each; the rest are exported and the exit status is 3.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case md, json }

  @Argument(help: "A session id (or prefix) or 'last'. Omit with --all.") var session: String?
  @Flag(help: "Export every session.") var all = false
  @Option(help: "md or json.") var format: Format = .json
  @Option(name: .shortAndLong, help: "Write to this file instead of standard output.") var output: String?

  func validate() throws {
    if all == (session != nil) { throw ValidationError("give a session id or 'last', or --all") }
  }

  func run() throws {
    let context = CommandContext()
    let store = try context.openStoreForReading()
    let sessions: [Session]
    var skipped: [StoreError] = []
    if let session {
      sessions = [try context.session(session, in: store)]
    } else {
      let read = try store.readAllSessionsBulk()
      sessions = read.values
      skipped = read.skipped
    }
    Output.skipped(skipped)
    let text: String
    switch format {
    case .json:
      // The text is the document as encoded, with DEL and C1 escaped: the same JSON to any reader.
      let document = ExportDocument(
        exportedAt: Date(), sessions: sessions, calculations: try store.calculations(sessionIDs: sessions.map(\.id)),
        estimateRuns: all ? try store.estimateRuns() : nil,
        interviewers: try store.interviewerExports(sessionIDs: sessions.map(\.id)))
      text = Output.escapingControls(String(decoding: try document.encoded(), as: UTF8.self)) + "\n"
    case .md:
      let library = context.loadContent()
      text = try sessions.map { session in
        let rubric = library.rubric(for: session)
        var report = SessionReport(session: session, now: Date(), rubric: rubric)
        report.calculations = try store.calculations(sessionID: session.id)
        report.interviewer = try store.interviewerReport(of: session, rubric: rubric)
        return MarkdownExport.render(
          report, rubric: rubric, question: library.question(id: session.question.id)?.question)
      }.joined(separator: "\n---\n\n")
    }
    if let output {
      do {
        try PrivateFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
      } catch let error as StoreError {
        throw CLIError("cannot write \(output): \(error.description)")
      }
      Output.error("wrote \(sessions.count.counted("session")) to \(output)")
    } else {
      Output.text(text, terminator: "")
    }
    try Output.finish(skipped: skipped)
  }
}
