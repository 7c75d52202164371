import Foundation

/// The JSON of a list of session summaries (`mockloop history --json`), written straight into
/// bytes: the same text `JSONEncoder` gives with `ExchangeCoding.encoder`'s settings (pretty,
/// keys sorted by their UTF-8 bytes, slashes unescaped, times as `MillisecondTimestamp` writes
/// them), with DEL and the C1 controls escaped as `\u007f`…`\u009f` too and an empty list
/// written `[]`, which is what the commands' JSON output makes of it.
///
/// Encoding ten thousand summaries through `Encodable` cost more than reading them; this writes
/// the fields in their sorted order directly. A test checks the text against the encoder's.
public enum SummaryListJSON {
  /// The list's text without a final newline; nil when a value is one `JSONEncoder` refuses
  /// (a number that is not finite), so that the caller reports the encoder's own error.
  public static func bytes(_ summaries: [SessionSummary]) -> [UInt8]? {
    guard !summaries.isEmpty else { return Array("[]".utf8) }
    var writer = Writer()
    writer.bytes.reserveCapacity(summaries.count * 420)
    writer.raw("[\n")
    for (index, summary) in summaries.enumerated() {
      if index > 0 { writer.raw(",\n") }
      guard writer.summary(summary) else { return nil }
    }
    writer.raw("\n]")
    return writer.bytes
  }

  private struct Writer {
    var bytes: [UInt8] = []

    /// One summary as an element of the top list (indented by one level, its fields by two).
    mutating func summary(_ summary: SessionSummary) -> Bool {
      raw("  {\n")
      var first = true
      func key(_ name: StaticString) {
        if !first { raw(",\n") }
        first = false
        raw("    \"")
        raw(name)
        raw("\" : ")
      }
      if let seconds = summary.activeSeconds {
        guard seconds.isFinite else { return false }
        key("activeSeconds")
        number(seconds)
      }
      key("createdAt")
      string(MillisecondTimestamp.text(summary.createdAt))
      key("deckID")
      string(summary.deckID)
      if let finishedAt = summary.finishedAt {
        key("finishedAt")
        string(MillisecondTimestamp.text(finishedAt))
      }
      key("formatID")
      string(summary.formatID)
      key("id")
      string(summary.id)
      key("isGraded")
      raw(summary.isGraded ? "true" : "false")
      if let level = summary.level {
        key("level")
        string(level.rawValue)
      }
      key("questionID")
      string(summary.questionID)
      key("questionTitle")
      string(summary.questionTitle)
      if let rubricID = summary.rubricID {
        key("rubricID")
        string(rubricID)
      }
      if let scores = summary.scores {
        key("scores")
        self.scores(scores)
      }
      raw("\n  }")
      return true
    }

    /// A dictionary of scores at the third level, its keys in UTF-8 order.
    mutating func scores(_ scores: [String: Int]) {
      raw("{\n")
      let sorted = scores.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
      for (index, (name, score)) in sorted.enumerated() {
        raw(index > 0 ? ",\n      " : "      ")
        string(name)
        raw(" : ")
        bytes.append(contentsOf: String(score).utf8)
      }
      raw("\n    }")
    }

    /// A finite number as the encoder writes it: its description, without a final ".0".
    mutating func number(_ value: Double) {
      var text = value.description
      if text.hasSuffix(".0") { text.removeLast(2) }
      bytes.append(contentsOf: text.utf8)
    }

    /// A string in quotes, escaped as the encoder escapes it, and DEL and C1 as `\u00XX`.
    mutating func string(_ text: String) {
      var text = text
      bytes.append(UInt8(ascii: "\""))
      text.withUTF8 { source in
        var start = 0
        var index = 0
        while index < source.count {
          let byte = source[index]
          let escape: Escape
          switch byte {
          case UInt8(ascii: "\""): escape = .short(UInt8(ascii: "\""))
          case UInt8(ascii: "\\"): escape = .short(UInt8(ascii: "\\"))
          case 0x08: escape = .short(UInt8(ascii: "b"))
          case 0x0C: escape = .short(UInt8(ascii: "f"))
          case 0x0A: escape = .short(UInt8(ascii: "n"))
          case 0x0D: escape = .short(UInt8(ascii: "r"))
          case 0x09: escape = .short(UInt8(ascii: "t"))
          case 0x00..<0x20, 0x7F: escape = .unicode(byte, length: 1)
          case 0xC2 where index + 1 < source.count && (0x80..<0xA0).contains(source[index + 1]):
            escape = .unicode(source[index + 1], length: 2)
          default:
            index += 1
            continue
          }
          bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<index]))
          switch escape {
          case .short(let letter):
            bytes.append(UInt8(ascii: "\\"))
            bytes.append(letter)
            index += 1
          case .unicode(let value, let length):
            raw("\\u00")
            bytes.append(Self.hexDigit(value >> 4))
            bytes.append(Self.hexDigit(value & 0x0F))
            index += length
          }
          start = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<source.count]))
      }
      bytes.append(UInt8(ascii: "\""))
    }

    /// How one character is escaped: a backslash and a letter, or `\u00` and two hex digits
    /// for the value (the character taking `length` bytes).
    private enum Escape {
      case short(UInt8)
      case unicode(UInt8, length: Int)
    }

    mutating func raw(_ text: StaticString) {
      text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
      value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
  }
}
