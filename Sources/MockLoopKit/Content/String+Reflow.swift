import Foundation

extension String {
  /// Prose from a YAML block with its single line breaks joined into spaces; blank lines
  /// (paragraph breaks) and lines that start a list item ("- ", "* ", "1.") are kept.
  public var reflowed: String {
    var result = ""
    var previousBlank = true
    for line in split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
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
}
