/// A failure reported to the user as one line on stderr with a non-zero exit, never a backtrace.
struct CLIError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
