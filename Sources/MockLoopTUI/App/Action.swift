/// Everything a key can ask the app to do. The keymap maps keys to actions per context.
public enum Action: String, Sendable, CaseIterable {
  // Everywhere
  case help, quit
  // Home
  case moveUp, moveDown, search, cycleLevel, surprise, startSession, resumeSession, cycleFormatLength
  // Session
  case togglePause, nextPhase, previousPhase, toggleItem, leaveEditor
  case revealFollowUp, openExternalEditor, toggleBell, finish
  case toggleBigClock
  // Scrolling and focus, in every pane and list
  case halfPageDown, halfPageUp, pageDown, pageUp, moveTop, moveBottom
  case focusNext, focusPrevious
  // Grading, history and records
  case grade, openHistory, openStats, openRecord, showReference, back, raiseScore, lowerScore, editField
  // The progress screen's suggestion; every attempt of a record's question side by side
  case startSuggestion, openComparison
  // Dialogs
  case confirm, cancel
  // Estimation: the calculator in a mock, drill sets from home
  case openCalculator, startDrills
}

/// Where a binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
  case global, home, session, notes, grading, history, record, comparison, stats, panes, dialog, calculator,
    estimation, interviewer

  public var title: String {
    switch self {
    case .global: return "Everywhere"
    case .home: return "Home"
    case .session: return "Mock interview"
    case .notes: return "Notes editor"
    case .grading: return "Grading"
    case .history: return "History"
    case .record: return "Session record"
    case .comparison: return "Attempts side by side (C on a record)"
    case .stats: return "Progress"
    case .panes: return "Scrolling, in every pane and list"
    case .dialog: return "Questions and dialogs"
    case .calculator: return "Calculator (in a mock)"
    case .estimation: return "Estimation drills"
    case .interviewer: return "Interviewer (mockloop interviewer)"
    }
  }
}
