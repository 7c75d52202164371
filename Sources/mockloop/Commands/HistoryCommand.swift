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
    let store = try CommandContext().openStoreForReading()
    let read = try store.readHistory()
    var sessions = read.values
    if let level { sessions = sessions.filter { $0.level?.rawValue == level.uppercased() } }
    if let question { sessions = sessions.filter { $0.questionID == question } }
    Output.skipped(read.skipped)
    if json {
      try Output.json(sessions)
    } else if sessions.isEmpty {
      Output.text("No sessions yet. Start one with 'mockloop' or 'mockloop start'.")
    } else {
      try Output.write(safeLines: Self.table(sessions))
    }
    try Output.finish(skipped: read.skipped)
  }

  /// The titles of the history table's columns, and which keep to the right.
  static let titles = ["ID", "DATE", "LEVEL", "FORMAT", "QUESTION", "TIME", "STATE"]
  static let rightAligned: Set<Int> = [5]

  /// The sessions as a table under its header row (UTF-8), the dates in the local time zone;
  /// every cell from the data is made terminal-safe.
  static func table(_ sessions: [SessionSummary], calendar: Calendar = .current) -> [UInt8] {
    var days = LocalMinuteText(calendar: calendar)
    var rows = [titles]
    rows.reserveCapacity(sessions.count + 1)
    for session in sessions {
      rows.append([
        String(session.id.prefix(8)).terminalSafe, days.text(for: session.createdAt),
        session.level?.rawValue ?? "-", session.formatID.terminalSafe, session.questionTitle.terminalSafe,
        session.activeSeconds.map { DurationText.clock($0) } ?? "-",
        session.finishedAt == nil ? "unfinished" : (session.isGraded ? "graded" : "finished"),
      ])
    }
    return Output.tableBytes(rows, rightAligned: rightAligned)
  }
}
