import MockLoopKit

/// Home's Today: the plan's mocks for today, then the coming days', each with its format and
/// why; the selected one's question below. Enter starts it.
enum TodayScreen {
  static func render(_ home: HomeState, plan: PracticePlan, state: AppState, on canvas: inout Canvas) {
    var (top, rest) = canvas.bounds.splitTop(1)
    TitleBar.render(title: "today's practice", detail: "? help", in: top, on: &canvas)
    if let resumable = home.resumable.first {
      (top, rest) = rest.splitTop(1)
      canvas.write(
        [
          Span(" Unfinished: ", role: .warning), Span(resumable.questionTitle, role: .title),
          Span(" (\(resumable.formatID))  ", role: .muted), Span("r", role: .key), Span(" resume", role: .text),
        ], row: top.row, column: 0, maxWidth: top.width)
    }
    let (footer, body) = rest.splitBottom(1)
    let warningLines = plan.warnings.flatMap { wrapped($0, width: max(body.width - 4, 1)) }
    let warnings = warningLines.isEmpty ? 0 : min(warningLines.count, 4) + 2
    let (details, upper) = body.splitBottom(max(6, body.height / 3))
    let (warningBox, list) = upper.splitBottom(warnings)
    let entries = TodayEntry.all(of: plan)
    let inner = canvas.drawBox(in: list, title: title(of: plan), role: .accent)
    if entries.isEmpty {
      canvas.write(
        " Nothing is planned: every card is done for now. Tab picks from the formats and questions.",
        row: inner.row, column: inner.column, role: .muted, maxWidth: inner.width)
    } else {
      canvas.render(
        ListView(rows: entries.map { row(for: $0, width: inner.width) }, selectedIndex: home.todayIndex), in: inner)
    }
    if warnings > 0 {
      let box = canvas.drawBox(in: warningBox, title: "Before the interview", role: .warning)
      for (index, line) in warningLines.prefix(box.height).enumerated() {
        canvas.write(" " + line, row: box.row + index, column: box.column, role: .warning, maxWidth: box.width)
      }
    }
    let detailsInner = canvas.drawBox(in: details, title: "Why")
    var lines: [[Span]] = []
    if entries.indices.contains(home.todayIndex) {
      let item = entries[home.todayIndex].item
      lines.append([
        Span(item.title, role: .title),
        Span("  \(item.card.questionID) · \(item.formatID) · \(item.minutes) min", role: .muted),
      ])
      lines += wrapped(item.why, width: max(detailsInner.width - 2, 1)).map { [Span($0, role: .accent)] }
      if let question = state.content.question(id: item.card.questionID)?.question {
        lines += wrapped(question.prompt.reflowed, width: max(detailsInner.width - 2, 1)).map { [Span($0)] }
      }
    }
    SessionScreen.draw(lines, in: detailsInner, on: &canvas)
    let status = home.message ?? state.status
    canvas.fill(footer, role: .status)
    if let status {
      canvas.write(" " + status, row: footer.row, column: footer.column, role: .warning, maxWidth: footer.width)
    } else {
      var spans: [Span] = [Span(" ", role: .status)]
      for (key, label) in hints where key != "r" || !home.resumable.isEmpty {
        spans += [Span(key, role: .key), Span(" \(label)  ", role: .status)]
      }
      canvas.write(spans, row: footer.row, column: footer.column, maxWidth: footer.width)
    }
  }

  static let hints = [
    ("Enter", "start"), ("Tab", "Formats and questions"), ("s", "surprise"), ("r", "resume"), ("h", "history"),
    ("t", "stats"), ("q", "quit"),
  ]

  /// "Today · L7 · interview in 12 days · 90 min a day".
  static func title(of plan: PracticePlan) -> String {
    var parts = ["Today \(plan.today)", plan.level.rawValue]
    if let days = plan.daysToInterview {
      parts.append(
        days == 0 ? "interview today" : days == 1 ? "interview tomorrow" : "interview in \(days.counted("day"))")
    }
    parts.append("\(plan.minutesPerDay) min a day")
    return parts.joined(separator: " · ")
  }

  static func row(for entry: TodayEntry, width: Int) -> ListView.Row {
    let item = entry.item
    let when = entry.isToday ? "today" : String(entry.date.description.suffix(5))
    let role: StyleRole = item.kind == .overdue ? .warning : item.kind == .new ? .accent : .text
    return ListView.Row(spans: [
      Span(when.padded(toWidth: 7), role: entry.isToday ? .title : .muted),
      Span(item.kind.rawValue.padded(toWidth: 8), role: role),
      Span(item.formatID.padded(toWidth: 14), role: .muted),
      Span(item.title),
    ])
  }
}
