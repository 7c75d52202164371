import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop history`: every session, newest first.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history", abstract: "List past sessions, newest first.",
    discussion: "Sessions that cannot be read are skipped with a warning each, and the exit status is 3.")
  @Flag(help: "Print JSON.") var json = false
  @Option(help: "Only sessions at this level (L6 or L7).") var level: String?
  @Option(help: "Only sessions of this question id.") var question: String?

  func run() throws {
    // The store is let go once read, so its connection closes as SQLite expects (the write-ahead
    // log folded back and removed); what was read is kept to the end (`Output.finish`).
    let read = try CommandContext().openStoreForReading().readHistory()
    var sessions = read.values
    if let level { sessions = sessions.filter { $0.level?.rawValue == level.uppercased() } }
    if let question { sessions = sessions.filter { $0.questionID == question } }
    Output.skipped(read.skipped)
    if json {
      if let text = SummaryListJSON.bytes(sessions) {
        try Output.write(safeLines: text)
      } else {
        try Output.json(sessions)  // the encoder says what it cannot write
      }
    } else if sessions.isEmpty {
      Output.text("No sessions yet. Start one with 'mockloop' or 'mockloop start'.")
    } else {
      try Output.write(safeLines: HistoryTable(sessions).bytes)
    }
    Output.finish(skipped: read.skipped, keeping: read, sessions)
  }
}
