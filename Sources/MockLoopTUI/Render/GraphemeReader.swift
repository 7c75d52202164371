/// Reads UTF-8 text one character (grapheme cluster) at a time, giving the same
/// characters as `for character in text`, and cheaply.
///
/// A scalar is a character of its own when it and the scalar after it are both
/// loners (`GraphemeReader.isLoner`): scalars that never join a neighbour. That covers
/// ASCII, Latin, punctuation, box drawing, CJK and most emoji, which the reader decodes
/// straight from the bytes. Around anything else (combining marks, joiners, variation
/// selectors, flags, Hangul jamo, "\r\n") it takes the stretch of text up to the next
/// boundary between two loners and lets `String` split it into characters.
///
/// Offsets count UTF-8 bytes from the start of the text.
struct GraphemeReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  /// Where the next character starts.
  private(set) var offset = 0
  /// The characters of a stretch that `String` split, and where the stretch ends.
  private var stretch: [Character] = []
  private var stretchIndex = 0
  private var stretchEnd = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// The next character, or nil at the end of the text.
  @inline(__always)
  mutating func next() -> Grapheme? {
    if offset >= stretchEnd && offset < bytes.count {
      let lead = bytes[offset]
      let following = offset + 1
      // ASCII followed by ASCII (but not CR LF) or by nothing: the most common case by far.
      if lead < 0x80
        && (following == bytes.count || (bytes[following] < 0x80 && !(lead == 0x0D && bytes[following] == 0x0A)))
      {
        offset = following
        return .scalar(Unicode.Scalar(lead))
      }
    }
    return nextSlowly()
  }

  private mutating func nextSlowly() -> Grapheme? {
    if offset < stretchEnd {
      let character = stretch[stretchIndex]
      stretchIndex += 1
      offset += character.utf8.count
      return Grapheme(character)
    }
    guard offset < bytes.count else { return nil }
    let current = UTF8Decoding.scalar(in: bytes, at: offset)
    var end = offset + current.length
    if end == bytes.count {
      offset = end
      return .scalar(Self.scalar(current.value))
    }
    var next = UTF8Decoding.scalar(in: bytes, at: end)
    if Self.breaks(between: current.value, and: next.value) {
      offset = end
      return .scalar(Self.scalar(current.value))
    }
    // Find where a character must start again, and let String split the stretch.
    end += next.length
    while end < bytes.count {
      let following = UTF8Decoding.scalar(in: bytes, at: end)
      if Self.breaks(between: next.value, and: following.value) { break }
      next = following
      end += following.length
    }
    stretch = Array(String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self))
    stretchIndex = 0
    stretchEnd = end
    return nextSlowly()
  }

  private static func scalar(_ value: UInt32) -> Unicode.Scalar {
    // The bytes come from a Swift string, which always holds valid UTF-8.
    Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// Whether a character boundary lies between two adjacent scalars whatever
  /// surrounds them; false means "maybe".
  @inline(__always)
  static func breaks(between first: UInt32, and second: UInt32) -> Bool {
    isLoner(first) && isLoner(second) && !(first == 0x0D && second == 0x0A)
  }

  /// Whether a scalar never joins the scalar before or after it into one character,
  /// except for CR followed by LF. A loner's Grapheme_Cluster_Break property (UAX #29)
  /// is none of Extend, ZWJ, SpacingMark, Prepend, Regional_Indicator or the Hangul
  /// jamo classes L, V and T, so no rule keeps two loners together.
  ///
  /// Only the ranges common in this app's text are listed; a test checks every one
  /// of their scalars against Swift's own segmentation.
  static func isLoner(_ value: UInt32) -> Bool {
    switch value {
    case 0..<0x300: true  // ASCII, Latin-1, Latin Extended, IPA, spacing modifier letters
    case 0x370...0x482: true  // Greek, Cyrillic
    case 0x2010...0x2027, 0x2030...0x205E: true  // general punctuation
    case 0x2100...0x2BFF: true  // letterlike symbols, arrows, maths, box drawing, shapes, dingbats
    case 0x3000...0x3029, 0x3041...0x3096, 0x30A1...0x30FA: true  // CJK punctuation, kana
    case 0x3400...0x4DBF, 0x4E00...0x9FFF: true  // CJK ideographs
    case 0xAC00...0xD7A3: true  // Hangul syllables
    case 0xFF01...0xFF9D: true  // fullwidth and halfwidth forms
    case 0x1F300...0x1F3FA, 0x1F400...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF: true  // emoji
    default: false
    }
  }
}
