/// How one phase's time stood against its plan: the single rule behind the record's pacing
/// lines, the pacing on the progress screen and the verdict's warnings.
///
/// A phase is skipped when not one whole second was spent in it, cut short when it used less
/// than a third of its planned time (`shortShare`), over when it ran past its plan, and on plan
/// otherwise. A phase planned at zero seconds is never short.
public enum PhasePace: Sendable, Equatable {
  case skipped
  case cutShort
  case onPlan
  case over(seconds: Int)

  /// The share of its plan under which a phase counts as cut short.
  public static let shortShare = 1.0 / 3.0

  public init(plannedSeconds: Int, actualSeconds: Int) {
    if actualSeconds > plannedSeconds {
      self = .over(seconds: actualSeconds - plannedSeconds)
    } else if plannedSeconds > 0, actualSeconds < 1 {
      self = .skipped
    } else if Double(actualSeconds) < Double(plannedSeconds) * Self.shortShare {
      self = .cutShort
    } else {
      self = .onPlan
    }
  }

  /// Whether the phase used less than it should for its part of a verdict to count.
  public var isShort: Bool { self == .skipped || self == .cutShort }

  /// "skipped", "cut short", "on plan" or "over".
  public var label: String {
    switch self {
    case .skipped: "skipped"
    case .cutShort: "cut short"
    case .onPlan: "on plan"
    case .over: "over"
    }
  }
}

extension SessionReport.PhaseReport {
  /// How the phase's actual time stood against its plan.
  public var pace: PhasePace { PhasePace(plannedSeconds: plannedSeconds, actualSeconds: actualSeconds) }
}

extension SessionReport {
  /// The phases of a finished session that ended well short, in one line for the pacing under
  /// the bars: "Cut short (under a third of the plan): High level 9:00 of 30:00. Skipped: Deep
  /// dive." Nil when none did, or when the session is not finished (its later phases are not late).
  public var shortPhasesLine: String? {
    guard state == "finished" else { return nil }
    let short = phases.filter { $0.pace == .cutShort }.map {
      "\($0.title) \(DurationText.clock($0.actualSeconds)) of \(DurationText.clock($0.plannedSeconds))"
    }
    let skipped = phases.filter { $0.pace == .skipped }.map(\.title)
    var parts: [String] = []
    if !short.isEmpty { parts.append("Cut short (under a third of the plan): \(VerdictWarnings.list(short)).") }
    if !skipped.isEmpty { parts.append("Skipped: \(VerdictWarnings.list(skipped)).") }
    return parts.isEmpty ? nil : parts.joined(separator: " ")
  }
}
