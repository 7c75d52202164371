import Foundation

extension String {
  /// Prose from a YAML block with its single line breaks joined into spaces; blank lines
  /// (paragraph breaks) and lines that start a list item ("- ", "* ", "1.") are kept.
  public var reflowed: String {
    var result = ""
    var previousBlank = true
    for line in split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = Self.trimmingWhitespace(line)
      if trimmed.isEmpty {
        if !previousBlank { result += "\n\n" }
        previousBlank = true
        continue
      }
      let startsItem =
        trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || trimmed.first?.isNumber == true && trimmed.contains(". ")
      if previousBlank || result.isEmpty {
        result += trimmed
      } else if startsItem {
        result += "\n" + trimmed
      } else {
        result += " " + trimmed
      }
      previousBlank = false
    }
    while result.hasSuffix("\n") { result.removeLast() }
    return result
  }

  /// `line.trimmingCharacters(in: .whitespaces)`, answered without Foundation when the
  /// line has ASCII at both ends once spaces and tabs are dropped: those are the only
  /// ASCII members of `.whitespaces`. Screens reflow prose on every frame.
  private static func trimmingWhitespace(_ line: Substring) -> String {
    let utf8 = line.utf8
    var start = utf8.startIndex
    var end = utf8.endIndex
    func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    while start < end && isSpaceOrTab(utf8[start]) { start = utf8.index(after: start) }
    while start < end && isSpaceOrTab(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
    if start == end { return "" }
    guard utf8[start] < 0x80 && utf8[utf8.index(before: end)] < 0x80 else {
      return line.trimmingCharacters(in: .whitespaces)
    }
    return String(line[start..<end])
  }
}
