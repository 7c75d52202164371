import MockLoopKit

/// A phase's goal, the interviewer's prompts for it (a leadership phase's story questions)
/// and its checklist, each item wrapped under its tick box; the selected item is highlighted
/// over all its lines and kept in view.
struct ChecklistView {
  var phase: Phase
  /// The prompts this session shows (see `Phase.prompts(forSession:)`).
  var prompts: [String] = []
  var checked: (Int) -> Bool
  var cursor: Int?

  static let promptMark = "» "

  /// Lines the goal, the prompts a session shows and the items take at a text width (for the
  /// prompts, the longest that can be shown, since which ones depends on the session).
  static func lineCount(_ phase: Phase, width: Int) -> Int {
    let promptLines = phase.prompts.map { wrapped($0, width: width + 4 - promptMark.count).count }.sorted(by: >)
      .prefix(Phase.promptsShown).reduce(0, +)
    return wrapped(phase.goal, width: width + 4).count + promptLines
      + phase.checklist.reduce(0) { $0 + wrapped($1, width: width).count }
  }

  func render(in rect: Rect, on canvas: inout Canvas) {
    guard rect.width > 6, rect.height > 0 else { return }
    let textWidth = rect.width - 6
    var lines: [(spans: [Span], item: Int?)] = wrapped(phase.goal, width: textWidth + 4).map {
      ([Span($0, role: .muted)], nil)
    }
    for prompt in prompts {
      for (index, line) in wrapped(prompt, width: textWidth + 4 - Self.promptMark.count).enumerated() {
        let mark = index == 0 ? Self.promptMark : String(repeating: " ", count: Self.promptMark.count)
        lines.append(([Span(mark, role: .accent), Span(line, role: .followup)], nil))
      }
    }
    for (index, item) in phase.checklist.enumerated() {
      let isChecked = checked(index)
      let selected = index == cursor
      let textRole: StyleRole = selected ? .selection : isChecked ? .checked : .text
      for (lineIndex, line) in wrapped(item, width: textWidth).enumerated() {
        let box = lineIndex == 0 ? (isChecked ? "[x] " : "[ ] ") : "    "
        lines.append(
          (
            [
              Span(box, role: selected ? .selection : isChecked ? .checked : .unchecked),
              Span(line.padded(toWidth: textWidth), role: textRole),
            ], index
          ))
      }
    }
    // Scroll so that the whole selected item is visible.
    var first = 0
    if let cursor, let last = lines.lastIndex(where: { $0.item == cursor }) {
      let start = lines.firstIndex { $0.item == cursor } ?? last
      if last >= rect.height { first = min(start, last - rect.height + 1) }
    }
    for (offset, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
      canvas.write(line.spans, row: rect.row + offset, column: rect.column + 1, maxWidth: rect.width - 1)
    }
  }
}
