/// Why a session cannot support the verdict on its scores: phases skipped or cut short (under a
/// third of their plan, `PhasePace`), less than half of the planned time used, under half of the
/// checklist ticked. Each warning is one plain sentence naming the phases or the figures.
///
/// The scores may still meet a bar; the warnings say that the session behind them was too thin
/// for that to mean much. A session not finished yet has none (its later phases are not late).
public enum VerdictWarnings {
  /// The share of the planned time and of the checklist under which a session warns.
  public static let usedShare = 0.5

  /// The warnings of a finished session's report, in the order: phases, time, checklist.
  public static func of(_ report: SessionReport) -> [String] {
    guard report.state == "finished" else { return [] }
    let coverage = report.checklistCoverage
    return sentences(
      phases: report.phases.map { ($0.title, $0.plannedSeconds, $0.actualSeconds) },
      plannedSeconds: report.plannedSeconds, activeSeconds: report.activeSeconds, checked: coverage.checked,
      total: coverage.total)
  }

  /// The warnings of a played session, from its time line and marks without building a report
  /// (the same figures, rounded as a report rounds them).
  static func of(_ played: PlayedSession) -> [String] {
    guard played.isFinished else { return [] }
    let phases = played.digest.format.phases
    let offered = Set(
      phases.flatMap { phase in
        phase.checklist.indices.map { SessionDigest.ChecklistItemKey(phaseID: phase.id, item: $0) }
      })
    let checked = played.digest.checked.intersection(offered).count
    return sentences(
      phases: zip(phases, played.digest.phases).map {
        ($0.title, $1.plannedSeconds, Int($1.actualSeconds.rounded()))
      },
      plannedSeconds: played.digest.plannedSeconds, activeSeconds: Int(played.digest.activeSeconds.rounded()),
      checked: checked, total: offered.count)
  }

  /// The warnings for phases (title, planned and actual seconds), the session's planned and used
  /// seconds, and the checklist items ticked of those offered.
  public static func sentences(
    phases: [(title: String, planned: Int, actual: Int)], plannedSeconds: Int, activeSeconds: Int, checked: Int,
    total: Int
  ) -> [String] {
    var warnings: [String] = []
    let paced = phases.map { (phase: $0, pace: PhasePace(plannedSeconds: $0.planned, actualSeconds: $0.actual)) }
    let skipped = paced.filter { $0.pace == .skipped }.map(\.phase.title)
    if !skipped.isEmpty {
      let noun = skipped.count == 1 ? "Phase" : "Phases"
      warnings.append("\(noun) skipped: \(list(skipped)).")
    }
    let short = paced.filter { $0.pace == .cutShort }.map { item in
      "\(item.phase.title) \(DurationText.clock(item.phase.actual)) of \(DurationText.clock(item.phase.planned))"
    }
    if !short.isEmpty {
      warnings.append("Under a third of the planned time: \(list(short)).")
    }
    if plannedSeconds > 0, Double(activeSeconds) < Double(plannedSeconds) * usedShare {
      warnings.append(
        "Only \(DurationText.clock(activeSeconds)) of the \(DurationText.clock(plannedSeconds)) planned was used, "
          + "less than half.")
    }
    if total > 0, Double(checked) < Double(total) * usedShare {
      warnings.append("Only \(checked) of \(total) checklist items ticked, under half.")
    }
    return warnings
  }

  /// "A", "A and B", "A, B and C".
  static func list(_ items: [String]) -> String {
    guard items.count > 1, let last = items.last else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}
