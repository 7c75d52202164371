/// Why the full-screen terminal could not start, worded for the user.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
  /// Standard input or output is not a terminal (piped or redirected).
  case notATerminal
  /// `TERM` is unset or names a terminal type the terminfo database does not know.
  case unknownTerminal(String?)
  /// The terminal type cannot move the cursor (`TERM=dumb`).
  case cannotMoveCursor(String)
  /// The signal self-pipe could not be made (the process is out of file descriptors).
  case signalSetupFailed

  public var description: String {
    switch self {
    case .notATerminal:
      "standard input and output must be a terminal for the full-screen app"
    case .unknownTerminal(let name?):
      "TERM=\(name) is not a terminal type this system knows; try TERM=xterm-256color"
    case .unknownTerminal(nil):
      "TERM is not set; set it to your terminal type, for example TERM=xterm-256color"
    case .cannotMoveCursor(let name):
      "TERM=\(name) cannot move the cursor, which the full-screen app needs; try TERM=xterm-256color "
        + "(the other commands, such as 'mockloop history', work anywhere)"
    case .signalSetupFailed:
      "could not set up signal handling (no free file descriptors?)"
    }
  }
}
