import Foundation

/// One mock interview: what was asked, in which format, and everything that happened.
///
/// Time is never stored as counters: the current phase, the countdown, overruns and pauses
/// are all derived from `events` (see `SessionTimeline`). The format is a snapshot taken at the
/// start, so a session reads the same after the deck changes.
public struct Session: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var format: InterviewFormat
  public var question: QuestionSnapshot
  /// The level graded; from the format, or chosen when the format fits any level.
  public var level: Level?
  public var createdAt: Date
  public var events: [SessionEvent]
  public var marks: [ChecklistMark]
  public var notes: String
  public var assessment: Assessment?
  /// The last moment the app was known to be running this session.
  public var lastSeenAt: Date?

  public init(
    id: String = UUID().uuidString.lowercased(), format: InterviewFormat, question: QuestionSnapshot,
    level: Level?, createdAt: Date, events: [SessionEvent] = [], marks: [ChecklistMark] = [],
    notes: String = "", assessment: Assessment? = nil, lastSeenAt: Date? = nil
  ) {
    self.id = id
    self.format = format
    self.question = question
    self.level = level
    self.createdAt = createdAt
    self.events = events
    self.marks = marks
    self.notes = notes
    self.assessment = assessment
    self.lastSeenAt = lastSeenAt
  }

  /// The time line of this session as of `now`.
  public func timeline(at now: Date) -> SessionTimeline { SessionTimeline(session: self, now: now) }

  public var isFinished: Bool { events.contains { $0.kind == .finish } }

  public func isChecked(phase: String, item: Int) -> Bool {
    marks.contains { $0.phaseID == phase && $0.item == item }
  }

  /// The follow-ups already asked, in order, with when.
  public var revealedFollowUps: [(text: String, at: Date, isOnDemand: Bool)] {
    events.compactMap { event in
      guard event.kind == .followUpRevealed, let text = event.followUp else { return nil }
      return (text, event.at, event.isOnDemand ?? false)
    }
  }
}

/// What a session keeps of its question: enough to show it in history after the deck changes.
public struct QuestionSnapshot: Sendable, Codable, Equatable {
  public var id: String
  public var title: String
  public var deckID: String

  public init(id: String, title: String, deckID: String) {
    self.id = id
    self.title = title
    self.deckID = deckID
  }
}

/// A ticked checklist item of one phase.
public struct ChecklistMark: Sendable, Codable, Equatable, Hashable {
  public var phaseID: String
  public var item: Int
  public var text: String
  public var at: Date

  public init(phaseID: String, item: Int, text: String, at: Date) {
    self.phaseID = phaseID
    self.item = item
    self.text = text
    self.at = at
  }
}

/// The candidate's grading of a session against a rubric.
public struct Assessment: Sendable, Codable, Equatable {
  public var rubricID: String
  /// Dimension id to score.
  public var scores: [String: Int]
  /// Self-assessment items ticked, as "group-id/index".
  public var selfChecks: [String]
  public var wentWell: String
  public var toImprove: String
  public var gradedAt: Date

  public init(
    rubricID: String, scores: [String: Int] = [:], selfChecks: [String] = [], wentWell: String = "",
    toImprove: String = "", gradedAt: Date
  ) {
    self.rubricID = rubricID
    self.scores = scores
    self.selfChecks = selfChecks
    self.wentWell = wentWell
    self.toImprove = toImprove
    self.gradedAt = gradedAt
  }
}
