/// A key press, decoded from whatever bytes the terminal sent for it.
///
/// Printable text arrives as `.character`, one grapheme at a time. Ctrl-letter
/// chords are `.control` with the lower-case letter ("w" for Ctrl-W), except
/// those that are named keys themselves: Ctrl-I is `.tab`, Ctrl-M and Ctrl-J
/// are `.enter`, Ctrl-H is `.backspace`. Ctrl-Space is `.control(" ")`.
/// Alt (or Esc and a key less than `InputDecoder.escapeTimeout` apart) gives `.alt`.
public enum Key: Hashable, Sendable {
  case character(Character)
  case up, down, left, right, home, end, pageUp, pageDown
  case backspace, delete, enter, tab, backTab, escape
  /// Ctrl with a letter ("a"..."z"), or with " ", "\\", "]", "^", "_".
  case control(Character)
  case alt(Character)
  /// F1...F63.
  case function(Int)
}

extension Key: CustomStringConvertible {
  /// The key as help text shows it: "Ctrl-W", "Alt-X", "Space", "Tab", "↑", "F5".
  public var description: String {
    switch self {
    case .character(let character): Self.name(of: character)
    case .up: "↑"
    case .down: "↓"
    case .left: "←"
    case .right: "→"
    case .home: "Home"
    case .end: "End"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .backspace: "Backspace"
    case .delete: "Del"
    case .enter: "Enter"
    case .tab: "Tab"
    case .backTab: "Shift-Tab"
    case .escape: "Esc"
    case .control(let character): "Ctrl-" + (character.isLetter ? character.uppercased() : Self.name(of: character))
    case .alt(let character): "Alt-" + Self.name(of: character)
    case .function(let number): "F\(number)"
    }
  }

  private static func name(of character: Character) -> String {
    switch character {
    case " ": "Space"
    case "\u{7F}": "Backspace"
    case "\r", "\n": "Enter"
    case "\t": "Tab"
    default: String(character)
    }
  }
}
