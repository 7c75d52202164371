/// The byte-level rules for turning terminal input into keys, pastes and mouse reports:
/// pure functions, so that they can be tested without a terminal (`InputDecoder` applies them).
enum KeyDecoding {
  static let escape: UInt32 = 0x1B
  /// What a terminal sends after ESC [ to start and to end a bracketed paste.
  static let pasteStart = "200~"
  static let pasteEnd: [UInt32] = [0x1B, 0x5B, 0x32, 0x30, 0x31, 0x7E]
  static let pasteEndBytes: [UInt8] = pasteEnd.map { UInt8($0) }

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

  /// The key for a control sequence "ESC [ body" (body like "A", "1;5A", "3~", "Z", and the final
  /// byte included);
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

  /// The key of the Linux console's F1 to F5, "ESC [ [" and a letter from A to E.
  static func key(linuxConsole final: UInt8) -> Key? {
    (0x41...0x45).contains(final) ? .function(Int(final) - 0x40) : nil
  }

  /// The mouse report of an SGR (xterm mode 1006) sequence, from its body after "ESC [":
  /// "<" code ";" column ";" row, then "M" for a press or a wheel notch and "m" for a release.
  /// Nil for reports the app has no use for (motion, a sideways wheel) and malformed ones.
  static func mouse(sgr body: String) -> MouseEvent? {
    guard body.first == "<", let final = body.last, final == "M" || final == "m" else { return nil }
    let numbers = body.dropFirst().dropLast().split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
    guard numbers.count == 3, let code = numbers[0], let column = numbers[1], let row = numbers[2] else { return nil }
    return mouse(code: code, column: column - 1, row: row - 1, isRelease: final == "m")
  }

  /// The mouse report of the older X10 form, "ESC [ M" and three bytes: the code, the column
  /// and the row, each plus 32 (columns and rows from 1).
  static func mouse(x10 code: UInt8, _ column: UInt8, _ row: UInt8) -> MouseEvent? {
    guard code >= 32, column > 32, row > 32 else { return nil }
    return mouse(code: Int(code) - 32, column: Int(column) - 33, row: Int(row) - 33, isRelease: false)
  }

  /// The code's bits: 0-1 the button (3 is a release in X10), 4 Shift, 8 Alt, 16 Ctrl,
  /// 32 motion, 64 the wheel (with 0 up, 1 down, 2 and 3 sideways), 128 buttons 8 to 11.
  private static func mouse(code: Int, column: Int, row: Int, isRelease: Bool) -> MouseEvent? {
    guard column >= 0, row >= 0, code >= 0, code & 32 == 0, code & 128 == 0 else { return nil }
    let kind: MouseEvent.Kind
    if code & 64 != 0 {
      guard !isRelease else { return nil }
      switch code & 3 {
      case 0: kind = .wheelUp
      case 1: kind = .wheelDown
      default: return nil
      }
    } else if isRelease || code & 3 == 3 {
      kind = .release
    } else {
      kind = .press([MouseEvent.Button.left, .middle, .right][code & 3])
    }
    return MouseEvent(row: row, column: column, kind: kind)
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
