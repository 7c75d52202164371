import Foundation
import MockLoopKit

/// What the app reacts to. Keys and pastes come from the terminal, ticks from the loop's
/// timer, and `saved` when the background writer reports a failure.
public enum AppEvent: Sendable, Equatable {
  case key(Key)
  case paste(String)
  case tick
  case resize(width: Int, height: Int)
  case saveFailed(String)
}

/// What `update` asks the runtime to do; the state itself stays pure.
public enum Effect: Sendable, Equatable {
  case save(SaveRequest)
  case alert
  case openExternalEditor
  /// Load the unfinished session from the store and show it.
  case resumeSession
  /// Read the history from the store and show it.
  case openHistory
  /// Read one session from the store and show its record.
  case openRecord(id: String, history: HistoryState?)
  /// Read every session and show the progress screen.
  case openStats
  /// Refresh the home screen's resume banner and attempt counts.
  case reloadHome
  case quit
}

/// One write to the store, performed off the key path.
public enum SaveRequest: Sendable, Equatable {
  case insert(Session)
  case event(SessionEvent, sessionID: String)
  case mark(ChecklistMark, isChecked: Bool, sessionID: String)
  case notes(String, sessionID: String, at: Date)
  case alive(sessionID: String, at: Date)
  case assessment(Assessment?, sessionID: String)
}
