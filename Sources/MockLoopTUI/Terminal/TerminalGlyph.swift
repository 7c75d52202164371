/// What is actually sent to the terminal for one canvas grapheme.
///
/// ncurses and the terminal measure characters with the C library's
/// `wcwidth`, which knows nothing of emoji sequences. Sending a sequence it
/// measures differently from the canvas would shift the rest of the line, so
/// a grapheme is cut down to what `wcwidth` measures the same way: its first
/// scalar and the zero-width marks on it, padded with spaces to the canvas
/// width. A ZWJ sequence shows its first emoji; a flag shows its two letters
/// ("🇯🇵" as "JP"); VS16 is dropped from symbols `wcwidth` counts as one column;
/// anything unmeasurable becomes "?". The canvas keeps the full text.
struct TerminalGlyph: Equatable {
  /// Scalars for one `cchar_t`: a spacing character, then up to four marks.
  var scalars: [UInt32]
  var width: Int

  static let space = TerminalGlyph(scalars: [0x20], width: 1)
  static let unknown = TerminalGlyph(scalars: [0x3F], width: 1)

  /// The glyphs that fill exactly `width` columns for `grapheme`.
  static func glyphs(for grapheme: String, width: Int, systemWidth: (UInt32) -> Int) -> [TerminalGlyph] {
    let scalars = grapheme.unicodeScalars.map(\.value)
    guard let base = scalars.first else { return pad([], to: width) }
    if width == 2, scalars.count >= 2, isRegionalIndicator(base), isRegionalIndicator(scalars[1]) {
      return [letter(base), letter(scalars[1])]
    }
    let baseWidth = systemWidth(base)
    guard baseWidth >= 1, baseWidth <= width else { return pad([unknown], to: width) }
    var glyph = TerminalGlyph(scalars: [base], width: baseWidth)
    for scalar in scalars.dropFirst() {
      if scalar == 0x200D || glyph.scalars.count == 5 { break }
      if scalar == 0xFE0F && baseWidth == 1 { continue }
      guard systemWidth(scalar) == 0 else { break }
      glyph.scalars.append(scalar)
    }
    return pad([glyph], to: width)
  }

  private static func pad(_ glyphs: [TerminalGlyph], to width: Int) -> [TerminalGlyph] {
    let used = glyphs.reduce(0) { $0 + $1.width }
    return glyphs + Array(repeating: space, count: max(0, width - used))
  }

  private static func isRegionalIndicator(_ scalar: UInt32) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar)
  }

  private static func letter(_ regionalIndicator: UInt32) -> TerminalGlyph {
    TerminalGlyph(scalars: [regionalIndicator - 0x1F1E6 + 0x41], width: 1)
  }
}
