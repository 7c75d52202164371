/// A countdown in large block digits ("07:05", "+00:12"), to read from across the room as
/// termdown shows it. Each digit is a 3 × 5 grid of blocks two columns wide, so it looks
/// square; the clock takes the largest whole scale that fits its rectangle, centred.
public struct BigClock: Widget, Sendable, Equatable {
  public var text: String
  public var role: StyleRole

  public init(text: String, role: StyleRole) {
    self.text = text
    self.role = role
  }

  /// Rows of blocks of each glyph ("#" is a block), five rows each.
  static let glyphs: [Character: [String]] = [
    "0": ["###", "# #", "# #", "# #", "###"],
    "1": ["## ", " # ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"],
    "3": ["###", "  #", "###", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"],
    "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"],
    "7": ["###", "  #", "  #", "  #", "  #"],
    "8": ["###", "# #", "###", "# #", "###"],
    "9": ["###", "# #", "###", "  #", "###"],
    ":": [" ", "#", " ", "#", " "],
    "+": ["   ", " # ", "###", " # ", "   "],
  ]

  static let glyphHeight = 5

  /// Columns the clock takes at a scale: two per block, one between glyphs.
  public static func width(of text: String, scale: Int) -> Int {
    let shown = text.compactMap { glyphs[$0] }
    guard !shown.isEmpty else { return 0 }
    return shown.reduce(0) { $0 + $1[0].count * 2 * scale } + (shown.count - 1) * scale
  }

  /// The largest scale (up to 6) at which the clock fits, or nil when not even the smallest does.
  public static func scale(of text: String, fitting rect: Rect) -> Int? {
    let fitting = (1...6).filter { width(of: text, scale: $0) <= rect.width && glyphHeight * $0 <= rect.height }
    return fitting.last
  }

  public func render(in rect: Rect, on canvas: inout Canvas) {
    guard let scale = Self.scale(of: text, fitting: rect) else { return }
    let width = Self.width(of: text, scale: scale)
    let top = rect.row + (rect.height - Self.glyphHeight * scale) / 2
    var column = rect.column + (rect.width - width) / 2
    for character in text {
      guard let glyph = Self.glyphs[character] else { continue }
      for (line, pattern) in glyph.enumerated() {
        for (index, block) in pattern.enumerated() where block == "#" {
          canvas.fill(
            Rect(row: top + line * scale, column: column + index * 2 * scale, width: 2 * scale, height: scale),
            with: "█", role: role)
        }
      }
      column += glyph[0].count * 2 * scale + scale
    }
  }
}
