/// A run of text in one style role; a line of mixed styles is an array of spans.
public struct Span: Sendable, Equatable {
  public var text: String
  public var role: StyleRole

  public init(_ text: String, role: StyleRole = .text) {
    self.text = text
    self.role = role
  }
}

extension Array where Element == Span {
  /// The display width of all the spans together.
  public var displayWidth: Int { reduce(0) { $0 + $1.text.displayWidth } }
}

extension Canvas {
  /// Writes spans one after the other on a row and returns the columns written.
  ///
  /// Spans wider than their room (`maxWidth`, and the canvas's right edge) are cut by
  /// `TextFit`'s rule: at a word boundary when one is near, always with "…".
  @discardableResult
  public mutating func write(_ spans: [Span], row: Int, column: Int, maxWidth: Int? = nil) -> Int {
    let room = min(maxWidth ?? Int.max, width - max(column, 0))
    let spans = room < Int.max && spans.displayWidth > room ? spans.fitted(toWidth: room) : spans
    var position = column
    let limit = maxWidth.map { column + max(0, $0) } ?? Int.max
    for span in spans where position < limit {
      position += write(
        span.text, row: row, column: position, role: span.role,
        maxWidth: limit == Int.max ? nil : limit - position)
    }
    return position - column
  }
}
