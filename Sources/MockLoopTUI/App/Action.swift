/// Everything a key can ask the app to do. The keymap maps keys to actions per context.
public enum Action: String, Sendable, CaseIterable {
  // Everywhere
  case help, quit
  // Home
  case moveUp, moveDown, switchPane, search, cycleLevel, surprise, startSession, resumeSession, cycleFormatLength
  // Session
  case togglePause, nextPhase, previousPhase, toggleItem, focusNotes, focusChecklist, leaveEditor
  case revealFollowUp, openExternalEditor, toggleBell, finish
  // Grading, history and records
  case grade, openHistory, openStats, openRecord, showReference, back, raiseScore, lowerScore, editField
  // Dialogs
  case confirm, cancel
  // Estimation: the calculator in a mock, drill sets from home
  case openCalculator, startDrills
}

/// Where a binding applies.
public enum KeyContext: String, Sendable, CaseIterable {
  case global, home, session, notes, grading, history, record, dialog, calculator, estimation

  public var title: String {
    switch self {
    case .global: return "Everywhere"
    case .home: return "Home"
    case .session: return "Mock interview"
    case .notes: return "Notes editor"
    case .grading: return "Grading"
    case .history: return "History"
    case .record: return "Session record"
    case .dialog: return "Questions and dialogs"
    case .calculator: return "Calculator (in a mock)"
    case .estimation: return "Estimation drills"
    }
  }
}
