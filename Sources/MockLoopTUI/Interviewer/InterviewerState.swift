import Foundation
import MockLoopKit

/// The interviewer's screen, as state: the session as last read from the store (read-only
/// here), what this interviewer wrote (kept ahead of the store while its writes are queued),
/// the follow-up queue's selection, an improvised follow-up being written, the private notes,
/// and, after the interview, the interviewer's grading. Changed only by `handle(_:now:)`.
public struct InterviewerState: Sendable {
  /// The panes that take keys.
  public enum Focus: Sendable, Equatable { case queue, notes }

  /// What the interviewer's loop reacts to: keys from the terminal, its timer, and what the
  /// runtime read from the store after another process committed.
  public enum Event: Sendable, Equatable {
    case key(Key)
    case typed(String)
    case paste(String)
    case tick
    case resize(width: Int, height: Int)
    /// The session and the interviewer's rows as stored, and whether the candidate's process runs.
    case read(Session, InterviewerSide, ownerIsAlive: Bool)
    case saveStatus(WriteQueue.Status)
  }

  /// What the state asks the runtime to do.
  public enum Effect: Sendable, Equatable {
    case save(SaveRequest)
    case quit
  }

  public var session: Session
  public var question: Question?
  public var side: InterviewerSide
  /// Whether the candidate's process holds its presence lock.
  public var ownerIsAlive: Bool
  public var focus: Focus = .queue
  /// How far the question pane is scrolled (Page Down / Page Up).
  public var questionScroll = 0
  /// The selected row of the follow-up queue.
  public var cursor = 0
  /// The improvised follow-up being written, while its line is open.
  public var draft: String?
  public var notes: NotesEditor
  public var savedNotesRevision: Int
  public var firstUnsavedEditAt: Date?
  public var lastEditAt: Date?
  /// The interviewer's grading, after the interview: the app's own grading screen.
  public var grading: AppState?
  /// Whether leaving the grading ends the run (`mockloop grade`), rather than going back to
  /// the interviewer's screen.
  public var quitsAfterGrading = false
  public var content: ContentLibrary
  public var width: Int
  public var height: Int
  public var now: Date
  public var status: String?
  /// Whether the key help is over the screen, and how far it is scrolled: the scrolling keys
  /// scroll it, any other key closes it (as in the app's help).
  public var showsHelp = false
  public var helpScroll = ScrollState()
  public var saveStatus = WriteQueue.Status()
  public var random: SplitMix64

  public init(
    session: Session, side: InterviewerSide, ownerIsAlive: Bool, content: ContentLibrary, width: Int, height: Int,
    now: Date, random: SplitMix64
  ) {
    self.session = session
    self.question = content.question(id: session.question.id)?.question
    self.side = side
    self.ownerIsAlive = ownerIsAlive
    self.notes = NotesEditor(text: side.notes)
    self.savedNotesRevision = notes.revision
    self.content = content
    self.width = width
    self.height = height
    self.now = now
    self.random = random
  }

  /// One row of the follow-up queue: the question's follow-ups in the order the session hears
  /// them (timed ones with their minute), then the improvised ones asked so far.
  public struct QueueRow: Sendable, Equatable {
    public var text: String
    public var answer: [String]
    /// Minute of interview time it is due at; nil for one asked on demand.
    public var minute: Double?
    public var isImprovised: Bool
  }

  public var queue: [QueueRow] {
    var rows: [QueueRow] = []
    if let question {
      let schedule = session.schedule(of: question)
      rows += schedule.timed.map {
        QueueRow(text: $0.followUp.text, answer: $0.followUp.answer, minute: $0.minute, isImprovised: false)
      }
      rows += schedule.onDemand.map { QueueRow(text: $0.text, answer: $0.answer, minute: nil, isImprovised: false) }
    }
    let known = Set(rows.map(\.text))
    rows += side.followUps.filter { $0.isImprovised && !known.contains($0.text) }.map {
      QueueRow(text: $0.text, answer: [], minute: nil, isImprovised: true)
    }
    return rows
  }

  /// Whether a follow-up was asked already, on the candidate's screen or by this interviewer.
  public func isAsked(_ text: String) -> Bool {
    session.revealedFollowUps.contains { $0.text == text } || side.followUps.contains { $0.text == text }
  }

  /// The time the clock shows: now while the candidate's process runs; when it stopped, the
  /// last moment it was known alive (the clock stands still until it resumes).
  public var clockTime: Date {
    if ownerIsAlive || session.isFinished { return now }
    return min(now, session.lastSeenAt ?? now)
  }

  public var timeline: SessionTimeline { session.timeline(at: clockTime) }

  /// What the screen says while the candidate's process is gone.
  public static let ownerGoneMessage =
    "The candidate's MockLoop stopped; everything you wrote is saved. Waiting for it to resume."

  public var hasUnsavedNotes: Bool { notes.revision != savedNotesRevision }

  public var notesDeadline: Date? {
    guard hasUnsavedNotes, let first = firstUnsavedEditAt, let last = lastEditAt else { return nil }
    return min(last + SessionScreenState.notesQuietDelay, first + SessionScreenState.notesMaximumDelay)
  }

  /// How often the loop looks at the store (one `PRAGMA data_version`) while nothing else wakes
  /// it: twice a second, so that the candidate's changes show within a second of being saved.
  public static let watchInterval: TimeInterval = 0.5

  /// When the loop must wake next: the clock's next second, the notes' save, and at least once
  /// a second to look at the store.
  public var nextWake: Date {
    if let grading { return grading.nextWake ?? now + Self.watchInterval }
    var wakes = [now + Self.watchInterval]
    if ownerIsAlive, let change = timeline.secondsToNextDisplayChange { wakes.append(now + change + 0.002) }
    if let deadline = notesDeadline { wakes.append(deadline) }
    return wakes.min() ?? now + Self.watchInterval
  }
}
