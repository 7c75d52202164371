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
  private var cells: CellGrid

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.cells = CellGrid(width: self.width, height: self.height)
  }

  /// The whole canvas as a rectangle at the origin.
  public var bounds: Rect { Rect(width: width, height: height) }

  /// The cell at a position; a blank cell outside the canvas.
  public subscript(row row: Int, column column: Int) -> Cell {
    guard isInside(row: row, column: column) else { return .blank }
    return cells[row: row, column: column]
  }

  /// The scalar of the character at a position when it is one scalar (most cells); nil for a
  /// continuation cell, a character of several scalars, or a position outside the canvas.
  /// For copying a frame out without making a `String` per cell.
  func scalar(row: Int, column: Int) -> Unicode.Scalar? {
    guard isInside(row: row, column: column) else { return nil }
    return cells.scalar(row: row, column: column)
  }

  /// The role of the cell at a position (`text` outside the canvas).
  func role(row: Int, column: Int) -> StyleRole {
    guard isInside(row: row, column: column) else { return .text }
    return cells.role(row: row, column: column)
  }

  /// Whether a row holds the same cells as that row of `other`, a canvas of the same size;
  /// false when the sizes differ or the row is outside.
  func row(_ row: Int, equals other: Canvas) -> Bool {
    guard width == other.width, height == other.height, row >= 0, row < height else { return false }
    return cells.row(row, equals: other.cells)
  }

  /// For each row, whether it holds the same cells as that row of `other` (as
  /// `row(_:equals:)` tells); all false when the sizes differ.
  func equalRows(to other: Canvas) -> [Bool] {
    guard width == other.width, height == other.height else { return Array(repeating: false, count: height) }
    return (0..<height).map { cells.row($0, equals: other.cells) }
  }

  /// For each column of a row, whether its cell certainly holds what that cell of `other`, a
  /// canvas of the same size, holds: the same character of one scalar (or the same half of a
  /// wide one) in the same role. False for a character of several scalars, whatever `other`
  /// holds; all false when the sizes differ or the row is outside.
  func sameCells(inRow row: Int, as other: Canvas) -> [Bool] {
    guard width == other.width, height == other.height, row >= 0, row < height else {
      return Array(repeating: false, count: width)
    }
    return (0..<width).map { cells.cell(row: row, column: $0, isSameAs: other.cells) }
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
    var pen = Pen(row: row, column: column, limit: min(width, maxWidth.map { column + max(0, $0) } ?? width))
    text.withUTF8Bytes { bytes in
      var reader = GraphemeReader(bytes)
      while pen.hasRoom, let grapheme = reader.next() {
        draw(grapheme, role: role, with: &pen)
      }
    }
    return pen.written
  }

  /// Writes characters as `write(_:row:column:role:maxWidth:)` writes those of a
  /// string; for text kept as characters, such as the notes editor's.
  @discardableResult
  mutating func write(
    characters: some Sequence<Character>, row: Int, column: Int, role: StyleRole = .text, maxWidth: Int? = nil
  ) -> Int {
    guard row >= 0, row < height else { return 0 }
    var pen = Pen(row: row, column: column, limit: min(width, maxWidth.map { column + max(0, $0) } ?? width))
    for character in characters {
      guard pen.hasRoom else { break }
      draw(Grapheme(character), role: role, with: &pen)
    }
    return pen.written
  }

  /// Fills a rectangle (clipped to the canvas) with a character in a role.
  ///
  /// A wide fill character that does not fit in the last column leaves a space there.
  public mutating func fill(_ rect: Rect, with character: Character = " ", role: StyleRole) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    let grapheme = Grapheme(character)
    let characterWidth = grapheme.displayWidth
    let count = area.width / max(1, characterWidth) + 1
    guard case .scalar(let scalar) = grapheme, GraphemeReader.isLoner(scalar.value) else {
      // Repeated, some characters join into others (regional indicators into flags).
      let line = String(repeating: character, count: count)
      for row in area.row..<area.bottom {
        write(line, row: row, column: area.column, role: role, maxWidth: area.width)
      }
      return
    }
    for row in area.row..<area.bottom {
      if characterWidth == 1 {
        // One cell per character, all inside the canvas: nothing to clip.
        for column in area.column..<area.right {
          cells.place(Glyph(scalar), width: 1, role: role, row: row, column: column)
        }
        continue
      }
      var pen = Pen(row: row, column: area.column, limit: area.right)
      for _ in 0..<count {
        guard pen.hasRoom else { break }
        draw(grapheme, role: role, with: &pen)
      }
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
      if cells.isContinuation(row: row, column: first) && first > 0 { first -= 1 }
      if last + 1 < width && cells.isContinuation(row: row, column: last + 1) { last += 1 }
      for column in first...last {
        cells.setRole(role, row: row, column: column)
      }
    }
  }

  /// Copies another canvas onto this one with its top-left corner at `origin`,
  /// clipped to this canvas. The other canvas's cursor, when set and inside this
  /// canvas, becomes this canvas's cursor.
  public mutating func draw(_ other: Canvas, at origin: Point) {
    guard origin.column >= 0 && origin.column + other.width <= width && !other.cells.hasClusters else {
      copyCells(of: other, at: origin)
      return
    }
    // The whole width fits: each row is copied at once (a remembered part of a screen).
    for sourceRow in 0..<other.height {
      let row = origin.row + sourceRow
      guard row >= 0, row < height else { continue }
      cells.place(rowOf: other.cells, row: sourceRow, column: 0, count: other.width, row: row, column: origin.column)
    }
    moveCursor(of: other, at: origin)
  }

  /// Draws another canvas as `draw(_:at:)` does, one cell at a time: for a canvas cut by an
  /// edge or holding characters of several scalars.
  mutating func copyCells(of other: Canvas, at origin: Point) {
    for sourceRow in 0..<other.height {
      let row = origin.row + sourceRow
      guard row >= 0, row < height else { continue }
      for sourceColumn in 0..<other.width {
        let column = origin.column + sourceColumn
        guard column < width else { break }
        let role = other.cells.role(row: sourceRow, column: sourceColumn)
        if other.cells.isContinuation(row: sourceRow, column: sourceColumn) {
          // Only reached when the wide character's first half fell left of this canvas.
          if column >= 0 && column - 1 < 0 {
            cells.place(.space, width: 1, role: role, row: row, column: column)
          }
          continue
        }
        guard column >= 0 else { continue }
        let cellWidth =
          sourceColumn + 1 < other.width && other.cells.isContinuation(row: sourceRow, column: sourceColumn + 1)
          ? 2 : 1
        if column + cellWidth > width {
          cells.place(.space, width: 1, role: role, row: row, column: column)
        } else {
          cells.place(
            copyOf: other.cells, row: sourceRow, column: sourceColumn, width: cellWidth, row: row, column: column)
        }
      }
    }
    moveCursor(of: other, at: origin)
  }

  /// Takes the cursor of a canvas drawn at `origin`, when it has one inside this canvas.
  private mutating func moveCursor(of other: Canvas, at origin: Point) {
    if let otherCursor = other.cursor {
      let moved = Point(row: otherCursor.row + origin.row, column: otherCursor.column + origin.column)
      if bounds.contains(moved) { cursor = moved }
    }
  }

  /// The rows as text, each exactly `width` columns wide (continuation cells add nothing).
  public func textLines() -> [String] {
    (0..<height).map { cells.text(ofRow: $0) }
  }

  /// The rows as text joined by newlines; rows keep their full width.
  public func text() -> String {
    textLines().joined(separator: "\n")
  }

  /// One `StyleRole.code` per column, rows joined by newlines; a wide
  /// character's continuation cell repeats its role's code.
  public func styleLayer() -> String {
    (0..<height).map { cells.roleCodes(ofRow: $0) }.joined(separator: "\n")
  }

  // MARK: - Drawing characters

  /// Where the next character of a line goes, and how many columns were written.
  private struct Pen {
    let row: Int
    /// The column of the next character; left of the canvas while clipped there.
    var column: Int
    /// The first column not to write.
    let limit: Int
    var written = 0

    init(row: Int, column: Int, limit: Int) {
      self.row = row
      self.column = column
      self.limit = limit
    }

    var hasRoom: Bool { column < limit }
  }

  /// Draws one character at the pen, which has room for it, and moves the pen on,
  /// by the rules of `write`.
  @inline(__always)
  private mutating func draw(_ grapheme: Grapheme, role: StyleRole, with pen: inout Pen) {
    if case .scalar(let scalar) = grapheme, (0x20..<0x7F).contains(scalar.value), pen.column >= 0 {
      // Printable ASCII, the common case: one column, known to be free.
      cells.place(Glyph(scalar), width: 1, role: role, row: pen.row, column: pen.column)
      pen.written += 1
      pen.column += 1
      return
    }
    drawSlowly(grapheme, role: role, with: &pen)
  }

  private mutating func drawSlowly(_ grapheme: Grapheme, role: StyleRole, with pen: inout Pen) {
    var characterWidth = grapheme.displayWidth
    var shown = grapheme
    if characterWidth == 0 {
      guard grapheme.isControl else { return }
      shown = .scalar("?")
      characterWidth = 1
    }
    if pen.column + characterWidth > pen.limit {
      shown = .scalar(" ")
      characterWidth = 1
    }
    if pen.column >= 0 {
      switch shown {
      case .scalar(let scalar):
        cells.place(Glyph(scalar), width: characterWidth, role: role, row: pen.row, column: pen.column)
      case .cluster(let character):
        cells.place(cluster: String(character), width: characterWidth, role: role, row: pen.row, column: pen.column)
      }
      pen.written += characterWidth
    } else if pen.column + characterWidth > 0 {
      // A wide character cut by the left edge: its visible half becomes a space.
      cells.place(.space, width: 1, role: role, row: pen.row, column: 0)
      pen.written += 1
    }
    pen.column += characterWidth
  }

  private func isInside(row: Int, column: Int) -> Bool {
    row >= 0 && row < height && column >= 0 && column < width
  }
}
