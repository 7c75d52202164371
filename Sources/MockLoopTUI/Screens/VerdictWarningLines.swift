import MockLoopKit

/// The warnings of a verdict as lines under it: one "⚠" sentence each, wrapped, so that a
/// verdict on a session too thin to support it never reads as plain praise.
enum VerdictWarningLines {
  static func lines(_ warnings: [String], indent: String = "", width: Int) -> [[Span]] {
    guard !warnings.isEmpty else { return [] }
    var lines = SpanWrap.lines(
      lead: [Span(indent)], "The session is too thin to support a verdict:", role: .warning,
      width: width)
    for warning in warnings {
      lines += SpanWrap.lines(lead: [Span(indent + "⚠ ", role: .warning)], warning, width: width)
    }
    return lines
  }
}
