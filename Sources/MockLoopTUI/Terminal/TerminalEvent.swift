/// Something that happened at the terminal: a key, typed text, a paste, the mouse, a new size
/// or a signal.
public enum TerminalEvent: Equatable, Sendable {
  case key(Key)
  /// Text that arrived in one burst (a paste without bracketed paste, or typing faster than the
  /// app read it): printable characters, with "\n" for each line break and "\t" for each Tab.
  /// Each character means what its key means; a text field may take them all at once.
  case typed(String)
  /// Text pasted with bracketed paste, exactly as pasted (line breaks as "\n").
  case paste(String)
  case mouse(MouseEvent)
  /// The terminal's new size in cells; the app should draw a canvas of this size.
  case resize(width: Int, height: Int)
  /// A signal that asks the app to stop (SIGINT, SIGTERM, SIGHUP, SIGQUIT): save, then `shutdown()`.
  case signal(Int32)
}
