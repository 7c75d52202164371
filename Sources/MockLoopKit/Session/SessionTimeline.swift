import Foundation

/// Everything about a session's time as of one moment, derived from its event log.
///
/// Nothing here is counted per tick: each figure is computed from the events' times and `now`,
/// so a late or missed redraw can never make the clock drift.
public struct SessionTimeline: Sendable, Equatable {
  public enum State: Sendable, Equatable {
    case notStarted, running, paused(SessionEvent.PauseReason), finished
  }

  /// Planned and actual seconds of one phase; actual counts only running time spent in it.
  public struct PhaseTiming: Sendable, Equatable {
    public var plannedSeconds: Int
    public var actualSeconds: TimeInterval
    public var overrunSeconds: TimeInterval { max(0, actualSeconds - TimeInterval(plannedSeconds)) }
  }

  public private(set) var state: State = .notStarted
  public private(set) var phaseIndex = 0
  public private(set) var phases: [PhaseTiming]
  /// Running time since the start, pauses excluded.
  public private(set) var activeSeconds: TimeInterval = 0
  /// Time paused, including time the app was not running.
  public private(set) var pausedSeconds: TimeInterval = 0
  /// The part of `pausedSeconds` when the app was not running.
  public private(set) var awaySeconds: TimeInterval = 0
  public private(set) var startedAt: Date?
  public private(set) var finishedAt: Date?

  public init(session: Session, now: Date) {
    phases = session.format.phases.map { PhaseTiming(plannedSeconds: $0.plannedSeconds, actualSeconds: 0) }
    var segmentStart: Date?
    var pauseStart: Date?
    var pauseReason = SessionEvent.PauseReason.user
    let lastPhase = max(phases.count - 1, 0)

    func closeSegment(at time: Date) {
      guard let start = segmentStart, !phases.isEmpty else { return }
      let seconds = max(0, time.timeIntervalSince(start))
      phases[phaseIndex].actualSeconds += seconds
      activeSeconds += seconds
      segmentStart = nil
    }
    func closePause(at time: Date) {
      guard let start = pauseStart else { return }
      let seconds = max(0, time.timeIntervalSince(start))
      pausedSeconds += seconds
      if pauseReason == .away { awaySeconds += seconds }
      pauseStart = nil
    }

    for event in session.events where event.at <= now {
      if state == .finished { break }
      switch event.kind {
      case .start:
        guard state == .notStarted else { continue }
        state = .running
        startedAt = event.at
        segmentStart = event.at
      case .pause:
        guard state == .running else { continue }
        closeSegment(at: event.at)
        pauseReason = event.reason ?? .user
        pauseStart = event.at
        state = .paused(pauseReason)
      case .resume:
        guard case .paused = state else { continue }
        closePause(at: event.at)
        segmentStart = event.at
        state = .running
      case .nextPhase, .previousPhase:
        guard state != .notStarted else { continue }
        if state == .running {
          closeSegment(at: event.at)
          segmentStart = event.at
        }
        phaseIndex = event.kind == .nextPhase ? min(phaseIndex + 1, lastPhase) : max(phaseIndex - 1, 0)
      case .finish:
        guard state != .notStarted else { continue }
        closeSegment(at: event.at)
        closePause(at: event.at)
        finishedAt = event.at
        state = .finished
      case .followUpRevealed:
        continue
      }
    }
    closeSegment(at: now)
    closePause(at: now)
  }

  public var isRunning: Bool { state == .running }
  public var isPaused: Bool { if case .paused = state { return true } else { return false } }

  public var plannedSeconds: Int { phases.reduce(0) { $0 + $1.plannedSeconds } }

  /// Seconds left in the current phase; negative once it overran.
  public var phaseRemainingSeconds: TimeInterval {
    guard phases.indices.contains(phaseIndex) else { return 0 }
    return TimeInterval(phases[phaseIndex].plannedSeconds) - phases[phaseIndex].actualSeconds
  }

  /// Seconds left in the whole interview; negative once it overran.
  public var totalRemainingSeconds: TimeInterval { TimeInterval(plannedSeconds) - activeSeconds }

  // MARK: What the clock shows

  /// The whole seconds that have passed of `seconds`. A value a hair under a whole second
  /// (floating-point sums of event times) counts as that second, so a display never lags.
  /// The rule is `DurationText.wholeSeconds`, the one every duration is shown by.
  public static func wholeSeconds(_ seconds: TimeInterval) -> Int { DurationText.wholeSeconds(seconds) }

  /// How far under a whole second still counts as it (`DurationText.tolerance`).
  public static let displayTolerance: TimeInterval = DurationText.tolerance

  /// The whole seconds the phase countdown shows: the phase's full length during its first
  /// second, 0 for the second that begins when the planned time is up, then -1, -2, ... once
  /// over (shown as "+00:01 over"). Each value is shown for exactly one second of phase time.
  public var phaseCountdown: Int {
    guard phases.indices.contains(phaseIndex) else { return 0 }
    return phases[phaseIndex].plannedSeconds - Self.wholeSeconds(phases[phaseIndex].actualSeconds)
  }

  /// The whole seconds of interview time that have passed ("elapsed 3:25").
  public var elapsedWholeSeconds: Int { Self.wholeSeconds(activeSeconds) }

  /// The whole seconds left of the whole interview, by the same rule as `phaseCountdown`
  /// (elapsed plus left is always the planned total).
  public var totalCountdown: Int { plannedSeconds - elapsedWholeSeconds }

  /// Seconds until a running clock shows something else: the phase countdown and the elapsed
  /// time tick on their own seconds, which differ once a phase began mid-second. Nil unless
  /// running.
  public var secondsToNextDisplayChange: TimeInterval? {
    guard isRunning else { return nil }
    func untilNext(_ seconds: TimeInterval) -> TimeInterval {
      TimeInterval(Self.wholeSeconds(seconds) + 1) - Self.displayTolerance - seconds
    }
    var next = untilNext(activeSeconds)
    if phases.indices.contains(phaseIndex) { next = min(next, untilNext(phases[phaseIndex].actualSeconds)) }
    return max(next, 0)
  }

  /// How the current phase's countdown should look, decided by the value it shows: amber from
  /// "02:00 left" (00:00 included), red from "+00:01 over".
  public var urgency: Urgency {
    let shown = phaseCountdown
    if shown < 0 { return .overrun }
    if TimeInterval(shown) <= Urgency.warningSeconds { return .warning }
    return .normal
  }

  /// The countdown's state: amber in the last two minutes, red once over.
  public enum Urgency: Sendable, Equatable {
    case normal, warning, overrun
    public static let warningSeconds: TimeInterval = 120
  }
}
