/// A one-row bar filled in proportion to a fraction, drawn with full and half
/// blocks ("███▌  "), so its resolution is half a column.
///
/// The fraction is clamped to 0...1; NaN counts as 0.
public struct ProgressBar: Widget, Sendable, Equatable {
  public var fraction: Double
  public var role: StyleRole

  public init(fraction: Double, role: StyleRole = .accent) {
    self.fraction = fraction
    self.role = role
  }

  /// The bar as text of exactly `width` columns.
  public func text(width: Int) -> String {
    guard width > 0 else { return "" }
    let (full, half) = blocks(width: width)
    return String(repeating: "█", count: full) + String(repeating: "▌", count: half)
      + String(repeating: " ", count: width - full - half)
  }

  /// Draws the bar on the first row of `rect`, as writing `text(width:)` there draws it.
  public func render(in rect: Rect, on canvas: inout Canvas) {
    guard !rect.isEmpty else { return }
    // Filled rather than written: the clock redraws the bar every second.
    let (full, half) = blocks(width: rect.width)
    canvas.fill(Rect(row: rect.row, column: rect.column, width: full, height: 1), with: "█", role: role)
    canvas.fill(Rect(row: rect.row, column: rect.column + full, width: half, height: 1), with: "▌", role: role)
    canvas.fill(
      Rect(row: rect.row, column: rect.column + full + half, width: rect.width - full - half, height: 1), role: role)
  }

  /// How many full blocks and half blocks (0 or 1) the bar has at `width` columns.
  private func blocks(width: Int) -> (full: Int, half: Int) {
    let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
    let halves = Int((clamped * Double(width * 2)).rounded())
    return (halves / 2, halves % 2)
  }
}
