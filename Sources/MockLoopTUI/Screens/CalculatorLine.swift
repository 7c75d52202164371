import MockLoopKit

/// The calculator drawn over the bottom of the notes box: the line being typed, then the
/// result, or the error with a caret under its column.
enum CalculatorLine {
  static func render(_ calculator: CalculatorState, over notes: Rect, on canvas: inout Canvas) {
    let height = min(5, notes.height)
    guard height >= 3, notes.width >= 12 else { return }
    let rect = Rect(row: notes.bottom - height, column: notes.column, width: notes.width, height: height)
    canvas.fill(rect, role: .text)
    let inner = canvas.drawBox(in: rect, title: "Calculator", role: .accent)
    let width = max(inner.width - 3, 1)
    // The end of a long line stays in view.
    let shown = String(calculator.input.suffix(max(width - 1, 1)))
    let offset = calculator.input.count - shown.count
    canvas.write([Span("= ", role: .key), Span(shown)], row: inner.row, column: inner.column + 1, maxWidth: width + 2)
    canvas.cursor = Point(row: inner.row, column: inner.column + 3 + shown.displayWidth)
    guard inner.height >= 2 else { return }
    if let result = calculator.result {
      canvas.write(
        [Span("→ ", role: .muted), Span(result.text, role: .success)], row: inner.row + 1, column: inner.column + 1,
        maxWidth: inner.width - 1)
    } else if let error = calculator.error {
      let column = error.column - 1 - offset
      let fits = column + 2 + error.message.displayWidth <= inner.width - 3
      if column >= 0, column < width, error.kind == .syntax || error.kind == .divisionByZero {
        canvas.write("^", row: inner.row + 1, column: inner.column + 3 + column, role: .error)
        if fits {
          canvas.write(error.message, row: inner.row + 1, column: inner.column + 5 + column, role: .error)
        } else if inner.height >= 3 {
          canvas.write(
            error.message, row: inner.row + 2, column: inner.column + 1, role: .error, maxWidth: inner.width - 1)
          return
        }
      } else {
        canvas.write(
          error.description, row: inner.row + 1, column: inner.column + 1, role: .error, maxWidth: inner.width - 1)
      }
    } else if inner.height >= 2 {
      canvas.write(
        "e.g. 100M req/day in /s · 3 TB * 3 in PB · 20M * 5 Mbps in Tbps", row: inner.row + 1,
        column: inner.column + 1, role: .muted, maxWidth: inner.width - 1)
    }
    if inner.height >= 3, let last = calculator.history.last, calculator.result == nil || calculator.history.count > 1 {
      let earlier = calculator.result == nil ? last : calculator.history[max(calculator.history.count - 2, 0)]
      canvas.write(
        "last: " + earlier.line, row: inner.row + 2, column: inner.column + 1, role: .muted, maxWidth: inner.width - 1)
    }
  }
}
