import MockLoopKit

/// The question's pitfalls as a titled list of wrapped bullets, for a graded record and its
/// reference view; never drawn before grading, since they give the answer away.
enum PitfallLines {
  static func lines(_ pitfalls: [String], width: Int) -> [[Span]] {
    guard !pitfalls.isEmpty else { return [] }
    var lines: [[Span]] = [[]]
    lines += SpanWrap.lines("Pitfalls of this question: did you fall into any?", role: .accent, width: width)
    for pitfall in pitfalls {
      lines += wrapped(pitfall, width: max(width - 4, 1)).enumerated().map { index, line in
        [Span(index == 0 ? "  ! " : "    ", role: .warning), Span(line)]
      }
    }
    return lines
  }
}
