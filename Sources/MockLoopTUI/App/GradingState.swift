import Foundation
import MockLoopKit

/// Grading one session against a rubric: a score per dimension, the self-assessment items,
/// and two free-text notes. Every change is saved at once; the verdict is recomputed live.
public struct GradingState: Sendable, Equatable {
  /// One selectable row of the grading screen.
  public enum Row: Sendable, Equatable {
    case dimension(RubricDimension)
    case selfCheck(groupID: String, index: Int, text: String)
    case wentWell
    case toImprove
  }

  public enum Field: Sendable, Equatable { case wentWell, toImprove }
  /// The panes that take focus, in the order Tab visits them.
  public enum Focus: Sendable, Equatable, CaseIterable { case rows, detail, verdict }

  public var session: Session
  public var rubric: Rubric
  public var level: Level
  public var assessment: Assessment
  /// Selection of `rows`.
  public var list = ListState()
  public var focus: Focus = .rows
  public var detailScroll = ScrollState()
  public var verdictScroll = ScrollState()
  public var editing: Field?
  public var wentWell: NotesEditor
  public var toImprove: NotesEditor
  /// Why the session cannot support its verdict (`VerdictWarnings`), fixed as the session is.
  public var warnings: [String]
  /// Whose grade this is: the candidate's own, or the interviewer's (saved to the interviewer's
  /// rows, and done when left).
  public var grader: ParticipantRole = .candidate

  public init(session: Session, rubric: Rubric, now: Date) {
    self.session = session
    self.rubric = rubric
    self.level = session.level ?? .l6
    let existing = session.assessment.flatMap { $0.rubricID == rubric.id ? $0 : nil }
    self.assessment = existing ?? Assessment(rubricID: rubric.id, gradedAt: now)
    self.wentWell = NotesEditor(text: assessment.wentWell)
    self.toImprove = NotesEditor(text: assessment.toImprove)
    self.warnings = VerdictWarnings.of(SessionReport(session: session, now: now, rubric: nil))
  }

  public var rows: [Row] {
    rubric.dimensions.map(Row.dimension)
      + rubric.selfAssessment.flatMap { group in
        group.items.enumerated().map { Row.selfCheck(groupID: group.id, index: $0.offset, text: $0.element) }
      } + [.wentWell, .toImprove]
  }

  /// The selected row (the same value as `list.selected`); choosing another shows its
  /// expectations from the top.
  public var cursor: Int {
    get { list.selected }
    set {
      if newValue != list.selected { detailScroll = ScrollState() }
      list.selected = max(newValue, 0)
    }
  }

  public var verdicts: [Verdict] {
    Level.allCases.map { rubric.verdict(for: $0, scores: assessment.scores).warned(warnings) }
  }

  /// The interviewer's grading of `session`, starting from `grade` when one is saved.
  public static func interviewer(session: Session, rubric: Rubric, grade: Assessment?, now: Date) -> GradingState {
    var blind = session
    blind.assessment = grade
    var state = GradingState(session: blind, rubric: rubric, now: now)
    state.grader = .interviewer
    return state
  }

  static func selfCheckKey(groupID: String, index: Int) -> String { "\(groupID)/\(index)" }
}
