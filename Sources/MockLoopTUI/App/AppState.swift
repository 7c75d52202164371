import Foundation
import MockLoopKit

/// Everything the screens draw from. Changed only by `AppState.handle(_:now:)`; drawn by
/// pure screen functions; never touched by the terminal layer.
public struct AppState: Sendable {
  public enum Screen: Sendable, Equatable {
    case home(HomeState)
    case session(SessionScreenState)
    case finished(SessionScreenState)
    case grading(GradingState, returnTo: RecordState?)
    case history(HistoryState)
    case record(RecordState)
    case stats(StatsState)
    /// A timed set of estimation drills.
    case estimation(EstimationState)
  }

  public enum Dialog: Sendable, Equatable {
    /// Leave a running mock: it is paused and stays resumable.
    case leaveSession
    /// Finish the interview (from `]` on the last phase or `F`).
    case finishSession
    /// A new mock was asked for while another is unfinished: resume it, finish it, or abandon it.
    case unfinishedBeforeStart(SessionSummary, start: PendingStart)
    /// Several unfinished sessions: which one to resume.
    case chooseResume([SessionSummary], cursor: Int)
    /// Quitting with changes not stored yet.
    case quitWithUnsaved(WriteQueue.Status)
  }

  public var screen: Screen
  public var dialog: Dialog?
  public var showsHelp = false
  /// How far the help overlay is scrolled.
  public var helpScroll = ScrollState()
  public var width: Int
  public var height: Int
  public var content: ContentLibrary
  public var bellEnabled: Bool
  public var now: Date
  /// A one-line message for the status bar (cleared by the next key).
  public var status: String?
  /// What the write queue last reported: a warning stays on screen until everything is stored.
  public var saveStatus = WriteQueue.Status()
  /// The random source of every pick (surprise me, a new session's id), injected so that tests
  /// can predict them.
  public var random: SplitMix64

  public init(
    screen: Screen, width: Int, height: Int, content: ContentLibrary, bellEnabled: Bool, now: Date,
    random: SplitMix64 = SplitMix64(seed: 1)
  ) {
    self.screen = screen
    self.random = random
    self.width = width
    self.height = height
    self.content = content
    self.bellEnabled = bellEnabled
    self.now = now
  }

  /// The smallest terminal the screens can lay out; below it a notice asks for more room.
  public static let minimumWidth = 60
  public static let minimumHeight = 16

  public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

  /// The warning the status bar keeps until the write queue is empty, if any.
  public var saveWarning: String? {
    if let rescued = saveStatus.rescued {
      return "\(rescued.reason); \(rescued.count.counted("unsaved change")) kept in "
        + rescued.file.lastPathComponent
    }
    guard saveStatus.pending > 0, let failure = saveStatus.failure else { return nil }
    let count = saveStatus.pending
    return "Not saved yet: \(failure), \(count.counted("change")) waiting"
  }

  public var keyContext: KeyContext {
    if dialog != nil { return .dialog }
    switch screen {
    case .home: return .home
    case .session(let live):
      if live.calculator != nil { return .calculator }
      return live.focus == .notes ? .notes : .session
    case .finished: return .session
    case .grading(let grading, _): return grading.editing == nil ? .grading : .notes
    case .history(let history): return history.isSearching ? .dialog : .history
    case .record(let record): return record.comparison == nil ? .record : .comparison
    case .stats: return .stats
    case .estimation: return .estimation
    }
  }
}
