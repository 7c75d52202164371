import Foundation

/// Who a process is in a session: the candidate runs it (and owns it); the interviewer joins it
/// from another terminal and writes only rows of its own.
public enum ParticipantRole: String, Sendable, Codable, Equatable, CaseIterable {
  case candidate, interviewer
}

/// A follow-up the interviewer asked by hand: one from the question's queue asked now, or one
/// of their own (`isImprovised`). Its `id` makes asking it idempotent.
public struct InterviewerFollowUp: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var text: String
  /// The question's note on a good answer, for a follow-up from the queue.
  public var answer: String?
  public var isImprovised: Bool
  public var askedAt: Date

  public init(id: String, text: String, answer: String? = nil, isImprovised: Bool, askedAt: Date) {
    self.id = id
    self.text = text
    self.answer = answer
    self.isImprovised = isImprovised
    self.askedAt = askedAt
  }
}

/// The interviewer's latest pause or resume request; the candidate's process applies each new
/// `id` once.
public struct PauseRequest: Sendable, Codable, Equatable {
  public var id: String
  /// True to pause, false to resume.
  public var paused: Bool
  public var at: Date

  public init(id: String, paused: Bool, at: Date) {
    self.id = id
    self.paused = paused
    self.at = at
  }
}

/// Everything the interviewer wrote about one session, as stored: who joined (and whether they
/// left), the follow-ups asked by hand in order, the private notes, the grade, the last pause
/// request. Empty for a session nobody interviewed.
public struct InterviewerSide: Sendable, Codable, Equatable {
  /// The interviewer's process (its token fences its writes); nil when nobody joined.
  public var participant: SessionOwner?
  public var leftAt: Date?
  public var followUps: [InterviewerFollowUp]
  public var notes: String
  public var grade: Assessment?
  public var pauseRequest: PauseRequest?

  public init(
    participant: SessionOwner? = nil, leftAt: Date? = nil, followUps: [InterviewerFollowUp] = [], notes: String = "",
    grade: Assessment? = nil, pauseRequest: PauseRequest? = nil
  ) {
    self.participant = participant
    self.leftAt = leftAt
    self.followUps = followUps
    self.notes = notes
    self.grade = grade
    self.pauseRequest = pauseRequest
  }

  /// Whether anything was written by an interviewer.
  public var isEmpty: Bool {
    participant == nil && followUps.isEmpty && notes.isEmpty && grade == nil && pauseRequest == nil
  }
}
