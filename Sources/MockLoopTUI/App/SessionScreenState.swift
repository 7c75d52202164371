import Foundation
import MockLoopKit

/// The live mock on screen: the session value, the question in full, what has focus, the
/// notes editor, and what is waiting to be saved.
public struct SessionScreenState: Sendable, Equatable {
  /// The panes that take focus, in the order Tab visits them.
  public enum Focus: Sendable, Equatable, CaseIterable { case checklist, notes, question, followUps }

  public var session: Session
  /// The question as the deck has it now; nil when its deck is gone (the snapshot still shows).
  public var question: Question?
  public var focus: Focus = .checklist
  /// The selected checklist item of the current phase.
  public var checklist = ListState()
  public var questionScroll = ScrollState()
  public var followUpsScroll = ScrollState()
  /// The countdown in large digits in place of the question and the follow-ups.
  public var showsBigClock = false
  public var editor: NotesEditor
  /// The editor revision last handed to the store.
  public var savedNotesRevision: Int
  public var firstUnsavedEditAt: Date?
  public var lastEditAt: Date?
  public var lastAliveAt: Date?
  /// The follow-up asked last and until when it stays highlighted.
  public var highlightedFollowUp: String?
  public var highlightUntil: Date?
  /// Phases whose end has already been signalled.
  public var alertedPhases: Set<Int> = []
  /// Shown once after a resume: how long the app was away.
  public var banner: String?
  /// Set when the session moved to another process or was deleted: the screen stays readable
  /// and nothing more is saved from it.
  public var movedAway: String?
  /// The calculator line over the notes, while it is open.
  public var calculator: CalculatorState?
  /// The calculations made in this mock since it came on screen, for the calculator's recall.
  public var calculationHistory: [Calculation] = []
  /// Whether an interviewer is with the session, or was and left; nil when none joined.
  public var interviewer: InterviewerPresence?
  /// The interviewer's pause request last seen: each new one is applied once.
  public var seenPauseRequest: String?
  /// Whether the interviewer's rows were read once since the session came on screen (the pause
  /// request found then is old and is not applied).
  public var hasReadInterviewer = false

  /// An interviewer's presence as the candidate's screen tells it.
  public enum InterviewerPresence: Sendable, Equatable { case joined, left }

  public init(session: Session, question: Question?) {
    self.session = session
    self.question = question
    var editor = NotesEditor(text: session.notes)
    // A resumed session goes on typing where the notes end.
    editor.apply(.moveDocumentEnd, layoutWidth: 80, viewHeight: 10)
    self.editor = editor
    self.savedNotesRevision = editor.revision
  }

  public var hasUnsavedNotes: Bool { editor.revision != savedNotesRevision }

  /// The selected checklist item (the same value as `checklist.selected`).
  public var checklistCursor: Int {
    get { checklist.selected }
    set { checklist.selected = max(newValue, 0) }
  }

  /// The panes Tab visits, in order: the question and the follow-ups give way to the big clock.
  public var focusOrder: [Focus] { showsBigClock ? [.checklist, .notes] : Focus.allCases }

  /// The pane `steps` Tab presses away from the focused one (negative for Shift-Tab).
  public func focus(movedBy steps: Int) -> Focus {
    let order = focusOrder
    let index = order.firstIndex(of: focus) ?? 0
    let count = order.count
    return order[((index + steps) % count + count) % count]
  }

  /// Notes are saved 0.3 s after typing stops, and at least once a second while typing goes on.
  public static let notesQuietDelay: TimeInterval = 0.3
  public static let notesMaximumDelay: TimeInterval = 1.0
  /// How often a running session tells the store it is alive.
  public static let aliveInterval: TimeInterval = 1.0
  public static let highlightSeconds: TimeInterval = 30
  /// Sleeping this much longer than the loop asked for means the process did not run (it was
  /// stopped, or the machine slept); the loop itself wakes every second while the clock runs.
  public static let awayThreshold: TimeInterval = 5
  /// How often the owner looks for a take-over request or a lost session.
  public static let ownershipCheckInterval: TimeInterval = 1
  /// How often the owner looks at a joined interviewer's rows.
  public static let interviewerWatchInterval: TimeInterval = 0.5

  /// When the notes must be saved next, if they are dirty.
  public var notesDeadline: Date? {
    guard hasUnsavedNotes, let first = firstUnsavedEditAt, let last = lastEditAt else { return nil }
    return min(last + Self.notesQuietDelay, first + Self.notesMaximumDelay)
  }
}
