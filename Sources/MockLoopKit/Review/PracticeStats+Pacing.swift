import Foundation

extension PracticeStats {
  /// Planned against actual time per phase, over the finished sessions of one format id.
  ///
  /// Phases are matched by id across sessions (a format snapshot may have changed between them)
  /// and listed in the newest session's order, phases it no longer has after.
  public struct FormatPacing: Sendable, Codable, Equatable {
    public var formatID: String
    /// The title in the newest session of the format.
    public var formatTitle: String
    public var sessions: Int
    public var phases: [PhasePacing]

    public init(formatID: String, formatTitle: String, sessions: Int, phases: [PhasePacing]) {
      self.formatID = formatID
      self.formatTitle = formatTitle
      self.sessions = sessions
      self.phases = phases
    }

    /// One entry per format id, by id, from finished sessions taken oldest first.
    static func all(of finished: [PlayedSession]) -> [FormatPacing] {
      var formats: [PacingTally] = []
      var index: [String: Int] = [:]
      var current = -1
      // Newest first: the newest session gives each title and the order of the phases.
      for played in finished.reversed() {
        let format = played.digest.format
        if current < 0 || formats[current].formatID != format.id {
          if let known = index[format.id] {
            current = known
          } else {
            formats.append(PacingTally(formatID: format.id, formatTitle: format.title))
            current = formats.count - 1
            index[format.id] = current
          }
        }
        // The two lists, not the digest: passing the digest to a mutating call copied it whole.
        formats[current].add(phases: format.phases, timings: played.digest.phases)
      }
      return formats.sorted { $0.formatID < $1.formatID }.map(\.pacing)
    }
  }

  /// The sums behind one `FormatPacing`, gathered newest session first. Phases are matched by
  /// id; each distinct phase list (sessions of one snapshot share theirs) is matched once.
  private struct PacingTally {
    var formatID: String
    var formatTitle: String
    var sessions = 0
    var phases: [PhaseTally] = []
    /// The last phase list seen, and the tally of each of its phases that was timed so far.
    var lastPhases: [Phase] = []
    var lastTallies: [Int?] = []

    init(formatID: String, formatTitle: String) {
      self.formatID = formatID
      self.formatTitle = formatTitle
    }

    /// One session: its format's phases and their timings.
    mutating func add(phases formatPhases: [Phase], timings: [SessionTimeline.PhaseTiming]) {
      sessions += 1
      if formatPhases != lastPhases {
        lastPhases = formatPhases
        lastTallies = formatPhases.map { phase in phases.firstIndex { $0.phaseID == phase.id } }
      }
      for (position, timing) in zip(formatPhases.indices, timings) {
        let tally: Int
        if let known = lastTallies[position] {
          tally = known
        } else {
          // First timed in the newest session that has it: its title and place come from there.
          let phase = formatPhases[position]
          phases.append(PhaseTally(phaseID: phase.id, title: phase.title))
          tally = phases.count - 1
          for (other, otherPhase) in formatPhases.enumerated() where otherPhase.id == phase.id {
            lastTallies[other] = tally
          }
        }
        phases[tally].add(timing)
      }
    }

    var pacing: FormatPacing {
      FormatPacing(
        formatID: formatID, formatTitle: formatTitle, sessions: sessions, phases: phases.map(\.pacing))
    }
  }

  /// The whole-second sums behind one `PhasePacing`.
  private struct PhaseTally {
    var phaseID: String
    var title: String
    var count = 0
    var planned = 0
    var actual = 0
    var overrun = 0
    var overran = 0
    var short = 0

    init(phaseID: String, title: String) {
      self.phaseID = phaseID
      self.title = title
    }

    mutating func add(_ timing: SessionTimeline.PhaseTiming) {
      let seconds = DurationText.wholeSeconds(timing.actualSeconds)
      let over = max(0, seconds - timing.plannedSeconds)
      count += 1
      planned += timing.plannedSeconds
      actual += seconds
      overrun += over
      if over > 0 { overran += 1 }
      if PhasePace(plannedSeconds: timing.plannedSeconds, actualSeconds: seconds).isShort { short += 1 }
    }

    var pacing: PhasePacing {
      let sessions = Double(max(count, 1))
      return PhasePacing(
        phaseID: phaseID, title: title, sessions: count, averagePlannedSeconds: Double(planned) / sessions,
        averageActualSeconds: Double(actual) / sessions, averageOverrunSeconds: Double(overrun) / sessions,
        overrunRate: Double(overran) / sessions, shortRate: Double(short) / sessions)
    }
  }

  /// How one phase of a format went on average. Seconds are whole seconds per session (as a
  /// session report rounds them) averaged; `overrunRate` is the share, 0 to 1, of sessions
  /// whose phase ran past its plan, `shortRate` the share whose phase was skipped or cut short
  /// (under a third of its plan, by the one rule of `PhasePace`).
  public struct PhasePacing: Sendable, Codable, Equatable {
    public var phaseID: String
    public var title: String
    public var sessions: Int
    public var averagePlannedSeconds: Double
    public var averageActualSeconds: Double
    /// The mean over sessions of max(0, actual − planned).
    public var averageOverrunSeconds: Double
    public var overrunRate: Double
    public var shortRate: Double

    public init(
      phaseID: String, title: String, sessions: Int, averagePlannedSeconds: Double, averageActualSeconds: Double,
      averageOverrunSeconds: Double, overrunRate: Double, shortRate: Double = 0
    ) {
      self.phaseID = phaseID
      self.title = title
      self.sessions = sessions
      self.averagePlannedSeconds = averagePlannedSeconds
      self.averageActualSeconds = averageActualSeconds
      self.averageOverrunSeconds = averageOverrunSeconds
      self.overrunRate = overrunRate
      self.shortRate = shortRate
    }

    /// How the average stands against the average plan, by the rule of `PhasePace`.
    public var averagePace: PhasePace {
      PhasePace(
        plannedSeconds: Int(averagePlannedSeconds.rounded()), actualSeconds: Int(averageActualSeconds.rounded()))
    }
  }
}
