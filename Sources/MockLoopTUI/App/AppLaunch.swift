import MockLoopKit

/// How the full-screen app was asked to start.
public struct AppLaunch: Sendable {
  public enum Mode: Sendable, Equatable {
    case home
    /// `abandonUnfinished`: give up unfinished sessions instead of refusing to start.
    case start(formatID: String, questionID: String?, level: Level?, abandonUnfinished: Bool)
    /// `reference`: a session id, prefix or `last`; nil: the unfinished one (asks if several).
    case resume(reference: String?, takeOver: Bool)
    /// A set of estimation drills, straight away.
    case drill
  }

  public var mode: Mode
  public var themeID: String?
  public var bellEnabled: Bool
  /// Whether the wheel and clicks are read (`--no-mouse` turns them off, leaving the mouse to
  /// the terminal's own text selection).
  public var mouseEnabled: Bool
  /// False when NO_COLOR is set: no colour escape at all.
  public var colorsAllowed: Bool
  public var environment: [String: String]

  public init(
    mode: Mode, themeID: String?, bellEnabled: Bool, mouseEnabled: Bool = true, colorsAllowed: Bool,
    environment: [String: String]
  ) {
    self.mode = mode
    self.themeID = themeID
    self.bellEnabled = bellEnabled
    self.mouseEnabled = mouseEnabled
    self.colorsAllowed = colorsAllowed
    self.environment = environment
  }
}

/// Why the app could not start or had to stop, in words for the user.
public struct AppError: Error, CustomStringConvertible {
  public var description: String
  public init(_ description: String) { self.description = description }
}
