import Foundation
import MockLoopKit

/// Progress over weeks: sessions per week and streak, each dimension's scores as a sparkline,
/// pacing per phase, the items most often missed, and what to practise next and why.
enum StatsScreen {
  static func render(_ state: StatsState, state app: AppState, on canvas: inout Canvas) {
    let stats = state.stats
    let (top, rest) = canvas.bounds.splitTop(1)
    TitleBar.render(
      title: "Progress", detail: "\(stats.finishedSessions) finished · \(stats.gradedSessions) graded", in: top,
      on: &canvas)
    let (footer, body) = rest.splitBottom(1)
    SessionScreen.renderText(
      allLines(state, width: SessionScreen.textWidth(body)), scroll: state.scroll, title: "Practice", role: .accent,
      in: body, on: &canvas)
    Footer.render(context: .stats, status: app.status, in: footer, on: &canvas)
  }

  /// Everything the page shows: the plan's coverage, the practice figures, the estimates.
  static func allLines(_ state: StatsState, width: Int) -> [[Span]] {
    PlanCoverageView.lines(state.plan, width: width) + lines(state.stats, width: width)
      + EstimateStatsLines.lines(state.stats.estimates) + CalibrationLines.lines(state.stats.calibration, width: width)
  }

  /// The progress screen's one pane.
  static func panes(_ state: StatsState, state app: AppState) -> [ScreenPane] {
    let body = Rect(width: app.width, height: app.height).inset(top: 1, bottom: 1)
    return [
      ScreenPane(
        id: .stats, frame: body, viewport: body.inset(by: 1),
        contentHeight: allLines(state, width: SessionScreen.textWidth(body)).count)
    ]
  }

  static func lines(_ stats: PracticeStats, width: Int) -> [[Span]] {
    var lines: [[Span]] = []
    if let suggestion = stats.suggestion {
      lines += SpanWrap.lines(
        [
          Span("Next: ", role: .accent), Span(suggestion.title, role: .title),
          Span("  (\(suggestion.questionID))", role: .muted),
        ], width: width)
      lines += wrapped(suggestion.reason, width: max(width - 2, 1)).map { [Span("  " + $0)] }
      if suggestion.formatID != nil {
        lines.append([Span("  "), Span("Enter", role: .key), Span(" starts it", role: .muted)])
      }
      lines.append([])
    }
    let weeks = Sparkline(
      values: stats.sessionsPerWeek.map { Double($0.count) },
      range: 0...Double(max(stats.sessionsPerWeek.map(\.count).max() ?? 1, 1)))
    lines.append([
      Span("Sessions per week (12 weeks) ", role: .accent), Span(weeks.text(), role: .sparkline),
      Span(
        "  this week \(stats.sessionsPerWeek.last?.count ?? 0) · streak \(stats.currentStreakDays.counted("day"))",
        role: .muted),
    ])
    lines.append([])
    if stats.dimensions.contains(where: { !$0.scores.isEmpty }) {
      lines.append([Span("Scores over time (1–4)", role: .accent)])
      for dimension in stats.dimensions {
        let spark = Sparkline(values: dimension.scores.map { Double($0.score) }, range: 1...4)
        let average = dimension.average.map { String(format: "avg %.1f", $0) } ?? "not scored"
        let trend = dimension.trend.map { $0 > 0.05 ? " ↑" : $0 < -0.05 ? " ↓" : " →" } ?? ""
        lines.append([
          Span("  " + dimension.title.fitted(toWidth: 38, ellipsis: true) + " "),
          Span(spark.text(width: 20).padded(toWidth: 21), role: .sparkline),
          Span(average + trend, role: .muted),
        ])
      }
      lines.append([])
    } else {
      lines += SpanWrap.lines(
        "No graded sessions yet: grade one after the interview (R) to see scores here.", role: .muted, width: width)
      lines.append([])
    }
    for format in stats.pacing {
      lines += SpanWrap.lines(
        "Pacing · \(format.formatTitle) (\(format.sessions.counted("session")))", role: .accent, width: width)
      for phase in format.phases {
        let over = phase.averageOverrunSeconds
        lines += SpanWrap.lines(
          lead: [Span("  " + phase.title.fitted(toWidth: min(30, width / 3), ellipsis: true) + " ")],
          [
            Span(
              "planned \(DurationText.clock(phase.averagePlannedSeconds)) · actual \(DurationText.clock(phase.averageActualSeconds)) ",
              role: .muted),
            Span(
              over >= 1
                ? "over by \(DurationText.clock(over)) on average, in \(Int((phase.overrunRate * 100).rounded()))% of sessions"
                : phase.shortRate > 0 ? "" : "on time",
              role: over >= 60 ? .timerOverrun : over >= 1 ? .timerWarning : .success),
            Span(shortText(phase, after: over >= 1), role: .warning),
          ], width: width)
      }
      lines.append([])
    }
    if !stats.missedChecklistItems.isEmpty {
      lines.append([Span("Checklist items most often left unticked", role: .accent)])
      for item in stats.missedChecklistItems {
        lines += SpanWrap.lines(
          lead: [Span("  \(item.missed)/\(item.offered) ", role: .warning)],
          [Span(item.text), Span("  (\(item.phaseTitle))", role: .muted)], width: width)
      }
      lines.append([])
    }
    lines.append([Span("Never attempted: \(stats.untouchedQuestions.count.counted("question"))", role: .accent)])
    for question in stats.untouchedQuestions.prefix(8) {
      lines.append([Span("  " + question.title), Span("  \(question.id)", role: .muted)])
    }
    if !stats.dueQuestions.isEmpty {
      lines.append([])
      lines.append([Span("Longest since attempted", role: .accent)])
      for question in stats.dueQuestions.prefix(8) {
        lines.append([Span("  " + question.waited.padded(toWidth: 12), role: .muted), Span(question.title)])
      }
    }
    return lines
  }

  /// "cut short (under a third of plan) in 40% of sessions", or "" when it never was.
  static func shortText(_ phase: PracticeStats.PhasePacing, after: Bool) -> String {
    guard phase.shortRate > 0 else { return "" }
    let share = Int((phase.shortRate * 100).rounded())
    return (after ? "; " : "") + "skipped or cut short (under a third of plan) in \(share)% of sessions"
  }
}
