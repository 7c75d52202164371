import MockLoopKit

/// After the last phase: planned versus actual per phase and checklist coverage.
enum FinishedScreen {
  static func render(_ live: SessionScreenState, state: AppState, on canvas: inout Canvas) {
    let report = SessionReport(session: live.session, now: state.now, rubric: nil)
    let (top, rest) = canvas.bounds.splitTop(1)
    TitleBar.render(
      title: live.session.question.title, detail: "finished · \(live.session.format.title)", in: top, on: &canvas)
    let (footer, body) = rest.splitBottom(1)
    let inner = canvas.drawBox(in: body, title: "Interview finished")
    let coverage = report.checklistCoverage
    var row = inner.row
    let summary = SpanWrap.lines(
      "Time \(DurationText.clock(report.activeSeconds)) of \(DurationText.clock(report.plannedSeconds)) planned"
        + (report.pausedSeconds > 0 ? " · paused \(DurationText.clock(report.pausedSeconds))" : "")
        + " · checklist \(coverage.checked)/\(coverage.total) · follow-ups \(report.followUps.count)",
      role: .title, width: max(inner.width - 2, 1))
    SessionScreen.draw(summary, in: inner, on: &canvas)
    row += summary.count + 1
    let labelWidth = min(28, inner.width / 3)
    let longest = Double(report.phases.map { max($0.plannedSeconds, $0.actualSeconds) }.max() ?? 1)
    for phase in report.phases where row < inner.bottom {
      let actual = DurationText.clock(phase.actualSeconds)
      let over = phase.overrunSeconds > 0 ? " +\(DurationText.clock(phase.overrunSeconds))" : ""
      canvas.write(phase.title.fitted(toWidth: labelWidth, ellipsis: true), row: row, column: inner.column + 1)
      let barWidth = max(inner.width - labelWidth - 26, 4)
      canvas.render(
        HorizontalBar(planned: Double(phase.plannedSeconds), actual: Double(phase.actualSeconds), maximum: longest),
        in: Rect(row: row, column: inner.column + labelWidth + 2, width: barWidth, height: 1))
      let checked = phase.checklist.filter(\.checked).count
      canvas.write(
        [
          Span(
            "\(actual)/\(DurationText.clock(phase.plannedSeconds))\(over) ✓\(checked)/\(phase.checklist.count)",
            role: phase.overrunSeconds > 0 ? .timerOverrun : .muted)
        ], row: row, column: inner.column + labelWidth + 3 + barWidth,
        maxWidth: inner.right - (inner.column + labelWidth + 3 + barWidth))
      row += 1
    }
    row += 1
    SessionScreen.draw(
      SpanWrap.lines(
        "Your notes and this record are saved. See them again with 'mockloop show last'.", role: .muted,
        width: max(inner.width - 2, 1)), in: inner.inset(top: row - inner.row), on: &canvas)
    Footer.render(
      context: .home, status: state.status ?? "R grade yourself now · q back to home", in: footer, on: &canvas)
  }
}
