extension NotesEditor {
  /// Draws the visible rows, wrapped at the rectangle's width from the scroll
  /// position, into `rect`; draws `placeholder` (in `.muted`) instead when the
  /// text is empty. When focused, puts the canvas's cursor at the editor's cursor
  /// if that is in view.
  ///
  /// Call `apply` (or `scrollToCursor`) with the rectangle's size beforehand so that
  /// the scroll position keeps the cursor in view.
  public func render(into canvas: inout Canvas, in rect: Rect, isFocused: Bool, placeholder: String) {
    guard !rect.isEmpty else { return }
    if isEmpty {
      canvas.write(
        placeholder.truncated(toWidth: rect.width, ellipsis: true), row: rect.row, column: rect.column,
        role: .muted, maxWidth: rect.width)
      if isFocused { canvas.cursor = rect.origin }
      return
    }
    let cursorRows = layout(ofLine: cursor.line, width: rect.width)
    let cursorRow = SoftWrap.rowIndex(ofColumn: cursor.column, in: cursorRows)
    let cursorAddress = RowAddress(line: cursor.line, row: cursorRow)
    var address = clampedScroll(width: rect.width)
    var rows = layout(ofLine: address.line, width: rect.width)
    for screenRow in rect.row..<rect.bottom {
      let row = rows[address.row]
      canvas.write(
        characters: buffer.lines[address.line][row.columns], row: screenRow, column: rect.column, role: .text,
        maxWidth: rect.width)
      if isFocused && address == cursorAddress {
        canvas.cursor = Point(row: screenRow, column: rect.column + displayColumn(of: cursor, in: row))
      }
      guard let next = self.row(after: address, rows: &rows, width: rect.width) else { break }
      address = next
    }
  }
}

extension NotesEditor {
  /// "ln 12/41" (the cursor's line, of all the lines) once the notes no longer fit a view
  /// `viewHeight` rows high or it has scrolled; nil while everything shows.
  public func linePosition(viewHeight: Int) -> String? {
    let count = buffer.lines.count
    guard count > viewHeight || scroll != RowAddress(line: 0, row: 0) else { return nil }
    return "ln \(cursor.line + 1)/\(count)"
  }
}
