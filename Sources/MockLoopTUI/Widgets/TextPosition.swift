/// A place in multi-line text: a logical line and a character offset within it.
///
/// `column` counts `Character`s (extended grapheme clusters), never bytes or
/// Unicode scalars, so a position can never fall inside an emoji or a letter with
/// combining marks. Column `n` on a line of `n` characters is the end of the line.
/// Positions order by line, then by column.
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The logical line, from 0.
  public var line: Int
  /// The number of characters before the position on its line.
  public var column: Int

  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// The start of the text.
  public static let start = TextPosition(line: 0, column: 0)

  public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }

  public var description: String { "\(line):\(column)" }

  /// The position reached by writing `text` from here, counting "\n" as a line break.
  func advanced(over text: String) -> TextPosition {
    var result = self
    for character in text {
      if character == "\n" {
        result.line += 1
        result.column = 0
      } else {
        result.column += 1
      }
    }
    return result
  }
}
