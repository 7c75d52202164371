/// The cells of a `Canvas`, stored compactly: a four-byte `Glyph` and a one-byte role
/// per cell, row after row, plus the text of the few characters made of several scalars.
/// Making, filling and comparing a frame so touches a few bytes per cell, not a `String`.
///
/// Positions are known to be inside the grid: `Canvas` clips before it calls.
struct CellGrid: Sendable {
  let width: Int
  private var glyphs: [Glyph]
  private var roles: [StyleRole]
  /// The text of the cells holding a character of several scalars, indexed by their
  /// glyphs. Overwritten cells leave their entries behind: a canvas lives for a frame.
  private var clusters: [String] = []

  init(width: Int, height: Int) {
    self.width = width
    glyphs = Array(repeating: .space, count: width * height)
    roles = Array(repeating: .text, count: width * height)
  }

  subscript(row row: Int, column column: Int) -> Cell {
    let index = index(row, column)
    return Cell(grapheme: grapheme(of: glyphs[index]), role: roles[index])
  }

  func isContinuation(row: Int, column: Int) -> Bool {
    glyphs[index(row, column)] == .continuation
  }

  func role(row: Int, column: Int) -> StyleRole {
    roles[index(row, column)]
  }

  /// The scalar of a cell holding a character of one scalar; nil for a continuation cell or a
  /// character of several scalars. Reads no `String`.
  func scalar(row: Int, column: Int) -> Unicode.Scalar? {
    glyphs[index(row, column)].scalar
  }

  /// Whether a row holds the same cells as the same row of `other` (of the same width),
  /// compared like `==` compares grids, without making a `String` for a one-scalar cell.
  func row(_ row: Int, equals other: CellGrid) -> Bool {
    let start = index(row, 0)
    for index in start..<start + width {
      guard roles[index] == other.roles[index] else { return false }
      let left = glyphs[index]
      let right = other.glyphs[index]
      if left == right && left.clusterIndex == nil { continue }
      if grapheme(of: left) != other.grapheme(of: right) { return false }
    }
    return true
  }

  mutating func setRole(_ role: StyleRole, row: Int, column: Int) {
    roles[index(row, column)] = role
  }

  /// The text of a row, continuation cells adding nothing.
  func text(ofRow row: Int) -> String {
    var text = ""
    text.reserveCapacity(width)
    for index in index(row, 0)..<index(row, width) {
      let glyph = glyphs[index]
      if let scalar = glyph.scalar {
        text.unicodeScalars.append(scalar)
      } else if let cluster = cluster(of: glyph) {
        text += cluster
      }
    }
    return text
  }

  /// The style-layer codes of a row's roles.
  func roleCodes(ofRow row: Int) -> String {
    String(roles[index(row, 0)..<index(row, width)].map(\.code))
  }

  // MARK: - Placing characters

  /// Stores a character of width 1 or 2 at a position, first blanking the halves of
  /// wide characters it would break.
  mutating func place(_ glyph: Glyph, width cellWidth: Int, role: StyleRole, row: Int, column: Int) {
    let index = index(row, column)
    if glyphs[index] == .continuation && column > 0 {
      glyphs[index - 1] = .space
    }
    if column + cellWidth < width && glyphs[index + cellWidth] == .continuation {
      glyphs[index + cellWidth] = .space
    }
    glyphs[index] = glyph
    roles[index] = role
    if cellWidth == 2 {
      glyphs[index + 1] = .continuation
      roles[index + 1] = role
    }
  }

  /// Stores a character of several scalars like `place(_:width:role:row:column:)`.
  mutating func place(cluster: String, width cellWidth: Int, role: StyleRole, row: Int, column: Int) {
    clusters.append(cluster)
    place(Glyph(clusterIndex: clusters.count - 1), width: cellWidth, role: role, row: row, column: column)
  }

  /// Stores the character and role of another grid's cell like `place(_:width:role:row:column:)`.
  mutating func place(
    copyOf source: CellGrid, row sourceRow: Int, column sourceColumn: Int, width cellWidth: Int,
    row: Int, column: Int
  ) {
    let glyph = source.glyphs[source.index(sourceRow, sourceColumn)]
    let role = source.role(row: sourceRow, column: sourceColumn)
    if let cluster = source.cluster(of: glyph) {
      place(cluster: cluster, width: cellWidth, role: role, row: row, column: column)
    } else {
      place(glyph, width: cellWidth, role: role, row: row, column: column)
    }
  }

  // MARK: - Storage

  private func index(_ row: Int, _ column: Int) -> Int {
    row * width + column
  }

  /// The text a glyph stands for: its character, or "" for a continuation cell.
  private func grapheme(of glyph: Glyph) -> String {
    if let scalar = glyph.scalar { return String(scalar) }
    return cluster(of: glyph) ?? ""
  }

  private func cluster(of glyph: Glyph) -> String? {
    glyph.clusterIndex.map { clusters[$0] }
  }
}

extension CellGrid: Equatable {
  /// Grids are equal when their cells are, compared like `Cell`s: characters by
  /// Unicode canonical equivalence, so "é" equals "e\u{301}".
  static func == (lhs: CellGrid, rhs: CellGrid) -> Bool {
    guard lhs.width == rhs.width, lhs.roles == rhs.roles else { return false }
    for index in lhs.glyphs.indices {
      let left = lhs.glyphs[index]
      let right = rhs.glyphs[index]
      if left == right && left.clusterIndex == nil { continue }
      if lhs.grapheme(of: left) != rhs.grapheme(of: right) { return false }
    }
    return true
  }
}
