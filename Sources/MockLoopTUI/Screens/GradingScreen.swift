import MockLoopKit

/// Scores per dimension with, beside them, the selected one's L6 and L7 expectation and what
/// each score looks like at the session's level; the self-assessment items, two text fields,
/// and the verdict per level, live, under the bar stated in words.
enum GradingScreen {
  static func render(_ grading: GradingState, state: AppState, on canvas: inout Canvas) {
    let (top, rest) = canvas.bounds.splitTop(1)
    TitleBar.render(
      title: "Grade: \(grading.session.question.title)", detail: grading.rubric.title, in: top, on: &canvas)
    let (footer, body) = rest.splitBottom(1)
    let verdictLines = self.verdictLines(grading, width: max(body.width - 2, 1))
    let (verdictBox, main) = body.splitBottom(min(verdictLines.count + 2, max(body.height / 3, 4)))
    let (listBox, detailBox) = main.splitLeft(max(main.width * 11 / 20, 30))
    let rows = grading.rows
    let scale = grading.rubric.scale

    let listInner = canvas.drawBox(
      in: listBox, title: "Scores \(scale.minimum)–\(scale.maximum) · self-assessment · notes", role: .accent)
    var lines: [(spans: [Span], row: Int?)] = []
    var lastGroup: String?
    for (index, row) in rows.enumerated() {
      let selected = index == grading.cursor
      let base: StyleRole = selected ? .selection : .text
      switch row {
      case .dimension(let dimension):
        if index == 0 { lines.append(([Span("Rubric", role: .title)], nil)) }
        let score = grading.assessment.scores[dimension.id]
        let scoreText = score.map { "[\($0)] \(scale.label(for: $0))" } ?? "[ ] not scored"
        let only = dimension.levels.count == 1 ? " (\(dimension.levels[0].rawValue))" : ""
        let name = (dimension.title + only).fitted(toWidth: max(listInner.width - 22, 8), ellipsis: true)
        lines.append(
          (
            [
              Span(name + "  ", role: base),
              Span(scoreText.padded(toWidth: 19), role: selected ? .selection : score == nil ? .muted : .accent),
            ], index
          ))
      case .selfCheck(let group, let item, let text):
        if group != lastGroup {
          lastGroup = group
          let title = grading.rubric.selfAssessment.first { $0.id == group }?.title ?? group
          lines.append(([], nil))
          lines.append(([Span(title, role: .title)], nil))
        }
        let ticked = grading.assessment.selfChecks.contains(GradingState.selfCheckKey(groupID: group, index: item))
        lines.append(
          (
            [
              Span(ticked ? "[x] " : "[ ] ", role: selected ? .selection : ticked ? .checked : .unchecked),
              Span(text, role: base),
            ], index
          ))
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
    let cursorLine = lines.firstIndex { $0.row == grading.cursor } ?? 0
    let first = max(0, min(cursorLine - listInner.height / 2, lines.count - listInner.height))
    for (offset, line) in lines.dropFirst(first).prefix(listInner.height).enumerated() {
      canvas.write(line.spans, row: listInner.row + offset, column: listInner.column + 1, maxWidth: listInner.width - 1)
    }

    let detailInner = canvas.drawBox(in: detailBox, title: "What the bar expects")
    var detail: [[Span]] = []
    let wrapWidth = max(detailInner.width - 2, 1)
    if rows.indices.contains(grading.cursor), case .dimension(let dimension) = rows[grading.cursor] {
      detail.append([Span(dimension.title, role: .title)])
      // What each score looks like at the session's level comes first: it sits beside the score.
      let level = dimension.levels.contains(grading.level) ? grading.level : dimension.levels.first ?? grading.level
      detail.append([Span("Each score at \(level.rawValue)", role: .accent)])
      for score in scale.minimum...scale.maximum {
        let meaning =
          dimension.anchor(for: level, score: score, minimum: scale.minimum)
          ?? (scale.meanings.indices.contains(score - scale.minimum) ? scale.meanings[score - scale.minimum] : "")
        let lineText = "\(score) \(scale.label(for: score)): \(meaning)"
        detail += wrapped(lineText, width: wrapWidth).map {
          [Span($0, role: grading.assessment.scores[dimension.id] == score ? .selection : .text)]
        }
      }
      for level in Level.allCases {
        detail.append([])
        detail.append([Span("Meeting \(level.rawValue)", role: level == grading.level ? .accent : .muted)])
        detail += wrapped(dimension.expectations[level] ?? "", width: wrapWidth).map { [Span($0, role: .muted)] }
      }
    } else {
      detail += wrapped(
        "Score each dimension honestly against the level you are aiming for, then tick what you did and write what to change next time. Everything is saved as you go.",
        width: wrapWidth
      ).map { [Span($0, role: .muted)] }
    }
    SessionScreen.draw(detail, in: detailInner, on: &canvas)

    let verdictInner = canvas.drawBox(in: verdictBox, title: "Verdict (aiming for \(grading.level.rawValue))")
    for (index, line) in verdictLines.prefix(verdictInner.height).enumerated() {
      canvas.write(line, row: verdictInner.row + index, column: verdictInner.column, maxWidth: verdictInner.width)
    }

    if let editing = grading.editing {
      let editor = editing == .wentWell ? grading.wentWell : grading.toImprove
      let rect = canvas.bounds.centered(width: min(canvas.width - 4, 80), height: 8)
      canvas.fill(rect, role: .text)
      canvas.drawBox(
        in: rect, title: editing == .wentWell ? "Went well (Esc when done)" : "To improve (Esc when done)",
        role: .accent)
      editor.render(into: &canvas, in: rect.inset(by: 1).inset(left: 1), isFocused: true, placeholder: "Type here")
    }
    Footer.render(context: state.keyContext, status: state.status, in: footer, on: &canvas)
  }

  /// The verdict of each level, then the bar of the level aimed for in the rubric's words.
  static func verdictLines(_ grading: GradingState, width: Int) -> [[Span]] {
    var lines: [[Span]] = []
    for verdict in grading.verdicts {
      let current = verdict.level == grading.level
      for (index, line) in wrapped(verdict.summary, width: max(width - 3, 1)).enumerated() {
        let mark =
          index > 0 ? Span("   ") : Span(verdict.isMet ? " ✓ " : " ✗ ", role: verdict.isMet ? .success : .error)
        lines.append([mark, Span(line, role: current ? .text : .muted)])
      }
    }
    if let statement = grading.rubric.barStatement(for: grading.level) {
      lines += wrapped(statement, width: max(width - 3, 1)).map { [Span("   " + $0, role: .muted)] }
    }
    return lines
  }
}
