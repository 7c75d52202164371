/// Shown instead of any screen when the terminal is smaller than the layouts need.
enum TooSmallScreen {
  static func render(width: Int, height: Int, on canvas: inout Canvas) {
    let message =
      "Terminal too small: \(width)x\(height). MockLoop needs at least \(AppState.minimumWidth)x\(AppState.minimumHeight). "
      + "The clock keeps running; enlarge the window to come back."
    let lines = wrapped(message, width: max(width, 1))
    let top = max(0, (height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let column = max(0, (width - line.displayWidth) / 2)
      canvas.write(line, row: top + index, column: column, role: index == 0 ? .warning : .text)
    }
  }
}
