extension Character {
  /// The number of terminal columns this character occupies: 0, 1 or 2.
  ///
  /// - 0 for control characters, zero-width characters (format characters such as
  ///   U+200B and U+200D) and clusters made only of combining marks;
  /// - 2 for East Asian Wide and Fullwidth characters (CJK ideographs, Hangul,
  ///   kana, fullwidth forms) and for emoji shown as pictures: scalars with
  ///   emoji presentation, clusters with U+FE0F (VS16), ZWJ emoji sequences and
  ///   regional-indicator flags;
  /// - 1 for everything else, including East Asian Ambiguous characters.
  public var displayWidth: Int { Grapheme(self).displayWidth }
}

extension StringProtocol {
  /// The number of terminal columns the text occupies: the sum of its characters' widths.
  public var displayWidth: Int {
    withUTF8Bytes(DisplayWidth.width(ofUTF8:))
  }

  /// The longest prefix that fits in `width` columns, never splitting a character.
  ///
  /// With `ellipsis`, text that does not fit is cut by the interface's one rule
  /// (`TextFit`: at a word boundary when one is near) and ends in "…"; the result
  /// still fits in `width` columns. Zero-width characters right after the cut are dropped.
  public func truncated(toWidth width: Int, ellipsis: Bool = false) -> String {
    guard width > 0 else { return "" }
    if ellipsis { return fittedText(toWidth: width) }
    return prefix(fittingWidth: width)
  }

  /// The text followed by spaces up to `width` columns; text already as wide or
  /// wider is returned unchanged.
  public func padded(toWidth width: Int) -> String {
    let missing = width - displayWidth
    return missing > 0 ? String(self) + String(repeating: " ", count: missing) : String(self)
  }

  /// The text preceded by spaces up to `width` columns (right-aligned); text already as wide
  /// or wider is returned unchanged.
  public func leftPadded(toWidth width: Int) -> String {
    String(repeating: " ", count: Swift.max(width - displayWidth, 0)) + self
  }

  /// The text cut or padded to exactly `width` columns.
  ///
  /// A wide character that would straddle the edge is replaced by padding.
  public func fitted(toWidth width: Int, ellipsis: Bool = false) -> String {
    truncated(toWidth: width, ellipsis: ellipsis).padded(toWidth: width)
  }

  private func prefix(fittingWidth width: Int) -> String {
    let end = withUTF8Bytes { bytes in
      var reader = GraphemeReader(bytes)
      var used = 0
      var end = 0
      while let grapheme = reader.next() {
        let characterWidth = grapheme.displayWidth
        if used + characterWidth > width { break }
        if characterWidth == 0 && used == width && end > 0 { break }
        used += characterWidth
        end = reader.offset
      }
      return end
    }
    return String(self[startIndex..<utf8.index(startIndex, offsetBy: end)])
  }
}

/// The Unicode tables behind `displayWidth`.
enum DisplayWidth {
  static let variationSelector16: Unicode.Scalar = "\u{FE0F}"
  static let zeroWidthJoiner: Unicode.Scalar = "\u{200D}"

  /// The width of a character made of this one scalar.
  ///
  /// Common ranges are answered by value (a test checks each of their scalars against
  /// `propertyWidth(of:)`); the rest are looked up in the Unicode properties.
  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x300 { return isControl(value) ? 0 : 1 }
    switch value {
    case 0x2010...0x2027, 0x2190...0x21FF, 0x2500...0x259F: return 1
    case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3: return 2
    default: return propertyWidth(of: scalar)
    }
  }

  /// The width of UTF-8 text: the sum of its characters' widths.
  static func width(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var reader = GraphemeReader(bytes)
    var total = 0
    while let grapheme = reader.next() { total += grapheme.displayWidth }
    return total
  }

  /// The width of a character made of this one scalar, from its Unicode properties.
  static func propertyWidth(of scalar: Unicode.Scalar) -> Int {
    if isZeroWidth(scalar) { return 0 }
    if scalar.properties.isEmojiPresentation { return 2 }
    return isWide(scalar) ? 2 : 1
  }

  /// The width of any character, from the Unicode properties of its scalars.
  static func width(ofCluster character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let base = scalars.first else { return 0 }
    if isZeroWidth(base) { return 0 }
    if base.properties.isEmojiPresentation { return 2 }
    if scalars.count > 1 {
      if scalars.contains(variationSelector16) { return 2 }
      if base.properties.isEmoji && scalars.contains(zeroWidthJoiner) { return 2 }
    }
    return isWide(base) ? 2 : 1
  }

  /// Whether a scalar value is a control character (general category Cc, a fixed set).
  @inline(__always)
  static func isControl(_ value: UInt32) -> Bool {
    value < 0x20 || (0x7F...0x9F).contains(value)
  }
  /// Whether a scalar takes no column of its own.
  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .control, .nonspacingMark, .enclosingMark, .format:
      // U+00AD SOFT HYPHEN is a format character that terminals still draw.
      return scalar.value != 0xAD
    default:
      // Hangul medial vowels and final consonants join the preceding syllable.
      return (0x1160...0x11FF).contains(scalar.value) || (0xD7B0...0xD7FF).contains(scalar.value)
    }
  }

  /// Whether a scalar is East Asian Wide (W) or Fullwidth (F).
  ///
  /// Emoji with emoji presentation are wide too but are recognised through their
  /// Unicode property, so this table only lists the other wide ranges.
  static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value < 0x1100 { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
      let middle = (low + high) / 2
      let range = wideRanges[middle]
      if value < range.lowerBound {
        high = middle - 1
      } else if value > range.upperBound {
        low = middle + 1
      } else {
        return true
      }
    }
    return false
  }

  /// Sorted, disjoint ranges of East Asian Wide and Fullwidth code points
  /// (emoji-presentation pictographs left out; see `isWide`).
  static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,  // Hangul Jamo leading consonants
    0x2329...0x232A,  // angle brackets
    0x2E80...0x2E99,  // CJK radicals supplement
    0x2E9B...0x2EF3,
    0x2F00...0x2FD5,  // Kangxi radicals
    0x2FF0...0x2FFF,  // ideographic description characters
    0x3000...0x303E,  // ideographic space, CJK symbols and punctuation
    0x3041...0x3096,  // Hiragana
    0x3099...0x30FF,  // kana voicing marks, Katakana
    0x3105...0x312F,  // Bopomofo
    0x3131...0x318E,  // Hangul compatibility Jamo
    0x3190...0x31E5,  // Kanbun, Bopomofo extended, CJK strokes
    0x31EF...0x321E,  // Katakana phonetic extensions, enclosed CJK
    0x3220...0x3247,
    0x3250...0xA48C,  // enclosed CJK, CJK extension A, unified ideographs, Yi syllables
    0xA490...0xA4C6,  // Yi radicals
    0xA960...0xA97C,  // Hangul Jamo extended A
    0xAC00...0xD7A3,  // Hangul syllables
    0xF900...0xFAFF,  // CJK compatibility ideographs
    0xFE10...0xFE19,  // vertical forms
    0xFE30...0xFE52,  // CJK compatibility forms, small form variants
    0xFE54...0xFE66,
    0xFE68...0xFE6B,
    0xFF01...0xFF60,  // fullwidth ASCII variants
    0xFFE0...0xFFE6,  // fullwidth signs
    0x16FE0...0x16FE4,  // ideographic symbols
    0x16FF0...0x16FF1,
    0x17000...0x18CD5,  // Tangut, Khitan
    0x18D00...0x18D08,
    0x1AFF0...0x1AFFE,  // Kana extended B
    0x1B000...0x1B122,  // Kana supplement and extended A
    0x1B132...0x1B132,
    0x1B150...0x1B152,
    0x1B155...0x1B155,
    0x1B164...0x1B167,
    0x1B170...0x1B2FB,  // Nushu
    0x1F200...0x1F265,  // enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK extensions B to F
    0x30000...0x3FFFD,  // CJK extensions G and H
  ]
}
