import CNcurses

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension NcursesTerminal {
  /// Copies the canvas into ncurses' screen and lets ncurses send the changed cells.
  public func draw(_ canvas: Canvas) {
    guard isActive else { return }
    let screen = ml_stdscr()
    let lines = Int(ml_lines())
    let columns = Int(ml_cols())
    let erases = canvas.width < columns || canvas.height < lines
    if erases { werase(screen) }
    // Rows equal to the ones drawn last time are already in ncurses' screen: skip them. While a
    // mock runs, only the timer rows change each second.
    let previous =
      erases
      ? nil
      : lastDrawn.flatMap { last in
        last.canvas.width == canvas.width && last.canvas.height == canvas.height && last.lines == lines
          && last.columns == columns ? last.canvas : nil
      }
    lastDrawn = (canvas, lines, columns)
    let equalRows = previous.map { canvas.equalRows(to: $0) } ?? []
    var cached: (role: StyleRole, look: CellLook)?
    for row in 0..<min(lines, canvas.height) {
      if row < equalRows.count && equalRows[row] { continue }
      // A cell the last frame drew the same is already on ncurses' screen: a tick changes a
      // few digits of the timer row, not the row.
      let unchanged = previous.map { canvas.sameCells(inRow: row, as: $0) } ?? []
      var column = 0
      let lastColumn = min(columns, canvas.width)
      while column < lastColumn {
        if column < unchanged.count && unchanged[column] {
          column += 1
          continue
        }
        let role = canvas.role(row: row, column: column)
        let look: CellLook
        if let cached, cached.role == role {
          look = cached.look
        } else {
          look = looks[role] ?? CellLook(attributes: 0, pair: 0)
          cached = (role, look)
        }
        // Printable ASCII, most of every frame, is one column and needs no `String`.
        if let scalar = canvas.scalar(row: row, column: column), (0x20..<0x7F).contains(scalar.value) {
          putASCII(wchar_t(scalar.value), look: look, row: row, column: column)
          column += 1
          continue
        }
        let cell = canvas[row: row, column: column]
        if cell.isContinuation {
          column += 1
          continue
        }
        let cellWidth = canvas[row: row, column: column + 1].isContinuation && column + 1 < canvas.width ? 2 : 1
        if column + cellWidth > columns {
          // Half of a wide character past the screen's edge: ncurses would wrap it.
          put(" ", width: 1, look: look, row: row, column: column)
        } else {
          put(cell.grapheme, width: cellWidth, look: look, row: row, column: column)
        }
        column += cellWidth
      }
    }
    if let cursor = canvas.cursor, cursor.row < lines, cursor.column < columns, cursor.row >= 0, cursor.column >= 0 {
      wmove(screen, Int32(cursor.row), Int32(cursor.column))
      setCursorVisible(true)
    } else {
      setCursorVisible(false)
    }
    wnoutrefresh(screen)
    doupdate()
  }

  /// Draws one grapheme of `width` columns (1 or 2), in a form the terminal and
  /// ncurses agree on the width of (see `TerminalGlyph`).
  private func put(_ grapheme: String, width: Int, look: CellLook, row: Int, column: Int) {
    // Printable ASCII is its own glyph of one column.
    if width == 1, grapheme.utf8.count == 1, let byte = grapheme.utf8.first, (0x20..<0x7F).contains(byte) {
      putASCII(wchar_t(byte), look: look, row: row, column: column)
      return
    }
    let glyphs = TerminalGlyph.glyphs(for: grapheme, width: width, systemWidth: { Int(ml_wcwidth($0)) })
    var position = column
    for glyph in glyphs {
      cellCharacters.removeAll(keepingCapacity: true)
      for scalar in glyph.scalars { cellCharacters.append(wchar_t(bitPattern: scalar)) }
      cellCharacters.append(0)
      addCell(look: look, row: row, column: position)
      position += glyph.width
    }
  }

  /// Draws one printable ASCII character.
  private func putASCII(_ character: wchar_t, look: CellLook, row: Int, column: Int) {
    cellCharacters.removeAll(keepingCapacity: true)
    cellCharacters.append(character)
    cellCharacters.append(0)
    addCell(look: look, row: row, column: column)
  }

  /// Writes `cellCharacters` (a base character, its combining marks and a 0) as one cell.
  private func addCell(look: CellLook, row: Int, column: Int) {
    var character = cchar_t()
    cellCharacters.withUnsafeBufferPointer { characters in
      _ = setcchar(&character, characters.baseAddress, look.attributes, look.pair, nil)
    }
    _ = mvwadd_wch(ml_stdscr(), Int32(row), Int32(column), &character)
  }
}
