/// A problem in one content file, located to its line and column.
///
/// Its description has the compiler-like form `FILE:LINE:COL: error: MESSAGE` so editors and
/// terminals can jump to it.
public struct ContentError: Error, Sendable, Equatable, Codable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
