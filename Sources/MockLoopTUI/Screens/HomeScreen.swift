import MockLoopKit

/// Pick a format and a question, filter and search, or resume the unfinished session.
enum HomeScreen {
  static func render(_ home: HomeState, state: AppState, on canvas: inout Canvas) {
    if home.pane == .today, let plan = home.plan {
      return TodayScreen.render(home, plan: plan, state: state, on: &canvas)
    }
    var (top, rest) = canvas.bounds.splitTop(1)
    TitleBar.render(title: "rehearse system-design interviews", detail: "? help", in: top, on: &canvas)
    if let resumable = home.resumable.first {
      (top, rest) = rest.splitTop(1)
      let others = home.resumable.count - 1
      canvas.write(
        [
          Span(" Unfinished: ", role: .warning), Span(resumable.questionTitle, role: .title),
          Span(" (\(resumable.formatID), started \(DurationText.day(resumable.createdAt)))  ", role: .muted),
        ] + (others > 0 ? [Span("and \(others) more  ", role: .warning)] : []) + [
          Span("r", role: .key), Span(others > 0 ? " choose one to resume" : " resume", role: .text),
        ], row: top.row, column: 0, maxWidth: top.width)
    }
    let (footer, body) = rest.splitBottom(1)
    let (details, lists) = body.splitBottom(max(6, body.height / 3))
    let (formatsBox, questionsBox) = lists.splitLeft(max(26, lists.width / 3))

    let formats = state.content.formats
    let formatRows = formats.map { format in
      ListView.Row(spans: [
        Span(format.id.padded(toWidth: 16)), Span("\(format.totalMinutes)m".padded(toWidth: 5), role: .accent),
        Span(format.level?.rawValue ?? "any", role: .muted),
      ])
    }
    let formatsInner = canvas.drawBox(
      in: formatsBox, title: "Formats", role: home.pane == .formats ? .accent : .border)
    canvas.render(ListView(rows: formatRows, selectedIndex: home.formatIndex), in: formatsInner)

    let questions = state.visibleQuestions(home)
    var title = "Questions \(questions.count) · level \(home.levelFilter.rawValue)"
    if home.isSearching || !home.search.isEmpty { title += " · /\(home.search)" + (home.isSearching ? "▏" : "") }
    let questionsInner = canvas.drawBox(
      in: questionsBox, title: title, role: home.pane == .questions ? .accent : .border)
    let questionRows = questions.map { entry in
      let attempts = home.attempts[entry.question.id, default: 0]
      return ListView.Row(spans: [
        Span(entry.question.levels.map(\.rawValue).joined(separator: "/").padded(toWidth: 6), role: .muted),
        Span(entry.question.title),
        Span(attempts > 0 ? "  ×\(attempts)" : "", role: .muted),
      ])
    }
    if questionRows.isEmpty {
      canvas.write(
        " No question fits: change the level (l) or the search (/).", row: questionsInner.row,
        column: questionsInner.column, role: .muted, maxWidth: questionsInner.width)
    } else {
      canvas.render(
        ListView(rows: questionRows, selectedIndex: home.pane == .questions ? home.questionIndex : nil),
        in: questionsInner)
    }

    let detailsInner = canvas.drawBox(in: details, title: "Details")
    var lines: [[Span]] = []
    if formats.indices.contains(home.formatIndex) {
      let format = formats[home.formatIndex]
      lines.append([
        Span(format.title, role: .title),
        Span("  " + format.phases.map { "\($0.title) \($0.minutes)" }.joined(separator: " · "), role: .muted),
      ])
    }
    if questions.indices.contains(home.questionIndex) {
      let entry = questions[home.questionIndex]
      lines.append([
        Span(entry.question.title, role: .accent), Span("  \(entry.deck.id)/\(entry.question.id)", role: .muted),
      ])
      lines += wrapped(entry.question.prompt.reflowed, width: max(detailsInner.width - 2, 1)).map { [Span($0)] }
    }
    if formats.isEmpty {
      lines.append([
        Span("No formats found. Run 'mockloop doctor' to see where MockLoop looks for decks.", role: .error)
      ])
    }
    SessionScreen.draw(lines, in: detailsInner, on: &canvas)
    let errors = state.content.errors.count
    let status =
      home.message ?? state.status ?? (errors > 0 ? "\(errors) content file error(s): run 'mockloop decks lint'" : nil)
    Footer.render(
      context: home.isSearching ? .dialog : .home,
      status: home.isSearching ? "Type to search · Enter keeps · Esc clears" : status, in: footer, on: &canvas)
  }
}

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
    canvas.write(
      "Time \(DurationText.clock(report.activeSeconds)) of \(DurationText.clock(report.plannedSeconds)) planned"
        + (report.pausedSeconds > 0 ? " · paused \(DurationText.clock(report.pausedSeconds))" : "")
        + " · checklist \(coverage.checked)/\(coverage.total) · follow-ups \(report.followUps.count)",
      row: row, column: inner.column + 1, role: .title, maxWidth: inner.width - 2)
    row += 2
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
        "\(actual)/\(DurationText.clock(phase.plannedSeconds))\(over) ✓\(checked)/\(phase.checklist.count)",
        row: row, column: inner.column + labelWidth + 3 + barWidth,
        role: phase.overrunSeconds > 0 ? .timerOverrun : .muted,
        maxWidth: inner.right - (inner.column + labelWidth + 3 + barWidth))
      row += 1
    }
    row += 1
    canvas.write(
      "Your notes and this record are saved. See them again with 'mockloop show last'.", row: row,
      column: inner.column + 1, role: .muted, maxWidth: inner.width - 2)
    Footer.render(context: .home, status: "q back to home", in: footer, on: &canvas)
  }
}
