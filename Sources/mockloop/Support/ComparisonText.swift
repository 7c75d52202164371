import Foundation
import MockLoopKit

/// `mockloop compare` as text: one column per attempt, oldest on the left.
enum ComparisonText {
  static func render(_ comparison: AttemptComparison) -> String {
    let attempts = comparison.attempts
    var rows = [[""] + attempts.map { DurationText.day($0.date) }]
    rows.append(["session"] + attempts.map { String($0.sessionID.prefix(8)) })
    rows.append(["format"] + attempts.map(\.formatID))
    rows.append(["level"] + attempts.map { $0.level?.rawValue ?? "any" })
    rows.append(["state"] + attempts.map(\.state))
    rows.append(
      ["time"] + attempts.map { "\(DurationText.clock($0.activeSeconds)) / \(DurationText.clock($0.plannedSeconds))" })
    for phase in phaseRows(attempts) {
      rows.append(
        [phase.title]
          + attempts.map { attempt in
            attempt.phases.first { $0.id == phase.id }.map {
              "\(DurationText.clock($0.actualMinutes * 60)) / \(DurationText.clock($0.plannedMinutes * 60))"
            }
              ?? "-"
          })
    }
    rows.append(["checklist"] + attempts.map { "\($0.checklistChecked) / \($0.checklistTotal)" })
    for dimension in comparison.dimensions {
      rows.append([dimension.title] + attempts.map { $0.scores[dimension.id].map(String.init) ?? "-" })
    }
    rows.append(
      ["verdict"]
        + attempts.map { attempt in
          attempt.verdicts.isEmpty
            ? "-" : attempt.verdicts.map { String($0.prefix { $0 != ":" }) }.joined(separator: ", ")
        })
    let title =
      "\(comparison.questionTitle) [\(comparison.questionID)]: \(attempts.count.counted("attempt"))"
    return ([title, ""] + [Output.table(rows)]).joined(separator: "\n")
  }

  /// Every phase any attempt has, in the order they first appear.
  private static func phaseRows(_ attempts: [AttemptComparison.Attempt]) -> [(id: String, title: String)] {
    var seen: Set<String> = []
    return attempts.flatMap(\.phases).compactMap { phase in
      seen.insert(phase.id).inserted ? (phase.id, phase.title) : nil
    }
  }
}
