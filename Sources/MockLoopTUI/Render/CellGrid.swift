import Foundation

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
    // Most rows of a frame are the last frame's: their bytes match, and without a character
    // of several scalars on either side that settles it.
    if clusters.isEmpty && other.clusters.isEmpty
      && Self.bytesEqual(roles, other.roles, in: start..<start + width)
      && Self.bytesEqual(glyphs, other.glyphs, in: start..<start + width)
    {
      return true
    }
    for index in start..<start + width {
      guard roles[index] == other.roles[index] else { return false }
      let left = glyphs[index]
      let right = other.glyphs[index]
      if left == right && left.clusterIndex == nil { continue }
      if grapheme(of: left) != other.grapheme(of: right) { return false }
    }
    return true
  }

  /// Whether a cell holds the same one-scalar character (or continuation) and role as that
  /// cell of `other` (of the same width), compared by bits: false for a character of several
  /// scalars, and for canonically equivalent but different scalars.
  func cell(row: Int, column: Int, isSameAs other: CellGrid) -> Bool {
    let index = index(row, column)
    return roles[index] == other.roles[index] && glyphs[index] == other.glyphs[index]
      && glyphs[index].clusterIndex == nil
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

  /// Copies the cells `sourceColumn..<sourceColumn + count` of a row of `source`, a grid
  /// holding no character of several scalars, to a row here from `column`, as placing them one
  /// by one would: a wide character either edge would break is blanked.
  ///
  /// The source range holds whole characters (it starts on no continuation cell and ends on
  /// no wide character's first half) and the target range lies inside this grid.
  mutating func place(
    rowOf source: CellGrid, row sourceRow: Int, column sourceColumn: Int, count: Int, row: Int, column: Int
  ) {
    guard count > 0 else { return }
    let target = index(row, column)
    let origin = source.index(sourceRow, sourceColumn)
    if glyphs[target] == .continuation && column > 0 {
      glyphs[target - 1] = .space
    }
    if column + count < width && glyphs[target + count] == .continuation {
      glyphs[target + count] = .space
    }
    Self.copy(source.glyphs, from: origin, to: &glyphs, at: target, count: count)
    Self.copy(source.roles, from: origin, to: &roles, at: target, count: count)
  }

  /// Whether the grid holds a character of several scalars (kept as text beside the cells).
  var hasClusters: Bool { !clusters.isEmpty }

  // MARK: - Storage

  /// Whether two arrays of plain values (glyphs, roles: no references) hold the same bytes in
  /// `range` (inside both).
  private static func bytesEqual<Element>(
    _ left: [Element], _ right: [Element], in range: Range<Int>
  ) -> Bool {
    left.withUnsafeBytes { leftBytes in
      right.withUnsafeBytes { rightBytes in
        guard let left = leftBytes.baseAddress, let right = rightBytes.baseAddress else { return range.isEmpty }
        let stride = MemoryLayout<Element>.stride
        let offset = range.lowerBound * stride
        return memcmp(left + offset, right + offset, range.count * stride) == 0
      }
    }
  }

  /// Copies `count` values of `source` from `origin` over those of `target` from `start`.
  private static func copy<Element>(
    _ source: [Element], from origin: Int, to target: inout [Element], at start: Int, count: Int
  ) {
    source.withUnsafeBufferPointer { from in
      target.withUnsafeMutableBufferPointer { into in
        _ = UnsafeMutableBufferPointer(rebasing: into[start..<start + count])
          .update(fromContentsOf: UnsafeBufferPointer(rebasing: from[origin..<origin + count]))
      }
    }
  }

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
    guard lhs.width == rhs.width, lhs.glyphs.count == rhs.glyphs.count else { return false }
    // Row by row: a frame the clock changed differs in a row or two, and the rest compare
    // by their bytes.
    let height = lhs.width > 0 ? lhs.glyphs.count / lhs.width : 0
    return (0..<height).allSatisfy { lhs.row($0, equals: rhs) }
  }
}
