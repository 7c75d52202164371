extension String {
  /// The text without the white space and line breaks at its ends: what Foundation's
  /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without bridging through
  /// `NSString`, which cost the content loader most of its time on long files.
  func trimmingWhitespaceAndNewlines() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, Self.isTrimmed(scalars[start]) { start = scalars.index(after: start) }
    while start < end, Self.isTrimmed(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
    return String(scalars[start..<end])
  }

  /// Whether the text holds nothing but white space and line breaks (or nothing at all).
  var isBlank: Bool { unicodeScalars.allSatisfy(Self.isTrimmed) }

  /// The scalars of Foundation's `.whitespacesAndNewlines`: Unicode's White_Space, and the zero
  /// width space, which Foundation counts among them.
  private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isWhitespace || scalar.value == 0x200B
  }
}
