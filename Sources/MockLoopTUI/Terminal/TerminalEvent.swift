/// Something that happened at the terminal: a key, a paste, a new size or a signal.
public enum TerminalEvent: Equatable, Sendable {
  case key(Key)
  /// Text pasted with bracketed paste, exactly as pasted (line breaks as "\n").
  case paste(String)
  /// The terminal's new size in cells; the app should draw a canvas of this size.
  case resize(width: Int, height: Int)
  /// A signal that asks the app to stop (SIGINT, SIGTERM, SIGHUP, SIGQUIT): save, then `shutdown()`.
  case signal(Int32)
}
