import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop export`: sessions as Markdown for a mentor or JSON for `mockloop import`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export one session or all of them as Markdown or JSON.",
    discussion: """
      A file written with -o is readable by you alone (mode 0600), and appears only once it is \
      complete. With --all, sessions are read and written a page at a time, so memory stays small \
      whatever their number; sessions that cannot be read are left out with a warning each, the \
      rest are exported and the exit status is 3.
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
    let destination = try ExportOutput(path: output)
    // The store is let go once everything is written, so that its connection closes as SQLite
    // expects before the command ends (`Output.finish` ends the process without tearing down).
    let (count, skipped) = try write(to: destination, from: consume store, context: context)
    try destination.finish()
    if let output { Output.error("wrote \(count.counted("session")) to \(output)") }
    Output.finish(skipped: skipped)
  }

  /// Writes the export; how many sessions it wrote and the errors of those it skipped.
  private func write(
    to destination: ExportOutput, from store: SessionStore, context: CommandContext
  ) throws -> (count: Int, skipped: [StoreError]) {
    /// Text as it goes out: standard output gets no raw control character (JSON has none left).
    func emit(_ text: String) throws {
      try destination.write(Data((destination.isFile ? text : text.terminalSafe).utf8))
    }
    let count: Int
    var skipped: [StoreError] = []
    switch (format, session) {
    case (.json, nil):
      // The document as `ExportDocument.encoded()` writes it, session by session, with DEL and
      // C1 escaped: the same JSON to any reader.
      let folder =
        output.map { URL(fileURLWithPath: $0).deletingLastPathComponent() } ?? FileManager.default.temporaryDirectory
      let written = try store.writeExport(
        exportedAt: Date(), spoolFolder: folder, transform: Output.escapingControls, skipped: Output.skipped
      ) { try destination.write($0) }
      try destination.write(Data("\n".utf8))
      count = written.sessions
      skipped = written.skipped
    case (.json, let reference?):
      let session = try context.session(reference, in: store)
      let document = ExportDocument(
        exportedAt: Date(), sessions: [session], calculations: try store.calculations(sessionIDs: [session.id]),
        estimateRuns: nil, interviewers: try store.interviewerExports(sessionIDs: [session.id]))
      try emit(Output.escapingControls(String(decoding: try document.encoded(), as: UTF8.self)) + "\n")
      count = 1
    case (.md, let reference):
      let library = context.loadContent()
      var written = 0
      func render(_ session: Session) throws {
        let rubric = library.rubric(for: session)
        var report = SessionReport(session: session, now: Date(), rubric: rubric)
        report.calculations = try store.calculations(sessionID: session.id)
        report.interviewer = try store.interviewerReport(of: session, rubric: rubric)
        let text = MarkdownExport.render(
          report, rubric: rubric, question: library.question(id: session.question.id)?.question)
        try emit((written == 0 ? "" : "\n---\n\n") + text)
        written += 1
      }
      if let reference {
        try render(try context.session(reference, in: store))
      } else {
        var pages = try store.sessionPages()
        while let page = try pages.nextPage() {
          Output.skipped(page.skipped)
          skipped += page.skipped
          for session in page.values { try render(session) }
        }
      }
      count = written
    }
    return (count, skipped)
  }
}
