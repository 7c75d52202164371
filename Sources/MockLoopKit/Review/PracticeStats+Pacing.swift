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
      Dictionary(grouping: finished, by: \.digest.format.id)
        .sorted { $0.key < $1.key }
        .map { formatID, sessions in FormatPacing(formatID: formatID, sessions: sessions) }
    }

    private init(formatID: String, sessions: [PlayedSession]) {
      var timings: [String: [SessionTimeline.PhaseTiming]] = [:]
      var titles: [String: String] = [:]
      var order: [String] = []
      for played in sessions.reversed() {
        for (phase, timing) in zip(played.digest.format.phases, played.digest.phases) {
          if titles[phase.id] == nil {
            titles[phase.id] = phase.title
            order.append(phase.id)
          }
          timings[phase.id, default: []].append(timing)
        }
      }
      self.formatID = formatID
      formatTitle = sessions.last?.digest.format.title ?? formatID
      self.sessions = sessions.count
      phases = order.map { PhasePacing(phaseID: $0, title: titles[$0] ?? $0, timings: timings[$0] ?? []) }
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

    init(phaseID: String, title: String, timings: [SessionTimeline.PhaseTiming]) {
      let count = Double(max(timings.count, 1))
      let actual = timings.map { DurationText.wholeSeconds($0.actualSeconds) }
      let overruns = zip(timings, actual).map { max(0, $1 - $0.plannedSeconds) }
      let short = zip(timings, actual).filter {
        PhasePace(plannedSeconds: $0.plannedSeconds, actualSeconds: $1).isShort
      }
      self.init(
        phaseID: phaseID, title: title, sessions: timings.count,
        averagePlannedSeconds: Double(timings.reduce(0) { $0 + $1.plannedSeconds }) / count,
        averageActualSeconds: Double(actual.reduce(0, +)) / count,
        averageOverrunSeconds: Double(overruns.reduce(0, +)) / count,
        overrunRate: Double(overruns.filter { $0 > 0 }.count) / count, shortRate: Double(short.count) / count)
    }
  }
}
