/// One column of a `Canvas`: the character drawn there and its style role.
///
/// A wide character lives in its first cell; the cell to its right is a
/// continuation cell whose `grapheme` is empty and whose role repeats the
/// character's role. A blank cell holds a single space.
public struct Cell: Sendable, Equatable {
  public var grapheme: String
  public var role: StyleRole

  public init(grapheme: String = " ", role: StyleRole = .text) {
    self.grapheme = grapheme
    self.role = role
  }

  /// A space in the `text` role.
  public static let blank = Cell()

  /// Whether this cell is the right half of a wide character.
  public var isContinuation: Bool { grapheme.isEmpty }
}
