import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop export`: sessions as Markdown for a mentor or JSON for `mockloop import`.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export", abstract: "Export one session or all of them as Markdown or JSON.")

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
    let store = try context.openStore()
    let sessions = all ? try store.allSessions() : [try context.session(session!, in: store)]
    let text: String
    switch format {
    case .json:
      let document = ExportDocument(
        exportedAt: Date(), sessions: sessions, calculations: try store.calculations(sessionIDs: sessions.map(\.id)),
        estimateRuns: all ? try store.estimateRuns() : nil)
      text = String(decoding: try document.encoded(), as: UTF8.self) + "\n"
    case .md:
      let library = context.loadContent()
      text = try sessions.map { session in
        let rubric = library.rubric(for: session)
        var report = SessionReport(session: session, now: Date(), rubric: rubric)
        report.calculations = try store.calculations(sessionID: session.id)
        return MarkdownExport.render(
          report, rubric: rubric, question: library.question(id: session.question.id)?.question)
      }.joined(separator: "\n---\n\n")
    }
    if let output {
      do {
        try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CLIError("cannot write \(output): \(error.localizedDescription)")
      }
      Output.error("wrote \(sessions.count) session\(sessions.count == 1 ? "" : "s") to \(output)")
    } else {
      print(text, terminator: "")
    }
  }
}
