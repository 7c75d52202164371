import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop history`: every session, newest first.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(commandName: "history", abstract: "List past sessions, newest first.")
  @Flag(help: "Print JSON.") var json = false
  @Option(help: "Only sessions at this level (L6 or L7).") var level: String?
  @Option(help: "Only sessions of this question id.") var question: String?

  func run() throws {
    let store = try CommandContext().openStore()
    var sessions = try store.history()
    if let level { sessions = sessions.filter { $0.level?.rawValue == level.uppercased() } }
    if let question { sessions = sessions.filter { $0.questionID == question } }
    if json { return try Output.json(sessions) }
    guard !sessions.isEmpty else {
      print("No sessions yet. Start one with 'mockloop' or 'mockloop start'.")
      return
    }
    var rows = [["ID", "DATE", "LEVEL", "FORMAT", "QUESTION", "TIME", "STATE"]]
    rows += sessions.map { session in
      [
        String(session.id.prefix(8)), DurationText.day(session.createdAt), session.level?.rawValue ?? "-",
        session.formatID,
        session.questionTitle, session.activeSeconds.map { DurationText.clock($0) } ?? "-",
        session.finishedAt == nil ? "unfinished" : (session.isGraded ? "graded" : "finished"),
      ]
    }
    print(Output.table(rows))
  }
}
