import Foundation
import MockLoopKit

/// What the app reacts to. Keys and pastes come from the terminal, ticks from the loop's timer;
/// everything else is the result of an effect the runtime carried out (a load, a claim, the
/// write queue's state), coming back through `AppState.handle` as bubbletea's commands return
/// messages.
public enum AppEvent: Sendable, Equatable {
  case key(Key)
  case paste(String)
  /// Text that arrived in one burst (see `TerminalEvent.typed`): a text field takes it at once,
  /// elsewhere each character acts as its key.
  case typed(String)
  /// The wheel or a button, at a cell of the screen.
  case mouse(MouseEvent)
  case tick
  case resize(width: Int, height: Int)
  /// A load asked for with `Effect.load` finished.
  case loaded(Loaded)
  /// A load or a claim failed; the message says why in words for the user.
  case loadFailed(String)
  /// The new session asked for with `Effect.begin` is stored and owned, or could not be.
  case began(sessionID: String)
  case beginFailed(String)
  /// What the owner of the session on screen found on a wake-up.
  case ownership(SessionStore.OwnershipCheck)
  /// The session on screen was handed over to another process.
  case handedOver(to: SessionOwner)
  /// The write queue's state changed.
  case saveStatus(WriteQueue.Status)
  /// Quitting found changes that are not stored yet.
  case quitBlocked(WriteQueue.Status)
  /// The loop slept far longer than it asked to, from `since` (a stopped process, a suspended
  /// machine).
  case gap(since: Date)
  /// The external editor returned: the new text, or why it failed.
  case editorReturned(text: String?, problem: String?)
  /// The full content library, loaded after a first frame drawn from the content index's
  /// outline: it replaces the outline before any key is handled.
  case content(ContentLibrary)
  /// What the session's interviewer wrote, read after another process committed, and whether
  /// the interviewer's process runs.
  case interviewer(InterviewerSide, isPresent: Bool)
}

/// The results of loads.
public enum Loaded: Sendable, Equatable {
  case home(unfinished: [SessionSummary], attempts: [String: Int])
  case history([SessionSummary])
  case record(Session, history: HistoryState?)
  case stats(PracticeStats)
  /// The practice plan as of now, for home's Today and the progress screen.
  case plan(PracticePlan)
  /// A session claimed by this process, to run.
  case resume(Session, claim: SessionStore.Claim)
  /// An unfinished session to finish before `then` starts.
  case finishBeforeStart(Session, then: PendingStart)
  /// The calculations kept with a session, for its record.
  case calculations([Calculation], sessionID: String)
  /// How often each estimation drill was answered: a new drill set starts from these.
  case drillPractice([String: Int])
  /// Every drill set's figures, for the end of a set.
  case estimateStats(EstimateStats)
  /// Every attempt of a record's question, for the side-by-side view.
  case comparison(AttemptComparison)
  /// The interviewer's part of a session's record (nil: no interviewer wrote anything).
  case interviewer(InterviewerReport?, sessionID: String)
}

/// A mock the user asked to start while another was unfinished.
public struct PendingStart: Sendable, Equatable {
  public var formatID: String
  public var questionID: String
  public var level: Level?

  public init(formatID: String, questionID: String, level: Level?) {
    self.formatID = formatID
    self.questionID = questionID
    self.level = level
  }
}

/// What `update` asks the runtime to do; the state itself stays pure.
public enum Effect: Sendable, Equatable {
  /// Queue a change for the store (written in order, retried until stored).
  case save(SaveRequest)
  case alert
  case openExternalEditor
  /// Read from the store (after every queued write) and report `.loaded`.
  case load(LoadRequest)
  /// Store the new session and own it, synchronously; report `.began` or `.beginFailed`.
  case begin(Session)
  /// Stop owning a session (after its queued writes).
  case release(sessionID: String)
  /// Store everything queued, then give the session to `successor`; report `.handedOver`.
  case handOver(sessionID: String, to: SessionOwner)
  /// Quit; with unsaved changes the runtime reports `.quitBlocked` instead.
  case quit
  /// Quit even with unsaved changes: they go to the queue file for the next start.
  case quitKeepingQueue
}

/// Reads the runtime performs for the state.
public enum LoadRequest: Sendable, Equatable {
  case home
  case history
  case record(id: String, history: HistoryState?)
  case stats
  /// The practice plan from the sessions and the plan settings.
  case plan
  /// Claim the session (refused when another process runs it) and load it to run.
  case resume(id: String)
  /// Claim and load an unfinished session to finish it before starting `then`.
  case finishBeforeStart(id: String, then: PendingStart)
  case calculations(sessionID: String)
  /// The drill practice counts, to start a set of estimation drills.
  case drillPractice
  case estimateStats
  /// Every session of a question, compared (`C` on a record).
  case comparison(questionID: String)
  /// The interviewer's part of a session's record.
  case interviewer(sessionID: String)
}
