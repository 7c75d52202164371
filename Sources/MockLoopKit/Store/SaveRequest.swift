import Foundation

/// One change to the store, in the order the app made it. Codable, so that changes that could
/// not be written yet can be kept in the queue file and replayed on the next start.
///
/// Every change is idempotent: writing it twice leaves the store as writing it once did, so a
/// replay after a crash, or a retry after an ambiguous failure, never doubles anything.
public enum SaveRequest: Sendable, Equatable, Codable {
  case insert(Session)
  case event(SessionEvent, sessionID: String)
  case mark(ChecklistMark, isChecked: Bool, sessionID: String)
  case notes(String, sessionID: String, at: Date)
  case alive(sessionID: String, at: Date)
  case assessment(Assessment?, sessionID: String)
  /// The session is given up for good (it stays in history, marked abandoned).
  case abandon(sessionID: String, at: Date)
  /// A calculation made during the mock, kept with the session.
  case calculation(Calculation)
  /// A new set of estimation drills; its answers follow as `estimateAnswer`.
  case estimateRun(EstimateRun)
  case estimateAnswer(EstimateAnswer, runID: String)
  case estimateFinish(runID: String, at: Date)
  /// The interviewer asked a follow-up (from the queue or their own); stored once per id.
  case interviewerFollowUp(InterviewerFollowUp, sessionID: String)
  /// The interviewer's private notes, replaced.
  case interviewerNotes(String, sessionID: String, at: Date)
  /// The interviewer asked both sides to pause or to resume.
  case interviewerPause(PauseRequest, sessionID: String)
  /// The interviewer's grade, replaced.
  case interviewerGrade(Assessment, sessionID: String)

  /// The session the change belongs to (for a drill set: the set).
  public var sessionID: String {
    switch self {
    case .insert(let session): session.id
    case .event(_, let id), .mark(_, _, let id), .notes(_, let id, _), .alive(let id, _), .assessment(_, let id),
      .abandon(let id, _):
      id
    case .calculation(let calculation): calculation.sessionID
    case .estimateRun(let run): run.id
    case .estimateAnswer(_, let id), .estimateFinish(let id, _): id
    case .interviewerFollowUp(_, let id), .interviewerNotes(_, let id, _), .interviewerPause(_, let id),
      .interviewerGrade(_, let id):
      id
    }
  }
}
