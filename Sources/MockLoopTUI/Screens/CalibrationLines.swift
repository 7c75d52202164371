import MockLoopKit

/// The progress screen's calibration lines: the sentence, then (self − interviewer) per
/// dimension with its spread. Nothing when no session was graded by both.
enum CalibrationLines {
  static func lines(_ calibration: Calibration?, width: Int) -> [[Span]] {
    guard let calibration, let sentence = calibration.sentence else { return [] }
    var lines: [[Span]] = [[], [Span("Calibration ", role: .accent), Span("your grade minus your interviewer's")]]
    lines += SpanWrap.lines(lead: [Span("  ")], sentence, width: max(width - 2, 1))
    for gap in calibration.dimensions + (calibration.overall.map { [$0] } ?? []) {
      lines.append([
        Span("  " + gap.title, role: .text),
        Span(
          "  \(Calibration.signed(gap.meanDifference)) ± \(Calibration.figure(gap.spread)) over \(gap.count)",
          role: .muted),
      ])
    }
    return lines
  }
}
