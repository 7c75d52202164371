import MockLoopKit

/// `q` and Esc step back one screen, never further: the one rule for every screen.
///
/// Each screen's parent: the reference view → its record; the grading → the record it came
/// from (or the session's record); a record → the history it was opened from, else home; the
/// history, the progress screen → home. Home has none (`q` quits there); a running mock asks
/// first (`leaveSession`), and the finished screen and a finished drill set go home, their
/// parent, through their own handlers, which also reload it.
extension AppState {
  /// Goes to the parent of the screen shown, with the loads the parent needs.
  mutating func stepBack() -> [Effect] {
    switch screen {
    case .record(var record) where record.showsReference:
      record.showsReference = false
      record.focus = .reference
      screen = .record(record)
      return []
    case .record(let record):
      if let history = record.history {
        screen = .history(history)
        return [.load(.history)]
      }
      return goHomeScreen()
    case .grading(let grading, let returnTo):
      var session = grading.session
      session.assessment = grading.assessment
      var record = returnTo ?? RecordState(session: session, history: nil)
      record.session = session
      screen = .record(record)
      return [.load(.calculations(sessionID: session.id))]
    case .history, .stats:
      return goHomeScreen()
    case .home, .session, .finished, .estimation:
      return []
    }
  }

  /// Home, reloaded.
  private mutating func goHomeScreen() -> [Effect] {
    screen = .home(HomeState())
    return [.load(.home)]
  }
}
