/// One character of text as the renderer handles it: a lone Unicode scalar (nearly
/// every character of real text) or a cluster of several scalars (a letter with a
/// combining mark, an emoji sequence, a flag, "\r\n").
///
/// A lone scalar is measured and classified from its value, mostly by range checks,
/// without the cost of a `Character`; a cluster goes through `Character`.
enum Grapheme: Equatable {
  case scalar(Unicode.Scalar)
  case cluster(Character)

  init(_ character: Character) {
    if let scalar = Self.loneScalar(of: character) {
      self = .scalar(scalar)
    } else {
      self = .cluster(character)
    }
  }

  /// The character's scalar when it has exactly one, read from its UTF-8 bytes
  /// (much cheaper than going through `unicodeScalars`).
  static func loneScalar(of character: Character) -> Unicode.Scalar? {
    character.utf8.withContiguousStorageIfAvailable { bytes -> Unicode.Scalar? in
      guard let lead = bytes.first else { return nil }
      let length = UTF8Decoding.sequenceLength(lead: lead)
      guard bytes.count == length else { return nil }
      return Unicode.Scalar(UTF8Decoding.scalar(in: bytes, at: 0).value)
    } ?? Self.loneScalarSlowly(of: character)
  }

  /// `loneScalar(of:)` for a character whose text is not contiguous UTF-8 (never the
  /// case on Linux).
  private static func loneScalarSlowly(of character: Character) -> Unicode.Scalar? {
    character.unicodeScalars.count == 1 ? character.unicodeScalars.first : nil
  }

  /// The number of terminal columns: 0, 1 or 2 (see `Character.displayWidth`).
  var displayWidth: Int {
    switch self {
    case .scalar(let scalar): DisplayWidth.width(of: scalar)
    case .cluster(let character): DisplayWidth.width(ofCluster: character)
    }
  }

  /// Whether the (first) scalar is a control character, general category Cc.
  var isControl: Bool {
    switch self {
    case .scalar(let scalar): DisplayWidth.isControl(scalar.value)
    case .cluster(let character): character.unicodeScalars.first.map { DisplayWidth.isControl($0.value) } ?? false
    }
  }

  /// `Character.isNewline`.
  var isNewline: Bool {
    switch self {
    case .scalar(let scalar):
      switch scalar.value {
      case 0x0A...0x0D, 0x85, 0x2028, 0x2029: true
      default: false
      }
    case .cluster(let character): character.isNewline
    }
  }

  /// `Character.isWhitespace`.
  var isWhitespace: Bool {
    switch self {
    case .scalar(let scalar): Self.isWhitespace(scalar.value)
    case .cluster(let character): character.isWhitespace
    }
  }

  /// Whether a scalar value has the Unicode White_Space property (a test checks the
  /// list against `Unicode.Scalar.Properties.isWhitespace` for every scalar).
  static func isWhitespace(_ value: UInt32) -> Bool {
    switch value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
    default: false
    }
  }
}
