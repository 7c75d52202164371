extension NotesEditor {
  /// A visual row named by its logical line and its index among that line's rows.
  struct RowAddress: Sendable, Hashable, Comparable {
    var line: Int
    var row: Int

    static func < (lhs: RowAddress, rhs: RowAddress) -> Bool {
      (lhs.line, lhs.row) < (rhs.line, rhs.row)
    }
  }

  /// Every visual row of the text wrapped at `width` columns, in order.
  ///
  /// Rows break after spaces or next to wide characters, and inside words longer than
  /// a row. Joining each line's rows, and the lines with "\n", gives back `text`. A row
  /// is at most `width` columns wide, with one exception: a character wider than
  /// `width` (a CJK character or an emoji at width 1) gets a row of its own. A line
  /// whose last row is full ends with an empty row, where the cursor goes at the end
  /// of the line, so the cursor's column is always less than `width`.
  public func visualRows(width: Int) -> [VisualRow] {
    var result: [VisualRow] = []
    for (line, characters) in buffer.lines.enumerated() {
      for row in SoftWrap.rows(of: characters, width: width) {
        result.append(
          VisualRow(line: line, columns: row.columns, text: String(characters[row.columns]), width: row.width))
      }
    }
    return result
  }

  /// The cursor's place in the text wrapped at `width`: the index of its visual row
  /// among all rows (as in `visualRows(width:)`) and its display column on that row.
  public func cursorScreenPosition(width: Int) -> (row: Int, column: Int) {
    let rows = layout(ofLine: cursor.line, width: width)
    let index = SoftWrap.rowIndex(ofColumn: cursor.column, in: rows)
    return (rowsBefore(line: cursor.line, width: width) + index, displayColumn(of: cursor, in: rows[index]))
  }

  /// The scroll offset: the index, among all visual rows at `width`, of the first row
  /// shown. It is kept as a line and a row of that line, so it is meaningful for the
  /// width last given to `apply` or `scrollToCursor`.
  public func scrollOffset(width: Int) -> Int {
    let address = clampedScroll(width: width)
    return rowsBefore(line: address.line, width: width) + address.row
  }

  /// Scrolls as little as needed for the cursor to be visible in a view `viewHeight`
  /// rows high; `apply` does this after every command, a resized view may call it
  /// directly.
  public mutating func scrollToCursor(layoutWidth: Int, viewHeight: Int) {
    let width = max(layoutWidth, 1)
    let height = max(viewHeight, 1)
    let cursorRows = layout(ofLine: cursor.line, width: width)
    let target = RowAddress(line: cursor.line, row: SoftWrap.rowIndex(ofColumn: cursor.column, in: cursorRows))
    let topLine = min(max(scroll.line, 0), buffer.lines.count - 1)
    var rows = topLine == cursor.line ? cursorRows : layout(ofLine: topLine, width: width)
    let top = RowAddress(line: topLine, row: min(max(scroll.row, 0), rows.count - 1))
    if target <= top {
      scroll = target
      return
    }
    var address = top
    var distance = 0
    while distance < height - 1 && address < target, let next = row(after: address, rows: &rows, width: width) {
      address = next
      distance += 1
    }
    if address == target {
      scroll = top
      return
    }
    address = target
    rows = cursorRows
    for _ in 0..<(height - 1) {
      guard let previous = row(before: address, rows: &rows, width: width) else { break }
      address = previous
    }
    scroll = address
  }

  /// The rows of one logical line.
  func layout(ofLine line: Int, width: Int) -> [SoftWrap.Row] {
    SoftWrap.rows(of: buffer.lines[line], width: width)
  }

  /// The number of visual rows of the lines before `line`.
  func rowsBefore(line: Int, width: Int) -> Int {
    buffer.lines[..<line].reduce(0) { $0 + SoftWrap.rows(of: $1, width: width).count }
  }

  /// The scroll position made valid for the current text at `width`.
  func clampedScroll(width: Int) -> RowAddress {
    let line = min(max(scroll.line, 0), buffer.lines.count - 1)
    let rowCount = layout(ofLine: line, width: width).count
    return RowAddress(line: line, row: min(max(scroll.row, 0), rowCount - 1))
  }

  /// The visual row after `address`, nil after the last. `rows` is the layout of
  /// `address.line` and becomes that of the returned row's line.
  func row(after address: RowAddress, rows: inout [SoftWrap.Row], width: Int) -> RowAddress? {
    if address.row + 1 < rows.count { return RowAddress(line: address.line, row: address.row + 1) }
    guard address.line + 1 < buffer.lines.count else { return nil }
    rows = layout(ofLine: address.line + 1, width: width)
    return RowAddress(line: address.line + 1, row: 0)
  }

  /// The visual row before `address`, nil before the first. `rows` is the layout of
  /// `address.line` and becomes that of the returned row's line.
  func row(before address: RowAddress, rows: inout [SoftWrap.Row], width: Int) -> RowAddress? {
    if address.row > 0 { return RowAddress(line: address.line, row: address.row - 1) }
    guard address.line > 0 else { return nil }
    rows = layout(ofLine: address.line - 1, width: width)
    return RowAddress(line: address.line - 1, row: rows.count - 1)
  }
}
