import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop compare QUESTION-ID`: every attempt of one question side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare every attempt of one question: format, time per phase, checklist, scores and verdict.",
    discussion: "Sessions that cannot be read are left out with a warning each, and the exit status is 3.")
  @Argument(help: "A question id (see 'mockloop decks list').") var question: String
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let context = CommandContext()
    let store = try context.openStoreForReading()
    let history = try store.readHistory()
    var skipped = history.skipped
    var sessions: [Session] = []
    for summary in history.values where summary.questionID == question {
      do {
        if let session = try store.session(id: summary.id) { sessions.append(session) }
      } catch let error as StoreError {
        skipped.append(error)
      }
    }
    _ = consume store  // let go once read, so that its connection closes as SQLite expects
    Output.skipped(skipped)
    guard !sessions.isEmpty else {
      throw CLIError("no sessions of question '\(question)' (see 'mockloop history')")
    }
    let rubric = context.loadContent().rubric(for: sessions)
    let comparison = AttemptComparison(questionID: question, sessions: sessions, rubric: rubric, now: Date())
    if json {
      try Output.json(comparison)
    } else {
      Output.text(ComparisonText.render(comparison))
    }
    Output.finish(skipped: skipped, keeping: sessions, comparison)
  }
}
