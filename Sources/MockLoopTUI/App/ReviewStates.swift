import Foundation
import MockLoopKit

/// The history list: every session newest first, filtered by level and text.
public struct HistoryState: Sendable, Equatable {
  public var sessions: [SessionSummary]
  /// Selection and scroll of the visible sessions.
  public var list = ListState()
  public var levelFilter: HomeState.LevelFilter = .all
  public var search = ""
  public var isSearching = false
  /// Undo and redo of the search text.
  var searchUndo = SearchField.History()

  public init(sessions: [SessionSummary]) { self.sessions = sessions }

  /// The selected row of `visible` (the same value as `list.selected`); 0 starts at the top.
  public var cursor: Int {
    get { list.selected }
    set {
      list.selected = max(newValue, 0)
      if newValue == 0 { list.offset = 0 }
    }
  }

  public var visible: [SessionSummary] {
    let words = search.lowercased().split(separator: " ").map(String.init)
    return sessions.filter { summary in
      if let level = levelFilter.level, summary.level != level { return false }
      guard !words.isEmpty else { return true }
      let haystack = [summary.questionTitle, summary.questionID, summary.formatID, summary.deckID, summary.id]
        .joined(separator: " ").lowercased()
      return words.allSatisfy(haystack.contains)
    }
  }
}

/// One session's full record, scrollable; reached from history or after grading.
public struct RecordState: Sendable, Equatable {
  /// The two panes of the reference view, side by side; each scrolls on its own.
  public enum Focus: Sendable, Equatable, CaseIterable { case notes, reference }

  public var session: Session
  public var scroll = ScrollState()
  /// Show the question's reference sketch beside the notes (only once graded).
  public var showsReference = false
  public var focus: Focus = .reference
  public var notesScroll = ScrollState()
  public var referenceScroll = ScrollState()
  public var history: HistoryState?
  /// The calculations kept with the session (read after the record opens).
  public var calculations: [Calculation] = []
  /// Every attempt of the question side by side, drawn over the record while open.
  public var comparison: ComparisonState?
  /// The interviewer's part of the record, as the candidate may see it (read after the record opens).
  public var interviewer: InterviewerReport?

  public init(session: Session, history: HistoryState?) {
    self.session = session
    self.history = history
  }
}

/// The progress screen: practice figures computed once when it opens.
public struct StatsState: Sendable, Equatable {
  public var stats: PracticeStats
  public var scroll = ScrollState()
  /// The practice plan once loaded: its coverage of dimensions and the days to the interview.
  public var plan: PracticePlan?

  public init(stats: PracticeStats) { self.stats = stats }
}
