import CNcurses
import MockLoopKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How cells of one role are drawn: text attributes and a colour pair (0 = the terminal's colours).
struct CellLook {
  var attributes: attr_t
  var pair: Int16
}

extension NcursesTerminal {
  /// Builds a look for every role from the theme. Colours are used only when
  /// allowed and available; otherwise no colour function is even called, so no
  /// colour escape can reach the terminal. Attributes apply in every mode.
  func setUpStyles(theme: Theme) {
    let colorsWanted = colorMode == .auto && ColorMode.from(environment: Self.environment()) == .auto
    var defaultColors = false
    if colorsWanted && has_colors() {
      start_color()
      defaultColors = use_default_colors() == OK
      colorCount = Int(ml_colors())
    }
    for (index, role) in StyleRole.allCases.enumerated() {
      let style = theme.style(for: role.rawValue)
      var look = CellLook(attributes: Self.attributes(style.attributes), pair: 0)
      if colorCount > 0, index + 1 < Int(ml_color_pairs()),
        let (foreground, background) = colorPair(for: style, defaultColors: defaultColors)
      {
        let pair = Int16(index + 1)
        if init_pair(pair, foreground, background) == OK { look.pair = pair }
      }
      looks[role] = look
    }
  }

  /// The colour numbers for a style, or nil when it leaves both at the terminal's default.
  private func colorPair(for style: ThemeStyle, defaultColors: Bool) -> (Int16, Int16)? {
    let wide = colorCount >= 256
    let foreground = wide ? style.foreground : (style.foreground8 ?? style.foreground?.nearestBasic)
    let background = wide ? style.background : (style.background8 ?? style.background?.nearestBasic)
    let resolvedForeground = colorNumber(foreground)
    let resolvedBackground = colorNumber(background)
    if resolvedForeground == nil && resolvedBackground == nil { return nil }
    // -1 means "the terminal's own colour" and needs use_default_colors.
    return (
      resolvedForeground ?? (defaultColors ? -1 : Int16(COLOR_WHITE)),
      resolvedBackground ?? (defaultColors ? -1 : Int16(COLOR_BLACK))
    )
  }

  /// A palette index the terminal has, or nil for "default".
  private func colorNumber(_ color: ThemeColor?) -> Int16? {
    guard case .indexed(let index)? = color else { return nil }
    if Int(index) < colorCount { return Int16(index) }
    guard case .indexed(let basic) = ThemeColor.indexed(index).nearestBasic else { return nil }
    return Int16(basic)
  }

  static func attributes(_ attributes: Set<TextAttribute>) -> attr_t {
    var result: attr_t = 0
    for attribute in attributes {
      switch attribute {
      case .bold: result |= ml_attr_bold()
      case .dim: result |= ml_attr_dim()
      case .underline: result |= ml_attr_underline()
      case .reverse: result |= ml_attr_reverse()
      case .italic: result |= ml_attr_italic()
      }
    }
    return result
  }

  private static func environment() -> [String: String] {
    guard let value = getenv("NO_COLOR") else { return [:] }
    return ["NO_COLOR": String(cString: value)]
  }
}
