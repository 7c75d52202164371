import MockLoopKit

/// Scores per dimension with, beside them, the selected one's L6 and L7 expectation and what
/// each score looks like at the session's level; the self-assessment items, two text fields,
/// and the verdict per level, live, under the bar stated in words. The rows, the expectations
/// and the verdict each take focus and scroll.
enum GradingScreen {
  /// Where the parts go at a size.
  struct Layout {
    var title: Rect
    var rows: Rect
    var detail: Rect
    var verdict: Rect
    var footer: Rect
    /// The box of the text field being written in, over the rest.
    var editor: Rect

    init(_ grading: GradingState, width: Int, height: Int) {
      let screen = Rect(width: width, height: height)
      let (top, rest) = screen.splitTop(1)
      title = top
      let (footerRow, body) = rest.splitBottom(1)
      footer = footerRow
      let verdictLines = GradingScreen.verdictLines(grading, width: SessionScreen.textWidth(body)).count
      let (verdictBox, main) = body.splitBottom(min(verdictLines + 2, max(body.height / 3, 4)))
      verdict = verdictBox
      (rows, detail) = main.splitLeft(max(main.width * 11 / 20, 30))
      editor = screen.centered(width: min(width - 4, 80), height: 8)
    }

    /// The text area of the field editor (inside its box, after a margin).
    var editorText: Rect { editor.inset(by: 1).inset(left: 1) }
  }

  static func render(_ grading: GradingState, state: AppState, on canvas: inout Canvas) {
    let layout = Layout(grading, width: state.width, height: state.height)
    TitleBar.render(
      title: (grading.grader == .interviewer ? "Interviewer's grade: " : "Grade: ") + grading.session.question.title,
      detail: grading.rubric.title, in: layout.title, on: &canvas)
    let scale = grading.rubric.scale

    let listInner = canvas.drawBox(
      in: layout.rows, title: "Scores \(scale.minimum)–\(scale.maximum) · self-assessment · notes",
      role: grading.focus == .rows ? .accent : .border)
    let lines = rowLines(grading, innerWidth: listInner.width)
    let first = firstLine(of: lines, cursor: grading.cursor, height: listInner.height)
    for (offset, line) in lines.dropFirst(first).prefix(listInner.height).enumerated() {
      canvas.write(line.spans, row: listInner.row + offset, column: listInner.column + 1, maxWidth: listInner.width - 1)
    }
    canvas.drawBorderMark(
      lines.count > listInner.height ? "\(grading.cursor + 1)/\(grading.rows.count)" : nil, in: layout.rows)

    SessionScreen.renderText(
      detailLines(grading, width: SessionScreen.textWidth(layout.detail)), scroll: grading.detailScroll,
      title: "What the bar expects", role: grading.focus == .detail ? .accent : .border, in: layout.detail,
      on: &canvas)
    SessionScreen.renderText(
      verdictLines(grading, width: SessionScreen.textWidth(layout.verdict)), scroll: grading.verdictScroll,
      title: "Verdict (aiming for \(grading.level.rawValue))", role: grading.focus == .verdict ? .accent : .border,
      in: layout.verdict, on: &canvas)

    if let editing = grading.editing {
      let editor = editing == .wentWell ? grading.wentWell : grading.toImprove
      canvas.fill(layout.editor, role: .text)
      canvas.drawBox(
        in: layout.editor, title: editing == .wentWell ? "Went well (Esc when done)" : "To improve (Esc when done)",
        role: .accent)
      editor.render(into: &canvas, in: layout.editorText, isFocused: true, placeholder: "Type here")
    }
    Footer.render(context: state.keyContext, status: state.status, in: layout.footer, on: &canvas)
  }

  /// The panes of grading at the current size, in the order Tab visits them.
  static func panes(_ grading: GradingState, state: AppState) -> [ScreenPane] {
    let layout = Layout(grading, width: state.width, height: state.height)
    let rowsInner = layout.rows.inset(by: 1)
    return [
      ScreenPane(
        id: .gradingRows, frame: layout.rows, viewport: rowsInner,
        contentHeight: rowLines(grading, innerWidth: rowsInner.width).count, itemCount: grading.rows.count),
      ScreenPane(
        id: .gradingDetail, frame: layout.detail, viewport: layout.detail.inset(by: 1),
        contentHeight: detailLines(grading, width: SessionScreen.textWidth(layout.detail)).count),
      ScreenPane(
        id: .verdict, frame: layout.verdict, viewport: layout.verdict.inset(by: 1),
        contentHeight: verdictLines(grading, width: SessionScreen.textWidth(layout.verdict)).count),
    ]
  }

  /// The first line shown: the selected row kept near the middle.
  static func firstLine(of lines: [ChecklistView.Line], cursor: Int, height: Int) -> Int {
    let cursorLine = lines.firstIndex { $0.item == cursor } ?? 0
    return max(0, min(cursorLine - height / 2, lines.count - height))
  }

  /// Every line of the rows' list inside a box `innerWidth` wide: headers, a line per score,
  /// self-assessment items wrapped under their tick box, and the two text fields.
  static func rowLines(_ grading: GradingState, innerWidth: Int) -> [ChecklistView.Line] {
    let width = max(innerWidth - 2, 1)
    let scale = grading.rubric.scale
    var lines: [ChecklistView.Line] = []
    var lastGroup: String?
    for (index, row) in grading.rows.enumerated() {
      let selected = index == grading.cursor
      let base: StyleRole = selected ? .selection : .text
      switch row {
      case .dimension(let dimension):
        if index == 0 { lines.append(([Span("Rubric", role: .title)], nil)) }
        let score = grading.assessment.scores[dimension.id]
        let scoreText = score.map { "[\($0)] \(scale.label(for: $0))" } ?? "[ ] not scored"
        let only = dimension.levels.count == 1 ? " (\(dimension.levels[0].rawValue))" : ""
        // The name wraps in its column; the score sits beside its first line.
        let nameWidth = max(width - 21, 8)
        for (line, name) in wrapped(dimension.title + only, width: nameWidth).enumerated() {
          var spans = [Span(name.padded(toWidth: nameWidth) + "  ", role: base)]
          if line == 0 {
            spans.append(
              Span(scoreText.padded(toWidth: 19), role: selected ? .selection : score == nil ? .muted : .accent))
          }
          lines.append((spans, index))
        }
      case .selfCheck(let group, let item, let text):
        if group != lastGroup {
          lastGroup = group
          let title = grading.rubric.selfAssessment.first { $0.id == group }?.title ?? group
          lines.append(([], nil))
          lines += SpanWrap.lines(title, role: .title, width: width).map { ($0, nil) }
        }
        let ticked = grading.assessment.selfChecks.contains(GradingState.selfCheckKey(groupID: group, index: item))
        lines += SpanWrap.lines(
          lead: [Span(ticked ? "[x] " : "[ ] ", role: selected ? .selection : ticked ? .checked : .unchecked)], text,
          role: base, width: width
        ).map { ($0, index) }
      case .wentWell, .toImprove:
        let isWell = row == .wentWell
        if isWell { lines.append(([], nil)) }
        let text = isWell ? grading.assessment.wentWell : grading.assessment.toImprove
        let label = isWell ? "Went well: " : "To improve: "
        let preview = text.isEmpty ? "(Enter to write)" : text.replacingOccurrences(of: "\n", with: " ⏎ ")
        lines.append(
          (
            [Span(label, role: selected ? .selection : .title), Span(preview, role: text.isEmpty ? .muted : base)],
            index
          ))
      }
    }
    return lines
  }

  /// The selected dimension: what each score looks like at the session's level, then what
  /// meeting each level takes; for other rows, how to grade.
  static func detailLines(_ grading: GradingState, width: Int) -> [[Span]] {
    let rows = grading.rows
    let scale = grading.rubric.scale
    var detail: [[Span]] = []
    guard rows.indices.contains(grading.cursor), case .dimension(let dimension) = rows[grading.cursor] else {
      return SpanWrap.lines(
        "Score each dimension honestly against the level you are aiming for, then tick what you did and write what to change next time. Everything is saved as you go.",
        role: .muted, width: width)
    }
    detail += SpanWrap.lines(dimension.title, role: .title, width: width)
    // What each score looks like at the session's level comes first: it sits beside the score.
    let level = dimension.levels.contains(grading.level) ? grading.level : dimension.levels.first ?? grading.level
    detail.append([Span("Each score at \(level.rawValue)", role: .accent)])
    for score in scale.minimum...scale.maximum {
      let meaning =
        dimension.anchor(for: level, score: score, minimum: scale.minimum)
        ?? (scale.meanings.indices.contains(score - scale.minimum) ? scale.meanings[score - scale.minimum] : "")
      detail += SpanWrap.lines(
        "\(score) \(scale.label(for: score)): \(meaning)",
        role: grading.assessment.scores[dimension.id] == score ? .selection : .text, width: width)
    }
    for level in Level.allCases {
      detail.append([])
      detail.append([Span("Meeting \(level.rawValue)", role: level == grading.level ? .accent : .muted)])
      detail += SpanWrap.lines(dimension.expectations[level] ?? "", role: .muted, width: width)
    }
    return detail
  }

  /// The verdict of each level, then the bar of the level aimed for in the rubric's words.
  static func verdictLines(_ grading: GradingState, width: Int) -> [[Span]] {
    var lines: [[Span]] = []
    for verdict in grading.verdicts {
      let current = verdict.level == grading.level
      lines += SpanWrap.lines(
        lead: [Span(verdict.isMet ? "✓ " : "✗ ", role: verdict.isMet ? .success : .error)], verdict.summary,
        role: current ? .text : .muted, width: width)
    }
    lines += VerdictWarningLines.lines(grading.warnings, width: width)
    if let statement = grading.rubric.barStatement(for: grading.level) {
      lines += SpanWrap.lines(lead: [Span("  ")], statement, role: .muted, width: width)
    }
    return lines
  }
}
