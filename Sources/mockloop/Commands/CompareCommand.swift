import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop compare QUESTION-ID`: every attempt of one question side by side.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare every attempt of one question: format, time per phase, checklist, scores and verdict.")
  @Argument(help: "A question id (see 'mockloop decks list').") var question: String
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let context = CommandContext()
    let store = try context.openStore()
    let sessions = try store.history().filter { $0.questionID == question }.compactMap { try store.session(id: $0.id) }
    guard !sessions.isEmpty else {
      throw CLIError("no sessions of question '\(question)' (see 'mockloop history')")
    }
    let rubric = context.loadContent().rubric(for: sessions)
    let comparison = AttemptComparison(questionID: question, sessions: sessions, rubric: rubric, now: Date())
    if json { return try Output.json(comparison) }
    print(ComparisonText.render(comparison))
  }
}
