/// The bottom row: a status or banner if there is one, else the key hints of the context.
/// When the hints do not fit, the context's own give way from the last, then the scrolling
/// ones; the global ones (`? help`, `q quit`) always stay. With `isPaused` the hints read as
/// they do while the clock is paused ("p resume").
enum Footer {
  static func render(
    context: KeyContext, status: String?, isPaused: Bool = false, in rect: Rect, on canvas: inout Canvas
  ) {
    canvas.fill(rect, role: .status)
    if let status {
      canvas.write([Span(" " + status, role: .warning)], row: rect.row, column: rect.column, maxWidth: rect.width)
      return
    }
    canvas.render(row(for: context, isPaused: isPaused), in: rect)
  }

  static func row(for context: KeyContext, isPaused: Bool = false) -> PriorityRow {
    let hints = Keymap.footer(for: context, isPaused: isPaused)
    var parts = [PriorityRow.Part([Span(" ", role: .status)])]
    for (index, hint) in hints.enumerated() {
      let spans = [Span(hint.key, role: .key), Span(" \(hint.label)  ", role: .status)]
      // Own hints go first, last one first; then the scrolling ones; global ones never.
      let order: Int? =
        switch hint.context {
        case .global: nil
        case .panes: hints.count * 2 - index
        default: hints.count - index
        }
      parts.append(PriorityRow.Part(spans, dropOrder: order))
    }
    return PriorityRow(parts)
  }
}
