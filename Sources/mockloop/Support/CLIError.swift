import MockLoopKit

/// A failure reported to the user as one line on stderr with a non-zero exit, never a backtrace.
/// The text is made terminal-safe, since it may quote content or stored data.
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description.terminalSafe }
}
