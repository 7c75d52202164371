extension String {
  /// The text without the white space and line breaks at its ends: what Foundation's
  /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives (the same Unicode White_Space
  /// scalars), without bridging through `NSString`, which cost the content loader most of its
  /// time on long files.
  func trimmingWhitespaceAndNewlines() -> String {
    let scalars = unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
    while start < end, scalars[scalars.index(before: end)].properties.isWhitespace {
      end = scalars.index(before: end)
    }
    return String(scalars[start..<end])
  }

  /// Whether the text holds nothing but white space and line breaks (or nothing at all).
  var isBlank: Bool { unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}
