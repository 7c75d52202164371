/// A one-row chart of a series of values drawn with the eight block heights
/// "▁▂▃▄▅▆▇█"; a missing value is a space.
///
/// Values are scaled to `range` when given (values outside it are clamped),
/// else to the lowest and highest value present; a flat series draws "▄".
/// When there are more values than columns, the most recent (last) ones are shown.
public struct Sparkline: Widget, Sendable, Equatable {
  public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  public var values: [Double?]
  public var range: ClosedRange<Double>?
  public var role: StyleRole

  public init(values: [Double?], range: ClosedRange<Double>? = nil, role: StyleRole = .sparkline) {
    self.values = values
    self.range = range
    self.role = role
  }

  /// The chart as text: one column per value, at most `width` columns.
  public func text(width: Int? = nil) -> String {
    let shown = width.map { Array(values.suffix(max(0, $0))) } ?? values
    let present = shown.compactMap { $0 }.filter { !$0.isNaN }
    let low = range?.lowerBound ?? present.min() ?? 0
    let high = range?.upperBound ?? present.max() ?? 0
    return String(
      shown.map { value in
        guard let value, !value.isNaN else { return " " }
        guard high > low else { return Self.levels[3] }
        let scaled = (min(high, max(low, value)) - low) / (high - low)
        return Self.levels[Int((scaled * Double(Self.levels.count - 1)).rounded())]
      })
  }

  /// Draws the chart on the first row of `rect`, left-aligned.
  public func render(in rect: Rect, on canvas: inout Canvas) {
    guard !rect.isEmpty else { return }
    canvas.write(text(width: rect.width), row: rect.row, column: rect.column, role: role, maxWidth: rect.width)
  }
}
