import MockLoopKit

/// The phases across the top, each as wide as its share of the minutes, except that the active
/// phase first takes the room its whole label needs; the others give way, cut by `TextFit`'s
/// rule down to their number.
enum PhaseBar {
  static func label(_ format: InterviewFormat, timeline: SessionTimeline, index: Int) -> String {
    let phase = format.phases[index]
    let over = isOverrun(timeline, index: index) ? "+" : ""
    let mark = index < timeline.phaseIndex ? "✓" : "\(index + 1)"
    return " \(mark) \(phase.title) \(phase.minutes)m\(over)"
  }

  /// Whether the phase at `index` ran a second or more past its minutes (its label ends in "+").
  static func isOverrun(_ timeline: SessionTimeline, index: Int) -> Bool {
    timeline.phases.indices.contains(index) && timeline.phases[index].overrunSeconds >= 1
  }

  /// The columns of each phase (separator included) in a bar `width` columns wide.
  static func widths(_ format: InterviewFormat, timeline: SessionTimeline, width: Int) -> [Int] {
    let count = format.phases.count
    guard count > 0 else { return [] }
    let least = 3
    let active = min(max(timeline.phaseIndex, 0), count - 1)
    let shares = proportional(format.phases.map(\.minutes), width: width)
    let needed = label(format, timeline: timeline, index: active).displayWidth + (active < count - 1 ? 1 : 0)
    guard needed > shares[active], count > 1 else { return shares }
    // The active phase takes what its label needs (leaving the others their number at
    // least); the others share the rest by their minutes.
    let activeWidth = min(needed, max(width - (count - 1) * least, shares[active]))
    var others = format.phases.map(\.minutes)
    others[active] = 0
    var rest = proportional(others, width: width - activeWidth, least: least, skipping: active)
    rest[active] = activeWidth
    return rest
  }

  /// Whole columns in proportion to `weights`, summing to `width`, each at least `least`
  /// (except the one skipped, which gets 0).
  static func proportional(_ weights: [Int], width: Int, least: Int = 1, skipping: Int? = nil) -> [Int] {
    let indices = weights.indices.filter { $0 != skipping }
    guard !indices.isEmpty else { return weights.map { _ in 0 } }
    let floor = min(least, width / indices.count)
    let spare = max(width - floor * indices.count, 0)
    let total = max(indices.reduce(0) { $0 + max(weights[$1], 0) }, 1)
    var result = weights.map { _ in 0 }
    var used = 0
    var cumulative = 0
    for (position, index) in indices.enumerated() {
      cumulative += max(weights[index], 0)
      let end = position == indices.count - 1 ? spare : spare * cumulative / total
      result[index] = floor + end - used
      used = end
    }
    return result
  }

  static func render(_ format: InterviewFormat, timeline: SessionTimeline, in rect: Rect, on canvas: inout Canvas) {
    var column = rect.column
    let widths = widths(format, timeline: timeline, width: rect.width)
    for (index, width) in widths.enumerated() where width > 0 {
      let role: StyleRole =
        index < timeline.phaseIndex ? .phaseDone : index == timeline.phaseIndex ? .phaseActive : .phaseUpcoming
      let isLast = index == format.phases.count - 1
      let room = max(width - (isLast ? 0 : 1), 0)
      let full = label(format, timeline: timeline, index: index)
      let number = " " + (index < timeline.phaseIndex ? "✓" : "\(index + 1)")
      let shown = full.displayWidth <= room || room >= number.count + 4 ? full.fittedText(toWidth: room) : number
      canvas.fill(Rect(row: rect.row, column: column, width: width, height: 1), role: role)
      canvas.write(shown, row: rect.row, column: column, role: role, maxWidth: room)
      if !isLast { canvas.write("│", row: rect.row, column: column + width - 1, role: .border) }
      column += width
    }
  }
}
