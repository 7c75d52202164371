import Foundation
import MockLoopKit

/// The plan as text for `mockloop plan`.
enum PlanText {
  static func render(_ plan: PracticePlan) -> String {
    var lines: [String] = [header(of: plan)]
    lines.append(
      "New questions: at most \(plan.newCardsAllowedPerWeek) in any 7 days"
        + (plan.newCardsAllowedPerWeek > PracticePlan.newCardsPerWeek ? " (raised to cover the weak dimensions)" : "")
        + "; cards reviewed: \(plan.cards.count).")
    let weak = plan.weakDimensions
    if !weak.isEmpty {
      let until = plan.interview.map { "before \($0)" } ?? "in the next \(PracticePlan.shownDays) days"
      lines.append("")
      lines.append("Weak at \(plan.level.rawValue) (recent average; mocks planned \(until) that exercise it):")
      for coverage in weak {
        let average = coverage.standing.recentAverage.map(DimensionStanding.text) ?? "-"
        lines.append(
          "  \(coverage.standing.title) \(average), needs \(DimensionStanding.text(coverage.standing.needs)): \(coverage.planned) planned"
        )
      }
    }
    for day in plan.days {
      lines.append("")
      let label = day.date == plan.today ? "Today, \(day.date)" : weekday(day.date) + " \(day.date)"
      guard !day.items.isEmpty else {
        lines.append(label + ": nothing planned")
        continue
      }
      lines.append(label + " (\(day.minutes) minutes)")
      let rows = day.items.map { item in
        ["  " + item.kind.rawValue, item.card.questionID, item.formatID, "\(item.minutes)m", item.why].map(
          \.terminalSafe)
      }
      lines.append(Output.table(rows))
    }
    if !plan.warnings.isEmpty {
      lines.append("")
      lines += plan.warnings.map { "warning: " + $0 }
    }
    // Table rows are made safe cell by cell; every other line holds content text too.
    return lines.map { $0.contains("\n") ? $0 : $0.terminalSafe }.joined(separator: "\n")
  }

  static func header(of plan: PracticePlan) -> String {
    var parts = ["Plan for \(plan.level.rawValue)", "today \(plan.today)"]
    if let interview = plan.interview, let days = plan.daysToInterview {
      parts.append(
        "interview \(interview) (\(days == 0 ? "today" : days == 1 ? "tomorrow" : "in \(days.counted("day"))"))")
    } else {
      parts.append("no interview date (set one with --interview YYYY-MM-DD)")
    }
    parts.append("\(plan.minutesPerDay) minutes a day")
    if plan.minutesDoneToday > 0 { parts.append("\(plan.minutesDoneToday) done today") }
    return parts.joined(separator: " · ")
  }

  /// "Mon", "Tue", ... of a day.
  static func weekday(_ day: CalendarDay) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
    guard let start = day.start(in: calendar) else { return "" }
    let names = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    let index = calendar.component(.weekday, from: start) - 1
    return names.indices.contains(index) ? names[index] : ""
  }
}
