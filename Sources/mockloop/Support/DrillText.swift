import MockLoopKit

/// One estimation drill as text, with its expected answer worked out (for deck authors).
enum DrillText {
  static func render(_ drill: EstimationDrill) -> String {
    var lines = [
      "\(drill.title.terminalSafe) (\(drill.id)), \(drill.topic.rawValue), \(drill.minutes) min",
      "", drill.scenario.reflowed.terminalSafe, "", "Given:",
    ]
    lines += drill.inputs.map { "  \($0.name) = \($0.expression.terminalSafe)" }
    lines.append("Asked: \(drill.asked.terminalSafe) (in \(drill.unit.terminalSafe))")
    let expected = (try? drill.expectedResult().text) ?? "does not compute (see 'mockloop decks lint')"
    lines.append("Expected: \(drill.expected.terminalSafe) = \(expected.terminalSafe)")
    lines += ["", drill.explanation.reflowed.terminalSafe]
    return lines.joined(separator: "\n")
  }
}
