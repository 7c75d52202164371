import Foundation

/// What the history, the practice statistics, the plan and the whole-preparation report read of
/// one session, derived from its log once: the store keeps one per session (its summary row),
/// written in the same transaction as every change that could make it stale, so those readers
/// never decode a session's events and marks.
///
/// Invariant: a digest depends on the stored session alone, never on `now` or the content.
/// The clock figures are those of the finish; a session not finished yet has none (its phase
/// timings are empty and its seconds 0), because they move with its last sign of life, and
/// nothing that reads digests uses the clock of a session still open.
public struct SessionDigest: Sendable, Equatable, Identifiable {
  public var id: String
  public var createdAt: Date
  public var question: QuestionSnapshot
  /// The level graded; from the format, or chosen when the format fits any level.
  public var level: Level?
  /// The session's own snapshot of its format.
  public var format: InterviewFormat
  /// When the clock first started; nil for a session never started.
  public var startedAt: Date?
  /// When it finished; nil for a session not finished.
  public var finishedAt: Date?
  /// Planned and actual time per phase of `format` at the finish; empty until finished.
  public var phases: [SessionTimeline.PhaseTiming]
  /// Interview time at the finish, pauses excluded; 0 until finished.
  public var activeSeconds: TimeInterval
  /// Time paused at the finish, away time included; 0 until finished.
  public var pausedSeconds: TimeInterval
  /// The part of `pausedSeconds` when the app was not running; 0 until finished.
  public var awaySeconds: TimeInterval
  /// The ticked checklist items.
  public var checked: ChecklistTicks
  /// The candidate's own grading, without its free text; nil until graded.
  public var grade: Grade?

  /// A checklist item of a phase, as a mark names it.
  public struct ChecklistItemKey: Sendable, Equatable, Hashable {
    public var phaseID: String
    public var item: Int

    public init(phaseID: String, item: Int) {
      self.phaseID = phaseID
      self.item = item
    }
  }

  /// What the statistics read of an assessment: the rubric, the scores and when.
  public struct Grade: Sendable, Equatable {
    public var rubricID: String
    /// Dimension id to score.
    public var scores: [String: Int]
    public var gradedAt: Date

    public init(rubricID: String, scores: [String: Int], gradedAt: Date) {
      self.rubricID = rubricID
      self.scores = scores
      self.gradedAt = gradedAt
    }
  }

  public init(
    id: String, createdAt: Date, question: QuestionSnapshot, level: Level?, format: InterviewFormat,
    startedAt: Date?, finishedAt: Date?, phases: [SessionTimeline.PhaseTiming], activeSeconds: TimeInterval,
    pausedSeconds: TimeInterval, awaySeconds: TimeInterval, checked: ChecklistTicks, grade: Grade?
  ) {
    self.id = id
    self.createdAt = createdAt
    self.question = question
    self.level = level
    self.format = format
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.phases = phases
    self.activeSeconds = activeSeconds
    self.pausedSeconds = pausedSeconds
    self.awaySeconds = awaySeconds
    self.checked = checked
    self.grade = grade
  }

  /// The digest of a whole session, as the store would keep it.
  public init(_ session: Session) {
    let timeline = session.timeline(at: .distantFuture)
    let isFinished = timeline.finishedAt != nil
    self.init(
      id: session.id, createdAt: session.createdAt, question: session.question, level: session.level,
      format: session.format, startedAt: timeline.startedAt, finishedAt: timeline.finishedAt,
      phases: isFinished ? timeline.phases : [], activeSeconds: isFinished ? timeline.activeSeconds : 0,
      pausedSeconds: isFinished ? timeline.pausedSeconds : 0, awaySeconds: isFinished ? timeline.awaySeconds : 0,
      checked: ChecklistTicks(session.marks.lazy.map { ChecklistItemKey(phaseID: $0.phaseID, item: $0.item) }),
      grade: session.assessment.map { Grade(rubricID: $0.rubricID, scores: $0.scores, gradedAt: $0.gradedAt) })
  }

  public var isFinished: Bool { finishedAt != nil }
  public var isStarted: Bool { startedAt != nil }

  /// Whether the item was ticked.
  public func isChecked(phase: String, item: Int) -> Bool {
    checked.contains(ChecklistItemKey(phaseID: phase, item: item))
  }

  /// The planned length of the whole interview in seconds.
  public var plannedSeconds: Int { format.phases.reduce(0) { $0 + $1.plannedSeconds } }
}
