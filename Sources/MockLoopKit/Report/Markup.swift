/// The one way text enters a report's HTML or SVG: every string the report did not write
/// itself (from the database, a deck or the notes) goes through `escape`, in element text and in
/// attribute values alike.
public enum Markup {
  /// `text` safe inside an HTML or SVG element or a quoted attribute value: `&`, `<`, `>`, `"`
  /// and `'` become entities, and control characters (the ones `String.terminalSafe` replaces,
  /// plus the non-characters U+FFFE and U+FFFF that XML forbids) become U+FFFD. Newlines and
  /// tabs are kept. Text with none of these is returned unchanged without being copied.
  public static func escape(_ text: String) -> String {
    guard needsEscaping(text) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default:
        if isForbidden(scalar.value) {
          result.append(String.controlPlaceholder)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  private static func isForbidden(_ value: UInt32) -> Bool {
    String.isUnsafeControl(value) || value == 0xFFFE || value == 0xFFFF
  }

  private static func needsEscaping(_ text: String) -> Bool {
    if text.holdsTerminalControls { return true }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): return true
      case 0xEF: return text.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF }
      default: continue
      }
    }
    return false
  }
}
