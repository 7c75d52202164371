import Foundation

/// Every attempt of one question side by side: how each was run, timed, covered and graded.
///
/// Invariants: `attempts` holds exactly the given sessions of `questionID`, oldest first (by
/// start, else creation; ties by session id); `dimensions` lists every dimension any attempt
/// scored, the rubric's in its order first, then unknown ids sorted.
public struct AttemptComparison: Sendable, Codable, Equatable {
  public var questionID: String
  /// The title in the newest attempt.
  public var questionTitle: String
  /// The rubric verdicts were judged with; nil when none was given.
  public var rubricID: String?
  public var dimensions: [DimensionReference]
  public var attempts: [Attempt]

  /// A scored dimension, with its rubric title (its id when the rubric does not know it).
  public struct DimensionReference: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
  }

  /// One session of the question.
  public struct Attempt: Sendable, Codable, Equatable {
    public var sessionID: String
    /// When it was started, or created when it never was.
    public var date: Date
    /// "not-started", "running", "paused" or "finished", as in a session report.
    public var state: String
    public var formatID: String
    public var formatTitle: String
    public var level: Level?
    public var activeSeconds: Int
    public var plannedSeconds: Int
    public var phases: [PhaseMinutes]
    public var checklistChecked: Int
    public var checklistTotal: Int
    /// Dimension id to score; empty when not graded.
    public var scores: [String: Int]
    /// The verdict at the session's level (every level when it has none), judged with the rubric
    /// when it is the one the session was graded with; empty otherwise.
    public var verdicts: [String]
    /// Why the session cannot support its verdict (`VerdictWarnings`); empty when it can or
    /// when it has no verdict.
    public var warnings: [String]
  }

  /// Planned and actual minutes of one phase of an attempt.
  public struct PhaseMinutes: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var plannedMinutes: Double
    public var actualMinutes: Double
  }

  /// Compares the sessions of `questionID` among `sessions` (others are ignored). An unfinished
  /// session is timed up to the last moment it was known to be alive, at most `now`.
  public init(questionID: String, sessions: [Session], rubric: Rubric?, now: Date) {
    let played = sessions.filter { $0.question.id == questionID }
      .map { (session: $0, date: $0.timeline(at: .distantFuture).startedAt ?? $0.createdAt) }
      .sorted { ($0.date, $0.session.id) < ($1.date, $1.session.id) }
    self.questionID = questionID
    questionTitle = played.last?.session.question.title ?? questionID
    rubricID = rubric?.id
    attempts = played.map {
      Attempt(SessionReport(session: $0.session, now: $0.session.storedEnd(now: now), rubric: rubric), date: $0.date)
    }
    let scored = Set(attempts.flatMap(\.scores.keys))
    let known = rubric?.dimensions.filter { scored.contains($0.id) } ?? []
    let unknown = scored.subtracting(known.map(\.id)).sorted()
    dimensions =
      known.map { DimensionReference(id: $0.id, title: $0.title) }
      + unknown.map { DimensionReference(id: $0, title: $0) }
  }
}

extension AttemptComparison.Attempt {
  init(_ report: SessionReport, date: Date) {
    sessionID = report.id
    self.date = date
    state = report.state
    formatID = report.format.id
    formatTitle = report.format.title
    level = report.level
    activeSeconds = report.activeSeconds
    plannedSeconds = report.plannedSeconds
    phases = report.phases.map {
      AttemptComparison.PhaseMinutes(
        id: $0.id, title: $0.title, plannedMinutes: Double($0.plannedSeconds) / 60,
        actualMinutes: Double($0.actualSeconds) / 60)
    }
    (checklistChecked, checklistTotal) = report.checklistCoverage
    scores = report.assessment?.scores ?? [:]
    let shown = report.verdicts.filter { verdict in report.level.map { $0 == verdict.level } ?? true }
    verdicts = shown.map(\.summary)
    warnings = shown.first?.warnings ?? []
  }
}
