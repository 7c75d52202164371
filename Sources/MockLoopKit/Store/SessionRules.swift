/// The limits a stored or imported session must keep so that nothing computed from it can
/// trap or mislead: a format with phases of sensible length, scores of sensible size. The
/// store applies them when it reads a row, the import when it reads a file.
enum SessionRules {
  /// Minutes of one phase: at least one, at most about a week (60 × this stays far from overflow).
  static let phaseMinutes = 1...10_000
  /// Scores of a rubric not known here must still fit this range (sums of them cannot overflow).
  static let anyScore = -1_000_000...1_000_000

  /// What is wrong with a format snapshot, or nil.
  static func problem(with format: InterviewFormat) -> String? {
    if format.phases.isEmpty { return "has no phases" }
    for (index, phase) in format.phases.enumerated() where !phaseMinutes.contains(phase.minutes) {
      return "phase \(index + 1) ('\(phase.id.terminalSafe)') lasts \(phase.minutes) minutes, "
        + "not \(phaseMinutes.lowerBound)–\(phaseMinutes.upperBound)"
    }
    return nil
  }

  /// The first score outside `range`, as "requirements: 9 is outside 1–4", or nil.
  static func problem(with scores: [String: Int], range: ClosedRange<Int> = anyScore) -> (id: String, message: String)?
  {
    // Nearly every call finds nothing: look before sorting.
    guard scores.values.contains(where: { !range.contains($0) }) else { return nil }
    for (id, score) in scores.sorted(by: { $0.key < $1.key }) where !range.contains(score) {
      return (id, "\(score) is outside \(range.lowerBound)–\(range.upperBound)")
    }
    return nil
  }
}
