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
      Output.text(Self.table(sessions))
    }
    try Output.finish(skipped: read.skipped)
  }

  /// The columns of the history table: each title with the value it heads, so header and rows
  /// come from one list.
  static let columns: [(title: String, alignsRight: Bool, value: @Sendable (SessionSummary) -> String)] = [
    ("ID", false, { String($0.id.prefix(8)) }),
    ("DATE", false, { DurationText.day($0.createdAt) }),
    ("LEVEL", false, { $0.level?.rawValue ?? "-" }),
    ("FORMAT", false, { $0.formatID }),
    ("QUESTION", false, { $0.questionTitle }),
    ("TIME", true, { $0.activeSeconds.map { DurationText.clock($0) } ?? "-" }),
    ("STATE", false, { $0.finishedAt == nil ? "unfinished" : ($0.isGraded ? "graded" : "finished") }),
  ]

  /// The sessions as a table under its header row.
  static func table(_ sessions: [SessionSummary]) -> String {
    let rows = [columns.map(\.title)] + sessions.map { session in columns.map { $0.value(session).terminalSafe } }
    let right = Set(columns.indices.filter { columns[$0].alignsRight })
    return Output.table(rows, rightAligned: right)
  }
}
