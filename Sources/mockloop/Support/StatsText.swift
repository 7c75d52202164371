import Foundation
import MockLoopKit
import MockLoopTUI

/// `mockloop stats` as text a person reads in a terminal.
enum StatsText {
  /// How many of a dimension's latest scores its sparkline shows.
  static let scoresShown = 24
  /// How many untouched question ids are named.
  static let untouchedShown = 5
  /// How many due questions are listed.
  static let dueShown = 3

  static func render(_ stats: PracticeStats, rubric: Rubric?) -> String {
    guard stats.finishedSessions > 0 else { return renderEmpty(stats) }
    var lines = [
      "Practice: \(stats.totalSessions.counted("session")), \(stats.finishedSessions) finished, \(stats.gradedSessions) graded. "
        + "Streak: \(stats.currentStreakDays.counted("day")).",
      "",
    ]
    lines += weeks(stats)
    lines += dimensions(stats, rubric: rubric)
    lines += pacing(stats)
    lines += missed(stats)
    lines += questions(stats)
    if let suggestion = stats.suggestion {
      lines += ["Next: \(suggestion.title) [\(suggestion.questionID)]", "  \(suggestion.reason)"]
    }
    return lines.joined(separator: "\n")
  }

  private static func renderEmpty(_ stats: PracticeStats) -> String {
    let started = stats.totalSessions > 0 ? " (\(stats.totalSessions.counted("session")) not finished)" : ""
    var lines = ["No finished sessions yet\(started). Start one with 'mockloop' or 'mockloop start'."]
    if let suggestion = stats.suggestion {
      lines.append("A first question to try: \(suggestion.title) [\(suggestion.questionID)]")
    }
    return lines.joined(separator: "\n")
  }

  private static func weeks(_ stats: PracticeStats) -> [String] {
    let counts = stats.sessionsPerWeek.map(\.count)
    let top = counts.max() ?? 0
    let first = stats.sessionsPerWeek.first.map { day($0.weekStart) } ?? "-"
    return [
      "Sessions per week, \(counts.count.counted("week")) from \(first)",
      "  \(Sparkline(values: counts.map(Double.init), range: 0...Double(max(top, 1))).text())  "
        + "most \(top), this week \(counts.last ?? 0)",
      "",
    ]
  }

  private static func dimensions(_ stats: PracticeStats, rubric: Rubric?) -> [String] {
    guard let rubric else { return ["No rubric in the content: scores are not summarised.", ""] }
    let scored = stats.dimensions.filter { !$0.scores.isEmpty }
    guard !scored.isEmpty else { return ["Scores (\(rubric.title)): nothing graded yet.", ""] }
    let range = Double(rubric.scale.minimum)...Double(rubric.scale.maximum)
    var rows = [["DIMENSION", "SCORES", "LATEST", "AVERAGE", "TREND"]]
    for dimension in scored {
      // The sparkline shows the last `scoresShown` scores: only those are turned into values.
      let recent = dimension.scores.suffix(scoresShown).map { Double($0.score) }
      rows.append([
        dimension.title, Sparkline(values: recent, range: range).text(width: scoresShown),
        dimension.latest.map(String.init) ?? "-",
        dimension.average.map { String(format: "%.1f", $0) } ?? "-",
        dimension.trend.map { String(format: "%+.1f", $0) } ?? "-",
      ])
    }
    return ["Scores (\(rubric.title)), oldest to latest"] + indented(Output.table(rows)) + [""]
  }

  private static func pacing(_ stats: PracticeStats) -> [String] {
    guard !stats.pacing.isEmpty else { return [] }
    var lines = ["Pacing: average time per phase, and how often it overran"]
    for format in stats.pacing {
      lines.append("  \(format.formatTitle) [\(format.formatID)], \(format.sessions.counted("session"))")
      var rows = [["PHASE", "PLANNED", "ACTUAL", "AVG OVERRUN", "OVERRAN"]]
      for phase in format.phases {
        rows.append([
          phase.title, DurationText.clock(phase.averagePlannedSeconds), DurationText.clock(phase.averageActualSeconds),
          phase.averageOverrunSeconds > 0 ? "+" + DurationText.clock(phase.averageOverrunSeconds) : "-",
          "\(Int((phase.overrunRate * 100).rounded()))%",
        ])
      }
      lines += indented(Output.table(rows), by: 4)
    }
    return lines + [""]
  }

  private static func missed(_ stats: PracticeStats) -> [String] {
    guard !stats.missedChecklistItems.isEmpty else { return [] }
    let rows = stats.missedChecklistItems.map { item in
      ["\(item.missed) of \(item.offered)", "\(item.phaseTitle): \(item.text)"]
    }
    return ["Checklist items most often left unticked"] + indented(Output.table(rows)) + [""]
  }

  private static func questions(_ stats: PracticeStats) -> [String] {
    var lines: [String] = []
    let untouched = stats.untouchedQuestions
    if !untouched.isEmpty {
      let named = untouched.prefix(untouchedShown).map(\.id).joined(separator: ", ")
      lines.append("Never attempted: \(untouched.count) (\(named)\(untouched.count > untouchedShown ? ", …" : ""))")
    }
    let due = stats.dueQuestions.prefix(dueShown).map { "\($0.id) \($0.waited)" }
    if !due.isEmpty { lines.append("Waiting longest: " + due.joined(separator: ", ")) }
    return lines.isEmpty ? [] : lines + [""]
  }

  private static func indented(_ text: String, by spaces: Int = 2) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { String(repeating: " ", count: spaces) + $0 }
  }

  /// "2026-11-23" in UTC, as weeks are counted.
  private static func day(_ date: Date) -> String {
    date.formatted(Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day())
  }
}
