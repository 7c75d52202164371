import Foundation

/// A session as `mockloop show --json` prints it: what was logged plus everything derived
/// from it (planned versus actual time per phase, checklist coverage, verdicts).
public struct SessionReport: Sendable, Codable, Equatable {
  public struct PhaseReport: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var plannedSeconds: Int
    public var actualSeconds: Int
    public var overrunSeconds: Int
    public var checklist: [ChecklistItemReport]
  }

  public struct ChecklistItemReport: Sendable, Codable, Equatable {
    public var text: String
    public var checked: Bool
    public var checkedAt: Date?
  }

  /// One self-assessment item of the rubric the session was graded with, ticked or not.
  public struct SelfCheckReport: Sendable, Codable, Equatable {
    /// The group's id and title ("technical", "Technical accuracy").
    public var groupID: String
    public var group: String
    public var text: String
    public var checked: Bool
  }

  public struct FollowUpReport: Sendable, Codable, Equatable {
    public var text: String
    public var revealedAt: Date
    /// Minute of interview time (pauses excluded) when it was asked, to a tenth.
    public var minute: Double
    /// The whole seconds of interview time (pauses excluded) when it was asked, by the one
    /// rounding rule (`DurationText.wholeSeconds`): what every view shows as "at 20:18".
    public var seconds: Int
    public var onDemand: Bool
  }

  public var id: String
  public var createdAt: Date
  public var startedAt: Date?
  public var finishedAt: Date?
  public var state: String
  public var format: FormatReference
  public var question: QuestionSnapshot
  public var level: Level?
  public var plannedSeconds: Int
  public var activeSeconds: Int
  public var pausedSeconds: Int
  public var awaySeconds: Int
  public var phases: [PhaseReport]
  public var followUps: [FollowUpReport]
  public var notes: String
  public var assessment: Assessment?
  public var verdicts: [Verdict]
  /// Every self-assessment item of the grading rubric, ticked or not; nil when the session is
  /// not graded or its rubric is not loaded (the ticked keys stay in `assessment.selfChecks`).
  public var selfAssessment: [SelfCheckReport]?
  /// The calculations made during the session, when the caller read them (`show` does).
  public var calculations: [Calculation]?
  /// The interviewer's part, when the caller read it (`show` does) and there is one.
  public var interviewer: InterviewerReport?

  public struct FormatReference: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
  }

  /// Builds the report of the session as stored (an unfinished session's clock stops at its last
  /// sign of life), judging the assessment with `rubric` when one is given.
  public init(session: Session, now: Date, rubric: Rubric?) {
    let timeline = session.storedTimeline(now: now)
    id = session.id
    createdAt = session.createdAt
    startedAt = timeline.startedAt
    finishedAt = timeline.finishedAt
    switch timeline.state {
    case .notStarted: state = "not-started"
    case .running: state = "running"
    case .paused: state = "paused"
    case .finished: state = "finished"
    }
    format = FormatReference(id: session.format.id, title: session.format.title)
    question = session.question
    level = session.level
    plannedSeconds = timeline.plannedSeconds
    activeSeconds = DurationText.wholeSeconds(timeline.activeSeconds)
    pausedSeconds = DurationText.wholeSeconds(timeline.pausedSeconds)
    awaySeconds = DurationText.wholeSeconds(timeline.awaySeconds)
    phases = zip(session.format.phases, timeline.phases).map { phase, timing in
      PhaseReport(
        id: phase.id, title: phase.title, plannedSeconds: timing.plannedSeconds,
        actualSeconds: DurationText.wholeSeconds(timing.actualSeconds),
        overrunSeconds: DurationText.wholeSeconds(timing.overrunSeconds),
        checklist: phase.checklist.enumerated().map { index, text in
          let mark = session.marks.first { $0.phaseID == phase.id && $0.item == index }
          return ChecklistItemReport(text: text, checked: mark != nil, checkedAt: mark?.at)
        })
    }
    followUps = session.revealedFollowUps.map { followUp in
      let active = session.timeline(at: followUp.at).activeSeconds
      return FollowUpReport(
        text: followUp.text, revealedAt: followUp.at, minute: (active / 6).rounded() / 10,
        seconds: DurationText.wholeSeconds(active), onDemand: followUp.isOnDemand)
    }
    notes = session.notes
    assessment = session.assessment
    if let assessment = session.assessment, let rubric, rubric.id == assessment.rubricID {
      let levels = session.level.map { [$0] } ?? Level.allCases
      verdicts = Set(levels + Level.allCases).sorted().map { rubric.verdict(for: $0, scores: assessment.scores) }
      selfAssessment = rubric.selfAssessment.flatMap { group in
        group.items.enumerated().map { index, text in
          SelfCheckReport(
            groupID: group.id, group: group.title, text: text,
            checked: assessment.selfChecks.contains("\(group.id)/\(index)"))
        }
      }
    } else {
      verdicts = []
    }
    let warnings = VerdictWarnings.of(self)
    verdicts = verdicts.map { $0.warned(warnings) }
  }

  /// Checklist items ticked over items offered, across all phases.
  public var checklistCoverage: (checked: Int, total: Int) {
    let items = phases.flatMap(\.checklist)
    return (items.filter(\.checked).count, items.count)
  }
}
