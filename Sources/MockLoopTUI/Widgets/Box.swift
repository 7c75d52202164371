extension Canvas {
  /// Draws a single-line border (─│┌┐└┘) around the edge of `rect`, with an
  /// optional title in the top edge, and returns the inner rectangle.
  ///
  /// The title is shown as " Title " from the third column, cut with "…" to
  /// fit. A rectangle smaller than 2 × 2 draws nothing. The inside is not cleared.
  @discardableResult
  public mutating func drawBox(
    in rect: Rect, title: String? = nil, role: StyleRole = .border, titleRole: StyleRole = .title
  ) -> Rect {
    let inner = rect.inset(by: 1)
    guard rect.width >= 2, rect.height >= 2 else { return inner }
    for (row, left, right) in [(rect.row, "┌", "┐"), (rect.bottom - 1, "└", "┘")] {
      write(left, row: row, column: rect.column, role: role)
      fill(Rect(row: row, column: rect.column + 1, width: rect.width - 2, height: 1), with: "─", role: role)
      write(right, row: row, column: rect.right - 1, role: role)
    }
    fill(Rect(row: inner.row, column: rect.column, width: 1, height: inner.height), with: "│", role: role)
    fill(Rect(row: inner.row, column: rect.right - 1, width: 1, height: inner.height), with: "│", role: role)
    if let title, !title.isEmpty, rect.width >= 5 {
      let shown = title.truncated(toWidth: rect.width - 4, ellipsis: true)
      write(" " + shown + " ", row: rect.row, column: rect.column + 1, role: titleRole)
    }
    return inner
  }
}

extension Canvas {
  /// Writes a mark such as a scroll position (" 13-30/41 ") into the bottom border of the box
  /// drawn in `rect`, right-aligned; nothing when the mark is nil or the box too narrow for it.
  public mutating func drawBorderMark(_ mark: String?, in rect: Rect, role: StyleRole = .muted) {
    guard let mark, rect.height >= 2 else { return }
    let text = " " + mark + " "
    guard text.displayWidth + 4 <= rect.width else { return }
    write(text, row: rect.bottom - 1, column: rect.right - 2 - text.displayWidth, role: role)
  }
}
