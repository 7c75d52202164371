/// A one-row bar comparing an actual amount with a planned one (minutes spent
/// in a phase against minutes planned).
///
/// Within the plan, the actual amount is "█" in `.barActual` and the unused
/// rest of the plan "░" in `.barPlanned`; beyond the plan, the overrun is "▓"
/// in `.barOverrun` (at least one cell whenever there is an overrun and room).
/// `maximum` is the amount that fills the whole width; by default the larger
/// of the two, so bars of different rows are comparable only with a shared maximum.
public struct HorizontalBar: Widget, Sendable, Equatable {
  public var planned: Double
  public var actual: Double
  public var maximum: Double?

  public init(planned: Double, actual: Double, maximum: Double? = nil) {
    self.planned = planned
    self.actual = actual
    self.maximum = maximum
  }

  /// The bar as styled spans; their text is exactly `width` columns.
  public func spans(width: Int) -> [Span] {
    guard width > 0 else { return [] }
    let scale = maximum ?? max(planned, actual)
    func columns(_ amount: Double) -> Int {
      guard scale > 0, amount.isFinite, amount > 0 else { return 0 }
      return min(width, Int((amount / scale * Double(width)).rounded()))
    }
    let plannedColumns = columns(planned)
    var actualColumns = columns(actual)
    var result: [Span] = []
    if actual > planned {
      if actualColumns <= plannedColumns && plannedColumns < width { actualColumns = plannedColumns + 1 }
      result.append(Span(String(repeating: "█", count: plannedColumns), role: .barActual))
      result.append(Span(String(repeating: "▓", count: actualColumns - plannedColumns), role: .barOverrun))
    } else {
      result.append(Span(String(repeating: "█", count: actualColumns), role: .barActual))
      result.append(Span(String(repeating: "░", count: plannedColumns - actualColumns), role: .barPlanned))
    }
    let used = max(plannedColumns, actualColumns)
    result.append(Span(String(repeating: " ", count: width - used), role: .text))
    return result.filter { !$0.text.isEmpty }
  }

  /// Draws the bar on the first row of `rect`.
  public func render(in rect: Rect, on canvas: inout Canvas) {
    guard !rect.isEmpty else { return }
    canvas.write(spans(width: rect.width), row: rect.row, column: rect.column, maxWidth: rect.width)
  }
}
