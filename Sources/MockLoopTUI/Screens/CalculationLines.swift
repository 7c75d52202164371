import Foundation
import MockLoopKit

/// The calculations of a session in its record: minute, expression and result.
enum CalculationLines {
  static func lines(_ calculations: [Calculation], startedAt: Date?) -> [[Span]] {
    guard !calculations.isEmpty else { return [] }
    var lines: [[Span]] = [[], [Span("Calculations", role: .accent)]]
    for calculation in calculations {
      let minute = startedAt.map { String(format: "  %2dm ", Int(calculation.at.timeIntervalSince($0) / 60)) } ?? "  "
      lines.append([
        Span(minute, role: .muted), Span(calculation.expression), Span(" = ", role: .muted),
        Span(calculation.result, role: .title),
      ])
    }
    return lines
  }
}
