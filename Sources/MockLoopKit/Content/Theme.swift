/// A colour theme: a style for each named role ("timer.warning", "phase.active", ...).
///
/// Screens never name colours; they name roles, and the theme says how a role looks.
/// A role the theme leaves out looks like `text`.
public struct Theme: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var styles: [String: ThemeStyle]

  public init(id: String, title: String, styles: [String: ThemeStyle]) {
    self.id = id
    self.title = title
    self.styles = styles
  }

  /// The style of a role, falling back to `text`, then to the terminal's default.
  public func style(for role: String) -> ThemeStyle {
    styles[role] ?? styles["text"] ?? ThemeStyle()
  }

  /// Every role a theme may style; a theme that names another role is rejected.
  public static let roles: [String] = [
    "text", "title", "muted", "accent", "border", "selection", "key", "status",
    "phase.done", "phase.active", "phase.upcoming",
    "timer.normal", "timer.warning", "timer.overrun", "timer.paused",
    "checked", "unchecked", "followup", "followup.new",
    "error", "warning", "success",
    "bar.planned", "bar.actual", "bar.overrun", "sparkline",
  ]

  /// The theme used when no theme file can be found: attributes only.
  public static let fallback = Theme(id: "mono", title: "Monochrome", styles: [:])
}

/// How one role looks: colours for 256- and 8-colour terminals plus text attributes.
public struct ThemeStyle: Sendable, Equatable, Codable {
  public var foreground: ThemeColor?
  public var background: ThemeColor?
  /// Used instead of `foreground` on an 8-colour terminal; when nil the nearest is derived.
  public var foreground8: ThemeColor?
  public var background8: ThemeColor?
  public var attributes: Set<TextAttribute>

  public init(
    foreground: ThemeColor? = nil, background: ThemeColor? = nil,
    foreground8: ThemeColor? = nil, background8: ThemeColor? = nil,
    attributes: Set<TextAttribute> = []
  ) {
    self.foreground = foreground
    self.background = background
    self.foreground8 = foreground8
    self.background8 = background8
    self.attributes = attributes
  }
}

/// A terminal colour: the terminal's default, or an index in the 256-colour palette
/// (0–7 are the eight basic colours).
public enum ThemeColor: Sendable, Equatable, Hashable, Codable {
  case terminalDefault
  case indexed(UInt8)

  public static let names: [String: ThemeColor] = [
    "default": .terminalDefault, "black": .indexed(0), "red": .indexed(1), "green": .indexed(2),
    "yellow": .indexed(3), "blue": .indexed(4), "magenta": .indexed(5), "cyan": .indexed(6),
    "white": .indexed(7),
  ]

  /// The nearest of the eight basic colours, for terminals that have no more.
  public var nearestBasic: ThemeColor {
    guard case .indexed(let index) = self else { return self }
    switch index {
    case 0..<8: return self
    case 8..<16: return .indexed(index - 8)
    case 232...255: return index < 244 ? .indexed(0) : .indexed(7)
    default:
      let cube = Int(index) - 16
      let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
      let bits = (red >= 3 ? 1 : 0) | (green >= 3 ? 2 : 0) | (blue >= 3 ? 4 : 0)
      return .indexed(UInt8(bits))
    }
  }
}

/// A text attribute a terminal can show without colour.
public enum TextAttribute: String, Sendable, CaseIterable, Hashable, Codable {
  case bold, dim, underline, reverse, italic
}
