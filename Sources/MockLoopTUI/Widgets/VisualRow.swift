/// One row of the notes as shown on screen: the stretch of a logical line that
/// soft wrapping puts on one row.
///
/// Invariants: `columns` is a range of character offsets in line `line`; `text` is
/// those characters and `width` their display width, at most the layout width unless
/// the row holds a single character wider than it.
public struct VisualRow: Sendable, Equatable {
  /// The logical line the row belongs to.
  public var line: Int
  /// The characters of the line on this row.
  public var columns: Range<Int>
  /// The row's text.
  public var text: String
  /// The row's width in terminal columns.
  public var width: Int

  public init(line: Int, columns: Range<Int>, text: String, width: Int) {
    self.line = line
    self.columns = columns
    self.text = text
    self.width = width
  }
}
