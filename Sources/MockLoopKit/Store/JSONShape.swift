/// Whether text is one JSON object and nothing more, judged by its structure alone: after any
/// blanks it opens with `{`, its brackets balance outside strings, and the object closes at its
/// last non-blank byte.
///
/// It is not a validation (the decoder does that), but it is what makes decoding many texts as
/// one array safe: joined with commas, texts of this shape give exactly one element each, since
/// none of them has a comma at its own outer level or a string left open. A text such as
/// `{…},{…}` or `{"a":"` is not of this shape.
enum JSONShape {
  static func isSingleObject(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      func isBlank(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
      while index < bytes.count, isBlank(bytes[index]) { index += 1 }
      guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return false }
      var depth = 0
      var inString = false
      var escaped = false
      while index < bytes.count {
        let byte = bytes[index]
        index += 1
        if inString {
          if escaped {
            escaped = false
          } else if byte == UInt8(ascii: "\\") {
            escaped = true
          } else if byte == UInt8(ascii: "\"") {
            inString = false
          }
          continue
        }
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          depth -= 1
          if depth == 0 {
            // The object closed: only blanks may follow.
            while index < bytes.count, isBlank(bytes[index]) { index += 1 }
            return index == bytes.count
          }
        default: break
        }
      }
      return false
    }
  }
}
