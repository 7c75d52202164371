import MockLoopKit

/// A phase's goal, the interviewer's prompts for it (a leadership phase's story questions)
/// and its checklist, each item wrapped under its tick box; the selected item is highlighted
/// over all its lines and kept in view.
struct ChecklistView {
  /// One drawn line and the item it belongs to (nil for the goal and the prompts).
  typealias Line = (spans: [Span], item: Int?)

  var phase: Phase
  /// The prompts this session shows (see `Phase.prompts(forSession:)`).
  var prompts: [String] = []
  var checked: (Int) -> Bool
  var cursor: Int?

  static let promptMark = "» "
  static let box = "[ ] "

  /// The width of an item's text inside a box of `innerWidth` columns: after a margin and the
  /// tick box, with a column to spare on the right.
  static func textWidth(innerWidth: Int) -> Int { max(innerWidth - 2 - box.count, 1) }

  /// Lines the goal, the prompts a session shows and the items take inside a box of
  /// `innerWidth` columns (for the prompts, the longest that can be shown, since which ones
  /// depends on the session).
  static func lineCount(_ phase: Phase, innerWidth: Int) -> Int {
    // The session screen's layout asks on every tick of the clock, for the same phase.
    lineCountMemo.value(for: LineCountKey(phase: phase, innerWidth: innerWidth)) {
      countLines(phase, innerWidth: innerWidth)
    }
  }

  private struct LineCountKey: Hashable, Sendable {
    var phase: Phase
    var innerWidth: Int

    /// A phase is hashed by its id alone; equal keys have equal ids.
    func hash(into hasher: inout Hasher) {
      hasher.combine(phase.id)
      hasher.combine(innerWidth)
    }
  }

  private static let lineCountMemo = Memo<LineCountKey, Int>(capacity: 16)

  private static func countLines(_ phase: Phase, innerWidth: Int) -> Int {
    let width = innerWidth - 2
    let promptLines = phase.prompts.map { wrapped($0, width: width - promptMark.count).count }.sorted(by: >)
      .prefix(Phase.promptsShown).reduce(0, +)
    return wrapped(phase.goal, width: width).count + promptLines
      + phase.checklist.reduce(0) { $0 + wrapped($1, width: textWidth(innerWidth: innerWidth)).count }
  }

  /// Every line of the view inside a box of `innerWidth` columns and `height` rows. When not
  /// everything fits, the goal takes one line (cut by `TextFit`'s rule) to leave the items room.
  func lines(innerWidth: Int, height: Int = .max) -> [Line] {
    let width = max(innerWidth - 2, 1)
    let full = lines(innerWidth: innerWidth, goal: wrapped(phase.goal, width: width))
    guard full.count > height else { return full }
    return lines(innerWidth: innerWidth, goal: [phase.goal.fittedText(toWidth: width)])
  }

  private func lines(innerWidth: Int, goal: [String]) -> [Line] {
    let width = max(innerWidth - 2, 1)
    let textWidth = Self.textWidth(innerWidth: innerWidth)
    var lines: [Line] = goal.map { ([Span($0, role: .muted)], nil) }
    for prompt in prompts {
      lines += SpanWrap.lines(
        lead: [Span(Self.promptMark, role: .accent)], prompt, role: .followup, width: width
      ).map { ($0, nil) }
    }
    for (index, item) in phase.checklist.enumerated() {
      let isChecked = checked(index)
      let selected = index == cursor
      let textRole: StyleRole = selected ? .selection : isChecked ? .checked : .text
      for (lineIndex, line) in wrapped(item, width: textWidth).enumerated() {
        let box = lineIndex == 0 ? (isChecked ? "[x] " : Self.box) : "    "
        lines.append(
          (
            [
              Span(box, role: selected ? .selection : isChecked ? .checked : .unchecked),
              Span(line.padded(toWidth: textWidth), role: textRole),
            ], index
          ))
      }
    }
    return lines
  }

  /// The first line shown in `height` rows: from the top, scrolled as little as shows the
  /// whole selected item.
  static func firstLine(of lines: [Line], cursor: Int?, height: Int) -> Int {
    guard let cursor, let last = lines.lastIndex(where: { $0.item == cursor }), last >= height else { return 0 }
    let start = lines.firstIndex { $0.item == cursor } ?? last
    return min(start, last - height + 1)
  }

  /// Draws the view into `rect` (the box's inside) and marks the position on the box's border
  /// (`frame`) when not every line fits.
  func render(in rect: Rect, frame: Rect, on canvas: inout Canvas) {
    guard rect.width > 6, rect.height > 0 else { return }
    let lines = lines(innerWidth: rect.width, height: rect.height)
    let first = Self.firstLine(of: lines, cursor: cursor, height: rect.height)
    for (offset, line) in lines.dropFirst(first).prefix(rect.height).enumerated() {
      canvas.write(line.spans, row: rect.row + offset, column: rect.column + 1, maxWidth: rect.width - 1)
    }
    canvas.drawBorderMark(
      ScrollState(offset: first).position(contentHeight: lines.count, viewportHeight: rect.height), in: frame)
  }
}
