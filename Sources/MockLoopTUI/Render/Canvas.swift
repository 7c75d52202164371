/// A width × height grid of cells that screens and widgets draw into; the
/// terminal copies it to the screen and tests compare it with golden files.
///
/// Invariants: every cell holds one character of display width 1, or a wide
/// character (width 2) followed by exactly one continuation cell; nothing is
/// ever drawn outside the grid (writes are clipped); control characters are
/// never stored.
public struct Canvas: Sendable, Equatable {
  public let width: Int
  public let height: Int
  /// Where the terminal should show its cursor; `nil` hides it.
  public var cursor: Point?
  private var cells: [Cell]

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The whole canvas as a rectangle at the origin.
  public var bounds: Rect { Rect(width: width, height: height) }

  /// The cell at a position; a blank cell outside the canvas.
  public subscript(row row: Int, column column: Int) -> Cell {
    guard isInside(row: row, column: column) else { return .blank }
    return cells[row * width + column]
  }

  /// Writes one line of text starting at a position and returns the number of
  /// columns written.
  ///
  /// The text is clipped to the canvas and to `maxWidth` columns. A wide
  /// character that does not fit at the right edge becomes a space; writing
  /// over half of a wide character blanks its other half; control characters
  /// (newlines and tabs included) are drawn as "?"; zero-width characters are
  /// skipped. Columns left of the canvas are skipped but count toward `maxWidth`.
  @discardableResult
  public mutating func write(
    _ text: some StringProtocol, row: Int, column: Int, role: StyleRole = .text,
    maxWidth: Int? = nil
  ) -> Int {
    guard row >= 0, row < height else { return 0 }
    let limit = min(width, maxWidth.map { column + max(0, $0) } ?? width)
    var position = column
    var written = 0
    for character in text {
      guard position < limit else { break }
      var grapheme = String(character)
      var characterWidth = character.displayWidth
      if characterWidth == 0 {
        guard Self.isControl(character) else { continue }
        grapheme = "?"
        characterWidth = 1
      }
      if position + characterWidth > limit {
        grapheme = " "
        characterWidth = 1
      }
      if position >= 0 {
        place(grapheme, width: characterWidth, role: role, row: row, column: position)
        written += characterWidth
      } else if position + characterWidth > 0 {
        // A wide character cut by the left edge: its visible half becomes a space.
        place(" ", width: 1, role: role, row: row, column: 0)
        written += 1
      }
      position += characterWidth
    }
    return written
  }

  /// Fills a rectangle (clipped to the canvas) with a character in a role.
  ///
  /// A wide fill character that does not fit in the last column leaves a space there.
  public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let characterWidth = max(1, character.displayWidth)
    let line = String(repeating: character, count: area.width / characterWidth + 1)
    for row in area.row..<area.bottom {
      write(line, row: row, column: area.column, role: role, maxWidth: area.width)
    }
  }

  /// Changes the role of every cell in a rectangle, keeping the characters.
  ///
  /// A wide character cut by the rectangle's edge changes as a whole.
  public mutating func setRole(_ role: StyleRole, in rect: Rect) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for row in area.row..<area.bottom {
      var first = area.column
      var last = area.right - 1
      if cells[index(row, first)].isContinuation && first > 0 { first -= 1 }
      if last + 1 < width && cells[index(row, last + 1)].isContinuation { last += 1 }
      for column in first...last {
        cells[index(row, column)].role = role
      }
    }
  }

  /// Copies another canvas onto this one with its top-left corner at `origin`,
  /// clipped to this canvas. The other canvas's cursor, when set and inside this
  /// canvas, becomes this canvas's cursor.
  public mutating func draw(_ other: Canvas, at origin: Point) {
    for sourceRow in 0..<other.height {
      let row = origin.row + sourceRow
      guard row >= 0, row < height else { continue }
      for sourceColumn in 0..<other.width {
        let column = origin.column + sourceColumn
        let cell = other.cells[other.index(sourceRow, sourceColumn)]
        guard column < width else { break }
        if cell.isContinuation {
          // Only reached when the wide character's first half fell left of this canvas.
          if column >= 0 && column - 1 < 0 {
            place(" ", width: 1, role: cell.role, row: row, column: column)
          }
          continue
        }
        guard column >= 0 else { continue }
        let cellWidth =
          sourceColumn + 1 < other.width
            && other.cells[other.index(sourceRow, sourceColumn + 1)].isContinuation ? 2 : 1
        if column + cellWidth > width {
          place(" ", width: 1, role: cell.role, row: row, column: column)
        } else {
          place(cell.grapheme, width: cellWidth, role: cell.role, row: row, column: column)
        }
      }
    }
    if let otherCursor = other.cursor {
      let moved = Point(row: otherCursor.row + origin.row, column: otherCursor.column + origin.column)
      if bounds.contains(moved) { cursor = moved }
    }
  }

  /// The rows as text, each exactly `width` columns wide (continuation cells add nothing).
  public func textLines() -> [String] {
    (0..<height).map { row in
      var line = ""
      for column in 0..<width { line += cells[index(row, column)].grapheme }
      return line
    }
  }

  /// The rows as text joined by newlines; rows keep their full width.
  public func text() -> String {
    textLines().joined(separator: "\n")
  }

  /// One `StyleRole.code` per column, rows joined by newlines; a wide
  /// character's continuation cell repeats its role's code.
  public func styleLayer() -> String {
    (0..<height).map { row in
      String((0..<width).map { cells[index(row, $0)].role.code })
    }.joined(separator: "\n")
  }

  // MARK: - Cell placement

  private func isInside(row: Int, column: Int) -> Bool {
    row >= 0 && row < height && column >= 0 && column < width
  }

  private func index(_ row: Int, _ column: Int) -> Int {
    row * width + column
  }

  /// Stores a grapheme of width 1 or 2 whose columns are known to be inside the
  /// canvas, first blanking the halves of wide characters it would break.
  private mutating func place(_ grapheme: String, width cellWidth: Int, role: StyleRole, row: Int, column: Int) {
    let first = index(row, column)
    let last = column + cellWidth - 1
    if cells[first].isContinuation && column > 0 {
      cells[first - 1].grapheme = " "
    }
    if last + 1 < width && cells[index(row, last + 1)].isContinuation {
      cells[index(row, last + 1)].grapheme = " "
    }
    cells[first] = Cell(grapheme: grapheme, role: role)
    if cellWidth == 2 {
      cells[first + 1] = Cell(grapheme: "", role: role)
    }
  }

  private static func isControl(_ character: Character) -> Bool {
    character.unicodeScalars.first?.properties.generalCategory == .control
  }
}
