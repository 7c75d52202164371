/// A position on a canvas or the screen, counted in cells from the top-left corner (0, 0).
public struct Point: Sendable, Hashable {
  public var row: Int
  public var column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }

  public static let zero = Point(row: 0, column: 0)
}

/// A rectangle of cells: its top-left corner and its size.
///
/// Width and height are never negative: the layout helpers clamp them to zero,
/// so a layout that runs out of room yields empty rectangles, not crashes.
public struct Rect: Sendable, Hashable {
  public var row: Int
  public var column: Int
  public var width: Int
  public var height: Int

  public init(row: Int, column: Int, width: Int, height: Int) {
    self.row = row
    self.column = column
    self.width = max(0, width)
    self.height = max(0, height)
  }

  /// A rectangle at the origin.
  public init(width: Int, height: Int) {
    self.init(row: 0, column: 0, width: width, height: height)
  }

  public var origin: Point { Point(row: row, column: column) }
  /// The first row below the rectangle.
  public var bottom: Int { row + height }
  /// The first column right of the rectangle.
  public var right: Int { column + width }
  public var isEmpty: Bool { width == 0 || height == 0 }

  public func contains(_ point: Point) -> Bool {
    point.row >= row && point.row < bottom && point.column >= column && point.column < right
  }

  /// The cells both rectangles cover (empty when they do not overlap).
  public func intersection(_ other: Rect) -> Rect {
    let top = max(row, other.row)
    let left = max(column, other.column)
    return Rect(
      row: top, column: left,
      width: min(right, other.right) - left,
      height: min(bottom, other.bottom) - top)
  }

  /// The rectangle shrunk by `amount` cells on every side.
  public func inset(by amount: Int) -> Rect {
    inset(top: amount, left: amount, bottom: amount, right: amount)
  }

  /// The rectangle shrunk by the given number of cells on each side.
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    Rect(
      row: row + top, column: column + left,
      width: width - left - right, height: height - top - bottom)
  }

  /// Splits off the first `rows` rows (at most the whole height); `rest` is what remains below.
  public func splitTop(_ rows: Int) -> (top: Rect, rest: Rect) {
    let taken = min(max(0, rows), height)
    return (
      Rect(row: row, column: column, width: width, height: taken),
      Rect(row: row + taken, column: column, width: width, height: height - taken)
    )
  }

  /// Splits off the last `rows` rows; `rest` is what remains above.
  public func splitBottom(_ rows: Int) -> (bottom: Rect, rest: Rect) {
    let taken = min(max(0, rows), height)
    return (
      Rect(row: bottom - taken, column: column, width: width, height: taken),
      Rect(row: row, column: column, width: width, height: height - taken)
    )
  }

  /// Splits off the first `columns` columns; `rest` is what remains on the right.
  public func splitLeft(_ columns: Int) -> (left: Rect, rest: Rect) {
    let taken = min(max(0, columns), width)
    return (
      Rect(row: row, column: column, width: taken, height: height),
      Rect(row: row, column: column + taken, width: width - taken, height: height)
    )
  }

  /// Splits off the last `columns` columns; `rest` is what remains on the left.
  public func splitRight(_ columns: Int) -> (right: Rect, rest: Rect) {
    let taken = min(max(0, columns), width)
    return (
      Rect(row: row, column: right - taken, width: taken, height: height),
      Rect(row: row, column: column, width: width - taken, height: height)
    )
  }

  /// A rectangle of the given size centred in this one (clamped to fit).
  public func centered(width: Int, height: Int) -> Rect {
    let fittedWidth = min(max(0, width), self.width)
    let fittedHeight = min(max(0, height), self.height)
    return Rect(
      row: row + (self.height - fittedHeight) / 2,
      column: column + (self.width - fittedWidth) / 2,
      width: fittedWidth, height: fittedHeight)
  }
}
