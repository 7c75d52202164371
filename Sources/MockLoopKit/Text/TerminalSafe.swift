extension String {
  /// What a control character is shown as: U+FFFD REPLACEMENT CHARACTER, the mark every
  /// terminal and font already uses for "a character that cannot be shown here".
  public static let controlPlaceholder: Character = "\u{FFFD}"

  /// This text made safe to write to a terminal: every control character that could move the
  /// cursor, change modes or start an escape sequence is replaced by `controlPlaceholder`.
  ///
  /// Replaced: C0 controls (U+0000–U+001F) except newline (U+000A) and tab (U+0009), so CR,
  /// ESC and BEL too; DEL (U+007F); and C1 controls (U+0080–U+009F), such as the one-character
  /// CSI U+009B. Everything else (letters, combining marks, emoji, CJK) is kept as it is. Text
  /// without such characters is returned unchanged without being copied.
  public var terminalSafe: String {
    guard Self.holdsUnsafeControl(self) else { return self }
    var safe = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      if Self.isUnsafeControl(scalar.value) {
        safe.append(contentsOf: String(Self.controlPlaceholder).unicodeScalars)
      } else {
        safe.append(scalar)
      }
    }
    return String(safe)
  }

  /// Whether `terminalSafe` would change this text.
  public var holdsTerminalControls: Bool { Self.holdsUnsafeControl(self) }

  /// Whether a scalar value is one `terminalSafe` replaces.
  @inline(__always)
  public static func isUnsafeControl(_ value: UInt32) -> Bool {
    (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
  }

  /// A scan of the UTF-8 bytes: C0 and DEL are single bytes, C1 are 0xC2 0x80–0x9F. The text
  /// is scanned as one contiguous buffer (a string bridged from Foundation is made native once,
  /// rather than decoded byte by byte).
  private static func holdsUnsafeControl(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var afterC2 = false
      for byte in bytes {
        if byte < 0x20 {
          if byte != 0x0A && byte != 0x09 { return true }
        } else if byte == 0x7F {
          return true
        } else if afterC2 && byte >= 0x80 && byte < 0xA0 {
          return true
        }
        afterC2 = byte == 0xC2
      }
      return false
    }
  }
}
