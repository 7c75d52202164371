import Foundation
import MockLoopKit

/// The home screen: pick a format and a question, filter and search, or resume.
public struct HomeState: Sendable, Equatable {
  /// The panes that take focus (Today only once a plan is loaded; see `AppState` for Tab's order).
  public enum Pane: Sendable, Equatable, CaseIterable { case today, formats, questions, details }
  public enum LevelFilter: String, Sendable, Equatable, CaseIterable { case all = "All", l6 = "L6", l7 = "L7" }

  public var pane: Pane = .formats
  /// Selection and scroll of the format list and of the question list shown for it.
  public var formats = ListState()
  public var questions = ListState()
  /// Scroll of the details of the selected format and question.
  public var detailsScroll = ScrollState()
  public var levelFilter: LevelFilter = .all
  public var search = ""
  public var isSearching = false
  /// Undo and redo of the search text.
  var searchUndo = SearchField.History()
  /// The unfinished sessions offered for resume, newest first (one, normally; older databases
  /// may hold several, and every one stays reachable).
  public var resumable: [SessionSummary] = []
  /// How many times each question was attempted, for "surprise me".
  public var attempts: [String: Int] = [:]
  public var message: String?
  /// The practice plan once loaded; home then opens on Today (`TodayScreen`).
  public var plan: PracticePlan?
  /// The selected mock in Today's list.
  public var todayIndex = 0
  /// A mock asked for elsewhere (the progress screen's suggestion), started once home has loaded.
  public var pendingStart: PendingStart?

  public init() {}

  /// The selected format. Choosing another shows its questions from the first.
  public var formatIndex: Int {
    get { formats.selected }
    set {
      if newValue != formats.selected { questionIndex = 0 }
      formats.selected = max(newValue, 0)
    }
  }

  /// The selected question of the list shown; setting it starts the details from the top.
  public var questionIndex: Int {
    get { questions.selected }
    set {
      if newValue != questions.selected { detailsScroll = ScrollState() }
      questions.selected = max(newValue, 0)
      if newValue == 0 { questions.offset = 0 }
    }
  }
}
