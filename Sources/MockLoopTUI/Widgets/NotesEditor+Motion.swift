extension NotesEditor {
  /// One character back, or the end of the previous line from a line start.
  func position(before position: TextPosition) -> TextPosition {
    if position.column > 0 { return TextPosition(line: position.line, column: position.column - 1) }
    if position.line > 0 {
      return TextPosition(line: position.line - 1, column: buffer.lines[position.line - 1].count)
    }
    return position
  }

  /// One character on, or the start of the next line from a line end.
  func position(after position: TextPosition) -> TextPosition {
    if position.column < buffer.lines[position.line].count {
      return TextPosition(line: position.line, column: position.column + 1)
    }
    if position.line < buffer.lines.count - 1 { return TextPosition(line: position.line + 1, column: 0) }
    return position
  }

  /// The start of the word before `position`: back over spaces, then over a run of
  /// word characters or a run of punctuation. A line start steps to the previous
  /// line's end, as if the line break were a word of its own.
  func wordStart(before position: TextPosition) -> TextPosition {
    guard position.column > 0 else { return self.position(before: position) }
    let characters = buffer.lines[position.line]
    var column = position.column
    while column > 0 && characters[column - 1].isWhitespace { column -= 1 }
    if column > 0 {
      let kind = WordKind(characters[column - 1])
      while column > 0 && WordKind(characters[column - 1]) == kind { column -= 1 }
    }
    return TextPosition(line: position.line, column: column)
  }

  /// The end of the word after `position`, mirroring `wordStart(before:)`.
  func wordEnd(after position: TextPosition) -> TextPosition {
    let characters = buffer.lines[position.line]
    guard position.column < characters.count else { return self.position(after: position) }
    var column = position.column
    while column < characters.count && characters[column].isWhitespace { column += 1 }
    if column < characters.count {
      let kind = WordKind(characters[column])
      while column < characters.count && WordKind(characters[column]) == kind { column += 1 }
    }
    return TextPosition(line: position.line, column: column)
  }

  /// Moves the cursor `delta` visual rows down (up when negative), aiming for the
  /// preferred display column; from the first or last row it goes to the start or end
  /// of the text. Returns the number of rows moved.
  @discardableResult
  mutating func moveVertically(by delta: Int, width: Int) -> Int {
    var rows = layout(ofLine: cursor.line, width: width)
    var address = RowAddress(line: cursor.line, row: SoftWrap.rowIndex(ofColumn: cursor.column, in: rows))
    let column = preferredColumn ?? displayColumn(of: cursor, in: rows[address.row])
    var moved = 0
    while moved < abs(delta) {
      let next =
        delta > 0 ? row(after: address, rows: &rows, width: width) : row(before: address, rows: &rows, width: width)
      guard let next else { break }
      address = next
      moved += 1
    }
    guard moved > 0 else {
      cursor = delta > 0 ? buffer.end : .start
      preferredColumn = nil
      return 0
    }
    let isLastRow = address.row == rows.count - 1
    cursor = position(atDisplayColumn: column, in: rows[address.row], line: address.line, isLastRow: isLastRow)
    preferredColumn = column
    return moved
  }

  /// Moves the cursor a page and scrolls the view by as many rows, so the cursor
  /// keeps its place on screen.
  mutating func page(by delta: Int, width: Int) {
    let moved = moveVertically(by: delta, width: width)
    var address = clampedScroll(width: width)
    var rows = layout(ofLine: address.line, width: width)
    for _ in 0..<moved {
      let next =
        delta > 0 ? row(after: address, rows: &rows, width: width) : row(before: address, rows: &rows, width: width)
      guard let next else { break }
      address = next
    }
    scroll = address
  }

  /// The display column of `position` on `row`, the row holding it.
  func displayColumn(of position: TextPosition, in row: SoftWrap.Row) -> Int {
    buffer.lines[position.line][row.columns.lowerBound..<position.column].reduce(0) { $0 + SoftWrap.width(of: $1) }
  }

  /// The position on `row` of `line` nearest to `displayColumn` without passing it.
  /// Only the last row of a line offers the column after its last character; on
  /// other rows that column belongs to the next row.
  func position(atDisplayColumn displayColumn: Int, in row: SoftWrap.Row, line: Int, isLastRow: Bool) -> TextPosition {
    let characters = buffer.lines[line]
    let lastColumn = isLastRow ? row.columns.upperBound : max(row.columns.upperBound - 1, row.columns.lowerBound)
    var column = row.columns.lowerBound
    var used = 0
    while column < lastColumn && used + SoftWrap.width(of: characters[column]) <= displayColumn {
      used += SoftWrap.width(of: characters[column])
      column += 1
    }
    return TextPosition(line: line, column: column)
  }

  /// How word moves group characters.
  enum WordKind: Equatable {
    case space, word, punctuation

    init(_ character: Character) {
      if character.isWhitespace {
        self = .space
      } else if character.isLetter || character.isNumber || character == "_" {
        self = .word
      } else if character.isPunctuation || character.isSymbol {
        self = .punctuation
      } else {
        self = .word
      }
    }
  }
}
