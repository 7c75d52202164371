/// What a `Canvas` cell shows, in four bytes: a character of one Unicode scalar (the
/// scalar's value), the right half of a wide character, or a character of several
/// scalars kept as text beside the cells (an index into that list, high bit set).
///
/// The value 0 is free for continuation cells because a canvas never stores U+0000,
/// a control character.
struct Glyph: Equatable {
  private var rawValue: UInt32

  private static let clusterFlag: UInt32 = 0x8000_0000

  init(_ scalar: Unicode.Scalar) {
    rawValue = scalar.value
  }

  init(clusterIndex: Int) {
    rawValue = Self.clusterFlag | UInt32(clusterIndex)
  }

  /// The right half of a wide character.
  static let continuation = Glyph(rawValue: 0)

  /// A space, what a blank cell holds.
  static let space = Glyph(" ")

  private init(rawValue: UInt32) {
    self.rawValue = rawValue
  }

  /// The character's scalar, for a character of one scalar.
  var scalar: Unicode.Scalar? {
    rawValue != 0 && rawValue & Self.clusterFlag == 0 ? Unicode.Scalar(rawValue) : nil
  }

  /// Where the character's text is kept, for a character of several scalars.
  var clusterIndex: Int? {
    rawValue & Self.clusterFlag != 0 ? Int(rawValue & ~Self.clusterFlag) : nil
  }
}
