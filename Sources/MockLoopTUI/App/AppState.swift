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
  }

  public enum Dialog: Sendable, Equatable {
    /// Leave a running mock: it is paused and stays resumable.
    case leaveSession
    /// Finish the interview (from `]` on the last phase or `F`).
    case finishSession
  }

  public var screen: Screen
  public var dialog: Dialog?
  public var showsHelp = false
  public var width: Int
  public var height: Int
  public var content: ContentLibrary
  public var bellEnabled: Bool
  public var now: Date
  /// A one-line message for the status bar (errors from saving, for example).
  public var status: String?

  public init(screen: Screen, width: Int, height: Int, content: ContentLibrary, bellEnabled: Bool, now: Date) {
    self.screen = screen
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

  public var keyContext: KeyContext {
    if dialog != nil { return .dialog }
    switch screen {
    case .home: return .home
    case .session(let live): return live.focus == .notes ? .notes : .session
    case .finished: return .session
    case .grading(let grading, _): return grading.editing == nil ? .grading : .notes
    case .history(let history): return history.isSearching ? .dialog : .history
    case .record, .stats: return .record
    }
  }
}
