import Foundation

extension PracticeStats {
  /// How many sessions were finished in one week. Invariant: `weekStart` is a Monday at 00:00.
  public struct WeekCount: Sendable, Codable, Equatable {
    /// How many weeks `sessionsPerWeek` covers, the current one included.
    public static let weeksShown = 12

    public var weekStart: Date
    public var count: Int

    public init(weekStart: Date, count: Int) {
      self.weekStart = weekStart
      self.count = count
    }

    /// The last `weeksShown` weeks up to the one holding `now`, oldest first, empty ones included.
    /// A session counts in the week it was started.
    static func lastWeeks(of finished: [PlayedSession], now: Date, days: PracticeCalendar) -> [WeekCount] {
      let current = days.weekStart(of: now)
      let starts = (0..<weeksShown).reversed().map { days.adding(days: -7 * $0, to: current) }
      var counts = Dictionary(uniqueKeysWithValues: starts.map { ($0, 0) })
      for session in finished where session.date >= starts[0] {
        let week = days.weekStart(of: session.date)
        if let count = counts[week] { counts[week] = count + 1 }
      }
      return starts.map { WeekCount(weekStart: $0, count: counts[$0] ?? 0) }
    }
  }
}
