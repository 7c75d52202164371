/// The byte-level rules for turning terminal input into keys and pastes:
/// pure functions, so that they can be tested without a terminal.
enum KeyDecoding {
  static let escape: UInt32 = 0x1B
  /// What a terminal sends after ESC [ to start and to end a bracketed paste.
  static let pasteStart = "200~"
  static let pasteEnd: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]

  /// The key for a C0 control code or DEL; nil for ESC and printable text.
  static func key(controlCode code: UInt32) -> Key? {
    switch code {
    case 0: .control(" ")
    case 8, 0x7F: .backspace
    case 9: .tab
    case 10, 13: .enter
    case 1...26: .control(Character(Unicode.Scalar(UInt8(0x60 + code))))
    case 28: .control("\\")
    case 29: .control("]")
    case 30: .control("^")
    case 31: .control("_")
    default: nil
    }
  }

  /// The key for a control sequence "ESC [ body" (body like "A", "1;5A", "3~", "Z");
  /// nil for sequences that are not keys. Modifiers are ignored.
  static func key(csi body: String) -> Key? {
    guard let final = body.last else { return nil }
    let parameters = body.dropLast().split(separator: ";")
    switch final {
    case "A": return .up
    case "B": return .down
    case "C": return .right
    case "D": return .left
    case "H": return .home
    case "F": return .end
    case "Z": return .backTab
    case "P", "Q", "R", "S": return parameters.isEmpty || parameters.first == "1" ? ss3Function(final) : nil
    case "~":
      guard let first = parameters.first, let number = Int(first) else { return nil }
      return tildeKey(number)
    default: return nil
    }
  }

  /// The key for "ESC O final" (application-mode cursor and F1–F4 keys).
  static func key(ss3 final: Character) -> Key? {
    switch final {
    case "A": .up
    case "B": .down
    case "C": .right
    case "D": .left
    case "H": .home
    case "F": .end
    case "M": .enter
    default: ss3Function(final)
    }
  }

  /// Pasted text with the terminal's line breaks ("\r" and "\r\n") made "\n".
  static func normalizedPaste(_ scalars: [UInt32]) -> String {
    var text = String.UnicodeScalarView()
    var index = 0
    while index < scalars.count {
      let value = scalars[index]
      if value == 13 {
        text.append("\n")
        if index + 1 < scalars.count && scalars[index + 1] == 10 { index += 1 }
      } else if let scalar = Unicode.Scalar(value) {
        text.append(scalar)
      }
      index += 1
    }
    return String(text)
  }

  /// Whether a CSI body is complete: it ends in a final byte (0x40–0x7E).
  static func isFinalByte(_ value: UInt32) -> Bool {
    (0x40...0x7E).contains(value)
  }

  /// Whether a byte may appear inside a CSI body before the final byte.
  static func isParameterOrIntermediate(_ value: UInt32) -> Bool {
    (0x20...0x3F).contains(value)
  }

  private static func ss3Function(_ final: Character) -> Key? {
    switch final {
    case "P": .function(1)
    case "Q": .function(2)
    case "R": .function(3)
    case "S": .function(4)
    default: nil
    }
  }

  private static func tildeKey(_ number: Int) -> Key? {
    switch number {
    case 1, 7: .home
    case 3: .delete
    case 4, 8: .end
    case 5: .pageUp
    case 6: .pageDown
    case 11...15: .function(number - 10)
    case 17...21: .function(number - 11)
    case 23, 24: .function(number - 12)
    default: nil
    }
  }
}
