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
    let clamped = fraction.isNaN ? 0 : min(1, max(0, fraction))
    let halves = Int((clamped * Double(width * 2)).rounded())
    let full = halves / 2
    let half = halves % 2
    return String(repeating: "█", count: full) + String(repeating: "▌", count: half)
      + String(repeating: " ", count: width - full - half)
  }

  /// Draws the bar on the first row of `rect`.
  public func render(in rect: Rect, on canvas: inout Canvas) {
    guard !rect.isEmpty else { return }
    canvas.write(text(width: rect.width), row: rect.row, column: rect.column, role: role, maxWidth: rect.width)
  }
}
