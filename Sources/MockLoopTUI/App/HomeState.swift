import Foundation
import MockLoopKit

/// The home screen: pick a format and a question, filter and search, or resume.
public struct HomeState: Sendable, Equatable {
  public enum Pane: Sendable, Equatable { case today, formats, questions }
  public enum LevelFilter: String, Sendable, Equatable, CaseIterable { case all = "All", l6 = "L6", l7 = "L7" }

  public var pane: Pane = .formats
  public var formatIndex = 0
  public var questionIndex = 0
  public var levelFilter: LevelFilter = .all
  public var search = ""
  public var isSearching = false
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

  public init() {}
}
