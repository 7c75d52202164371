import MockLoopKit

/// Pick a format and a question, filter and search, or resume the unfinished session. Three
/// panes take focus in turn: the formats, the questions, and the details of the selection.
enum HomeScreen {
  /// Where the parts of home go at a size.
  struct Layout {
    var title: Rect
    var banner: Rect?
    var formats: Rect
    var questions: Rect
    var details: Rect
    var footer: Rect

    init(_ home: HomeState, width: Int, height: Int) {
      var (top, rest) = Rect(width: width, height: height).splitTop(1)
      title = top
      if !home.resumable.isEmpty {
        (top, rest) = rest.splitTop(1)
        banner = top
      }
      let (footerRow, body) = rest.splitBottom(1)
      footer = footerRow
      let (detailsBox, lists) = body.splitBottom(max(6, body.height / 3))
      details = detailsBox
      (formats, questions) = lists.splitLeft(max(26, lists.width / 3))
    }
  }

  static func render(_ home: HomeState, state: AppState, on canvas: inout Canvas) {
    if home.pane == .today, let plan = home.plan {
      return TodayScreen.render(home, plan: plan, state: state, on: &canvas)
    }
    let layout = Layout(home, width: state.width, height: state.height)
    TitleBar.render(title: "rehearse system-design interviews", detail: "? help", in: layout.title, on: &canvas)
    if let banner = layout.banner, let resumable = home.resumable.first {
      let others = home.resumable.count - 1
      // The key to press stays whole; the format and the date give way first, then the title.
      canvas.render(
        PriorityRow([
          PriorityRow.Part([Span(" Unfinished: ", role: .warning)]),
          PriorityRow.Part([Span(resumable.questionTitle, role: .title)], shrinkOrder: 2, minimumWidth: 12),
          PriorityRow.Part(
            [Span(" (\(resumable.formatID), started \(DurationText.day(resumable.createdAt)))", role: .muted)],
            dropOrder: 1),
          PriorityRow.Part(others > 0 ? [Span("  and \(others) more", role: .warning)] : [], dropOrder: 3),
          PriorityRow.Part([
            Span("  "), Span("r", role: .key), Span(others > 0 ? " choose one to resume" : " resume", role: .text),
          ]),
        ]), in: banner)
    }

    let formats = state.content.formats
    let formatRows = formats.map { format in
      ListView.Row(spans: [
        Span(format.id.padded(toWidth: 16)), Span("\(format.totalMinutes)m".padded(toWidth: 5), role: .accent),
        Span(format.level?.rawValue ?? "any", role: .muted),
      ])
    }
    let formatsInner = canvas.drawBox(
      in: layout.formats, title: "Formats", role: home.pane == .formats ? .accent : .border)
    renderList(formatRows, state: home.formats, in: formatsInner, frame: layout.formats, on: &canvas)

    let questions = state.visibleQuestions(home)
    var title = "Questions \(questions.count) · level \(home.levelFilter.rawValue)"
    if home.isSearching || !home.search.isEmpty { title += " · /\(home.search)" + (home.isSearching ? "▏" : "") }
    let questionsInner = canvas.drawBox(
      in: layout.questions, title: title, role: home.pane == .questions ? .accent : .border)
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
        [Span(" No question fits: change the level (l) or the search (/).", role: .muted)], row: questionsInner.row,
        column: questionsInner.column, maxWidth: questionsInner.width)
    } else {
      renderList(
        questionRows, state: home.questions, selected: home.pane != .formats, in: questionsInner,
        frame: layout.questions, on: &canvas)
    }

    SessionScreen.renderText(
      detailLines(home, state: state, width: SessionScreen.textWidth(layout.details)), scroll: home.detailsScroll,
      title: "Details", role: home.pane == .details ? .accent : .border, in: layout.details, on: &canvas)
    let errors = Set(state.content.errors.map(\.file)).count
    let status =
      home.message ?? state.status
      ?? (errors > 0 ? "\(errors.counted("content file")) with errors: run 'mockloop decks lint'" : nil)
    Footer.render(
      context: home.isSearching ? .dialog : .home,
      status: home.isSearching ? "Type to search · Enter keeps · Esc clears" : status, in: layout.footer, on: &canvas)
  }

  /// A list of one-line rows with its selection kept in view and its position on the border.
  static func renderList(
    _ rows: [ListView.Row], state list: ListState, selected: Bool = true, in inner: Rect, frame: Rect,
    on canvas: inout Canvas
  ) {
    let offset = list.visibleOffset(count: rows.count, viewportHeight: inner.height)
    canvas.render(
      ListView(rows: rows, selectedIndex: selected ? min(list.selected, rows.count - 1) : nil, scrollOffset: offset),
      in: inner)
    canvas.drawBorderMark(list.position(count: rows.count, viewportHeight: inner.height), in: frame)
  }

  /// The selected format with its phases, then the selected question and its prompt, wrapped.
  static func detailLines(_ home: HomeState, state: AppState, width: Int) -> [[Span]] {
    let formats = state.content.formats
    var lines: [[Span]] = []
    if formats.indices.contains(home.formatIndex) {
      let format = formats[home.formatIndex]
      lines += SpanWrap.lines(
        [
          Span(format.title, role: .title),
          Span("  " + format.phases.map { "\($0.title) \($0.minutes) min" }.joined(separator: " · "), role: .muted),
        ], width: width)
    }
    let questions = state.visibleQuestions(home)
    if questions.indices.contains(home.questionIndex) {
      let entry = questions[home.questionIndex]
      lines += SpanWrap.lines(
        [Span(entry.question.title, role: .accent), Span("  \(entry.deck.id)/\(entry.question.id)", role: .muted)],
        width: width)
      lines += SpanWrap.lines(entry.question.prompt.reflowed, width: width)
    }
    if formats.isEmpty {
      lines += SpanWrap.lines(
        "No formats found. Run 'mockloop doctor' to see where MockLoop looks for decks.", role: .error, width: width)
    }
    return lines
  }

  /// The panes of home at the current size, in the order Tab visits them.
  static func panes(_ home: HomeState, state: AppState) -> [ScreenPane] {
    // Today is a page of its own: it scrolls by its selection, not by panes.
    if home.pane == .today, home.plan != nil { return [] }
    let layout = Layout(home, width: state.width, height: state.height)
    let formats = state.content.formats.count
    let questions = state.visibleQuestions(home).count
    return [
      ScreenPane(
        id: .formats, frame: layout.formats, viewport: layout.formats.inset(by: 1), contentHeight: formats,
        itemCount: formats),
      ScreenPane(
        id: .questions, frame: layout.questions, viewport: layout.questions.inset(by: 1), contentHeight: questions,
        itemCount: questions),
      ScreenPane(
        id: .details, frame: layout.details, viewport: layout.details.inset(by: 1),
        contentHeight: detailLines(home, state: state, width: SessionScreen.textWidth(layout.details)).count),
    ]
  }
}
