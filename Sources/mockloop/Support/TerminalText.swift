extension String {
  /// The text with control characters made harmless for a terminal: line breaks and tabs
  /// become spaces, any other control character U+FFFD, so content cannot move the cursor,
  /// change colours or retitle the window.
  var terminalSafe: String {
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if scalar.properties.generalCategory != .control {
        result.append(scalar)
      } else if scalar == "\n" || scalar == "\t" || scalar == "\r" {
        result.append(" ")
      } else {
        result.append("\u{FFFD}")
      }
    }
    return String(result)
  }
}
