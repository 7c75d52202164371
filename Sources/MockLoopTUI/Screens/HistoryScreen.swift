import MockLoopKit

/// Past sessions, newest first: date, format, question, time and verdict.
enum HistoryScreen {
  static func render(_ history: HistoryState, state: AppState, on canvas: inout Canvas) {
    let (top, rest) = canvas.bounds.splitTop(1)
    TitleBar.render(title: "History", detail: history.sessions.count.counted("session"), in: top, on: &canvas)
    let (footer, body) = rest.splitBottom(1)
    let visible = history.visible
    var title = "\(visible.count) shown · level \(history.levelFilter.rawValue)"
    if history.isSearching || !history.search.isEmpty {
      title += " · /\(history.search)" + (history.isSearching ? "▏" : "")
    }
    let inner = canvas.drawBox(in: body, title: title, role: .accent)
    let columns = HistoryColumns(width: inner.width)
    canvas.write(columns.header, row: inner.row, column: inner.column, maxWidth: inner.width)
    let rows = visible.map { summary in
      ListView.Row(
        spans: columns.row([
          Span(DurationText.day(summary.createdAt)),
          Span(summary.level?.rawValue ?? "-", role: .accent),
          Span(summary.formatID, role: .muted),
          Span(summary.questionTitle),
          Span(summary.activeSeconds.map { DurationText.clock($0) } ?? "-"),
          verdictSpan(summary, rubric: summary.rubricID.flatMap(state.content.rubric(id:))),
        ]))
    }
    if rows.isEmpty {
      canvas.write(
        [
          Span(
            history.sessions.isEmpty ? "No sessions yet: start one from home." : "Nothing matches the filter.",
            role: .muted)
        ], row: inner.row + 1, column: inner.column + 1, maxWidth: inner.width - 1)
    } else {
      HomeScreen.renderList(rows, state: history.list, in: inner.inset(top: 1), frame: body, on: &canvas)
    }
    Footer.render(
      context: state.keyContext,
      status: history.isSearching ? "Type to search · Enter keeps · Esc clears" : state.status,
      in: footer, on: &canvas)
  }

  /// The history's one pane: the list of visible sessions, under its header row.
  static func panes(_ history: HistoryState, state: AppState) -> [ScreenPane] {
    let body = Rect(width: state.width, height: state.height).inset(top: 1, bottom: 1)
    let count = history.visible.count
    return [
      ScreenPane(
        id: .history, frame: body, viewport: body.inset(by: 1).inset(top: 1), contentHeight: count, itemCount: count)
    ]
  }

  static func verdictSpan(_ summary: SessionSummary, rubric: Rubric?) -> Span {
    if summary.finishedAt == nil { return Span("unfinished", role: .warning) }
    guard let scores = summary.scores, let rubric, rubric.id == summary.rubricID else {
      return Span("not graded", role: .muted)
    }
    let met = Level.allCases.filter { rubric.verdict(for: $0, scores: scores).isMet }
    if met.isEmpty { return Span("below L6", role: .error) }
    return Span(met.map { "\($0.rawValue) ✓" }.joined(separator: " "), role: .success)
  }
}
