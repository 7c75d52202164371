import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop show ID|last`: one session's full record.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show", abstract: "Show one session: timings, checklist, follow-ups, grading and notes.",
    discussion: "A session that cannot be read is an error that says which column of which table is wrong.")
  @Argument(help: "A session id (or a unique prefix of one), or 'last'.") var session: String
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let context = CommandContext()
    let store = try context.openStoreForReading()
    let found = try context.session(session, in: store)
    let library = context.loadContent()
    let rubric = library.rubric(for: found)
    var report = SessionReport(session: found, now: Date(), rubric: rubric)
    report.calculations = try store.calculations(sessionID: found.id)
    report.interviewer = try store.interviewerReport(of: found, rubric: rubric)
    if json { return try Output.json(report) }
    Output.text(
      MarkdownExport.render(report, rubric: rubric, question: library.question(id: found.question.id)?.question))
  }
}
