import Foundation
import MockLoopKit

/// The history list: every session newest first, filtered by level and text.
public struct HistoryState: Sendable, Equatable {
  public var sessions: [SessionSummary]
  public var cursor = 0
  public var levelFilter: HomeState.LevelFilter = .all
  public var search = ""
  public var isSearching = false

  public init(sessions: [SessionSummary]) { self.sessions = sessions }

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
  public var session: Session
  public var scroll = 0
  /// Show the question's reference sketch beside the notes (only once graded).
  public var showsReference = false
  public var history: HistoryState?

  public init(session: Session, history: HistoryState?) {
    self.session = session
    self.history = history
  }
}

/// The progress screen: practice figures computed once when it opens.
public struct StatsState: Sendable, Equatable {
  public var stats: PracticeStats
  public var scroll = 0
  /// The practice plan once loaded: its coverage of dimensions and the days to the interview.
  public var plan: PracticePlan?

  public init(stats: PracticeStats) { self.stats = stats }
}
