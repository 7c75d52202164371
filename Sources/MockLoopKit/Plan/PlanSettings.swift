/// What the candidate told the plan and it keeps for next time: the level they interview at,
/// the interview date and the minutes a day they can practise. Each is nil until set.
public struct PlanSettings: Sendable, Equatable, Codable {
  public var level: Level?
  public var interview: CalendarDay?
  public var minutesPerDay: Int?

  public init(level: Level? = nil, interview: CalendarDay? = nil, minutesPerDay: Int? = nil) {
    self.level = level
    self.interview = interview
    self.minutesPerDay = minutesPerDay
  }

  /// The minutes a day when none were set: one hour-long mock.
  public static let defaultMinutesPerDay = 60
  /// The minutes a day the plan accepts.
  public static let minutesRange = 10...720
}
