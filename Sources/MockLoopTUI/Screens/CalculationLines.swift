import Foundation
import MockLoopKit

/// The calculations of a session in its record: minute, expression and result.
enum CalculationLines {
  static func lines(_ calculations: [Calculation], startedAt: Date?) -> [[Span]] {
    guard !calculations.isEmpty else { return [] }
    var lines: [[Span]] = [[], [Span("Calculations", role: .accent)]]
    for calculation in calculations {
      let minute =
        startedAt.map { "  " + DurationText.clock(calculation.at.timeIntervalSince($0)).leftPadded(toWidth: 5) + " " }
        ?? "  "
      lines.append([
        Span(minute, role: .muted), Span(calculation.expression), Span(" = ", role: .muted),
        Span(calculation.result, role: .title),
      ])
    }
    return lines
  }
}
