/// Rough text measures for laying out chart labels without a font: a character is about 0.6
/// of the font size wide, an East Asian wide character or an emoji about twice that.
enum ChartText {
  static let fontSize = 12.0

  static func width(_ text: String, fontSize: Double = fontSize) -> Double {
    var units = 0.0
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x300...0x36F, 0x200B...0x200F, 0xFE00...0xFE0F: continue  // combining marks, joiners, selectors
      case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFF00...0xFF60, 0x1F300...0x1FAFF:
        units += 2
      default: units += 1
      }
    }
    return units * fontSize * 0.6
  }

  /// `text` cut with "…" so that it fits `width`.
  static func fit(_ text: String, width: Double, fontSize: Double = fontSize) -> String {
    guard Self.width(text, fontSize: fontSize) > width else { return text }
    var kept = ""
    for character in text {
      if Self.width(kept + String(character) + "…", fontSize: fontSize) > width { break }
      kept.append(character)
    }
    return kept.isEmpty ? "" : kept.trimmingTrailingSpaces + "…"
  }

  /// `text` broken at spaces into at most `maxLines` lines that fit `width`, the last one cut.
  static func wrap(_ text: String, width: Double, maxLines: Int, fontSize: Double = fontSize) -> [String] {
    var lines: [String] = []
    var current = ""
    let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
    for (index, word) in words.enumerated() {
      let candidate = current.isEmpty ? word : current + " " + word
      if Self.width(candidate, fontSize: fontSize) <= width || current.isEmpty {
        current = candidate
        continue
      }
      lines.append(current)
      current = word
      if lines.count == maxLines - 1 {
        current = words[index...].joined(separator: " ")
        break
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines.prefix(maxLines).map { fit($0, width: width, fontSize: fontSize) }
  }
}

extension String {
  fileprivate var trimmingTrailingSpaces: String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
