import MockLoopKit

/// The plan's part of the progress screen: the days to the interview and how the plan covers
/// each dimension.
enum PlanCoverageView {
  static func lines(_ plan: PracticePlan?, width: Int) -> [[Span]] {
    guard let plan else { return [] }
    var lines: [[Span]] = []
    let interview =
      plan.interview.map { date in
        let days = plan.daysToInterview ?? 0
        return "interview \(date): \(days.counted("day")) left"
      } ?? "no interview date (mockloop plan --interview YYYY-MM-DD)"
    lines.append([
      Span("Plan · \(plan.level.rawValue) · ", role: .accent), Span(interview, role: .title),
      Span(" · \(plan.minutesPerDay) min a day", role: .muted),
    ])
    let until = plan.interview == nil ? "in the next \(PracticePlan.shownDays) days" : "before the interview"
    lines.append([Span("  Dimensions: recent average, what the bar needs, mocks planned \(until)", role: .muted)])
    for coverage in plan.coverage {
      let standing = coverage.standing
      let average = standing.recentAverage.map(DimensionStanding.text) ?? "-"
      let needs = DimensionStanding.text(standing.needs)
      let mark = coverage.isShort ? "weak, short of 2" : standing.isWeak ? "weak" : ""
      lines.append([
        Span("  " + standing.title.fitted(toWidth: 38, ellipsis: true) + " "),
        Span("\(average.padded(toWidth: 5)) needs \(needs)  planned \(coverage.planned)  ", role: .muted),
        Span(mark, role: coverage.isShort ? .warning : .accent),
      ])
    }
    for warning in plan.warnings {
      lines += wrapped(warning, width: max(width - 2, 1)).map { [Span("  " + $0, role: .warning)] }
    }
    lines.append([])
    return lines
  }
}
