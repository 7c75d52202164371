/// Whether the terminal may show colours.
///
/// `.none` (what `NO_COLOR` asks for) means no colour escape is ever sent:
/// roles look different through text attributes only (bold, dim, reverse, ...).
public enum ColorMode: Sendable, Equatable {
  /// Colours when the terminal has them and `NO_COLOR` is not set.
  case auto
  case none

  /// `.none` when the environment sets `NO_COLOR` to anything but an empty string.
  public static func from(environment: [String: String]) -> ColorMode {
    if let value = environment["NO_COLOR"], !value.isEmpty { return .none }
    return .auto
  }
}
