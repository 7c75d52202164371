import MockLoopKit

/// Every attempt of one question side by side, oldest on the left, as `mockloop compare` prints
/// them: date, format, level, state, time, each phase's actual against planned time, checklist,
/// each scored dimension, the verdict and its warnings. Attempts that do not fit the width go
/// into further blocks below, each with the row labels again; the whole scrolls as one pane.
enum CompareScreen {
  /// The narrowest and widest column of one attempt.
  static let columnWidths = 14...26

  static func render(_ state: ComparisonState, state app: AppState, on canvas: inout Canvas) {
    let comparison = state.comparison
    let (top, rest) = canvas.bounds.splitTop(1)
    let count = comparison.attempts.count
    TitleBar.render(
      title: comparison.questionTitle, detail: "\(count) attempt\(count == 1 ? "" : "s") side by side", in: top,
      on: &canvas)
    let (footer, body) = rest.splitBottom(1)
    SessionScreen.renderText(
      lines(comparison, width: SessionScreen.textWidth(body)), scroll: state.scroll,
      title: "Every attempt of \(comparison.questionID)", role: .accent, in: body, on: &canvas)
    Footer.render(context: .comparison, status: app.status, in: footer, on: &canvas)
  }

  /// The one pane: the blocks of attempts.
  static func panes(_ state: ComparisonState, state app: AppState) -> [ScreenPane] {
    let body = Rect(width: app.width, height: app.height).inset(top: 1, bottom: 1)
    return [
      ScreenPane(
        id: .comparison, frame: body, viewport: body.inset(by: 1),
        contentHeight: lines(state.comparison, width: SessionScreen.textWidth(body)).count)
    ]
  }

  static func lines(_ comparison: AttemptComparison, width: Int) -> [[Span]] {
    let attempts = comparison.attempts
    guard !attempts.isEmpty else { return [[Span("No attempt of this question is stored.", role: .muted)]] }
    let labelWidth = min(24, max(width / 4, 10))
    let room = max(width - labelWidth, columnWidths.lowerBound)
    let columnWidth = min(max(room / attempts.count, columnWidths.lowerBound), columnWidths.upperBound)
    let perBlock = max(room / columnWidth, 1)
    var lines: [[Span]] = []
    for start in stride(from: 0, to: attempts.count, by: perBlock) {
      let block = Array(attempts[start..<min(start + perBlock, attempts.count)])
      if start > 0 { lines.append([]) }
      for row in rows(comparison, block) {
        var spans = [
          Span(row.label.fitted(toWidth: labelWidth - 1, ellipsis: true).padded(toWidth: labelWidth), role: row.role)
        ]
        for cell in row.cells {
          spans.append(
            Span(
              cell.text.fitted(toWidth: columnWidth - 1, ellipsis: true).padded(toWidth: columnWidth), role: cell.role))
        }
        lines.append(spans)
      }
    }
    return lines
  }

  struct Row {
    var label: String
    var role: StyleRole = .muted
    var cells: [(text: String, role: StyleRole)]
  }

  static func rows(_ comparison: AttemptComparison, _ attempts: [AttemptComparison.Attempt]) -> [Row] {
    func plain(_ label: String, _ text: (AttemptComparison.Attempt) -> String) -> Row {
      Row(label: label, cells: attempts.map { (text($0), .text) })
    }
    var rows = [
      Row(label: "attempt", role: .accent, cells: attempts.map { (DurationText.day($0.date), .title) }),
      plain("session") { String($0.sessionID.prefix(8)) },
      plain("format") { $0.formatID },
      plain("level") { $0.level?.rawValue ?? "any" },
      plain("state") { $0.state },
      plain("time") { "\(DurationText.clock($0.activeSeconds)) / \(DurationText.clock($0.plannedSeconds))" },
    ]
    var seen: Set<String> = []
    for phase in comparison.attempts.flatMap(\.phases) where seen.insert(phase.id).inserted {
      rows.append(
        Row(
          label: phase.title,
          cells: attempts.map { attempt in
            guard let timing = attempt.phases.first(where: { $0.id == phase.id }) else { return ("-", .muted) }
            let actual = Int((timing.actualMinutes * 60).rounded())
            let planned = Int((timing.plannedMinutes * 60).rounded())
            let pace = PhasePace(plannedSeconds: planned, actualSeconds: actual)
            let role: StyleRole =
              switch pace {
              case .over: .timerOverrun
              case .skipped, .cutShort: .warning
              case .onPlan: .text
              }
            return ("\(DurationText.clock(actual)) / \(DurationText.clock(planned))", role)
          }))
    }
    rows.append(plain("checklist") { "\($0.checklistChecked) / \($0.checklistTotal)" })
    for dimension in comparison.dimensions {
      rows.append(
        Row(
          label: dimension.title,
          cells: attempts.map { attempt in
            attempt.scores[dimension.id].map { (String($0), StyleRole.accent) } ?? ("-", .muted)
          }))
    }
    rows.append(
      Row(
        label: "verdict",
        cells: attempts.map { attempt in
          guard !attempt.verdicts.isEmpty else { return ("-", .muted) }
          let text = attempt.verdicts.map { String($0.prefix { $0 != ":" && $0 != "(" }).trimmingSuffixSpaces }
          let met = attempt.verdicts.allSatisfy { $0.contains(" bar met") }
          return (text.joined(separator: ", "), met ? .success : .error)
        }))
    rows.append(
      Row(
        label: "warnings",
        cells: attempts.map { attempt in
          attempt.warnings.isEmpty ? ("-", .muted) : ("⚠ \(attempt.warnings.count)", .warning)
        }))
    return rows
  }
}

extension String {
  /// The text without the spaces at its end.
  fileprivate var trimmingSuffixSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
