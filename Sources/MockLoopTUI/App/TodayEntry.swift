import MockLoopKit

/// The mocks Today lists, in order: today's, then the coming days' (to start one early).
public struct TodayEntry: Sendable, Equatable {
  public var date: CalendarDay
  public var item: PlanItem
  public var isToday: Bool

  /// Every item of `plan`, day by day.
  public static func all(of plan: PracticePlan) -> [TodayEntry] {
    plan.days.flatMap { day in
      day.items.map { TodayEntry(date: day.date, item: $0, isToday: day.date == plan.today) }
    }
  }
}
