/// A mouse report from the terminal: where the pointer was and what happened there.
///
/// Rows and columns count from 0 at the top left, as the canvas does. Modifier keys held
/// with the mouse are not reported.
public struct MouseEvent: Hashable, Sendable {
  /// What the mouse did.
  public enum Kind: Hashable, Sendable {
    case press(Button)
    /// A button went up (terminals do not always say which).
    case release
    /// The wheel turned one notch away from the user (the view moves up).
    case wheelUp
    /// The wheel turned one notch toward the user (the view moves down).
    case wheelDown
  }

  /// A mouse button.
  public enum Button: Hashable, Sendable { case left, middle, right }

  public var row: Int
  public var column: Int
  public var kind: Kind

  public init(row: Int, column: Int, kind: Kind) {
    self.row = row
    self.column = column
    self.kind = kind
  }
}
