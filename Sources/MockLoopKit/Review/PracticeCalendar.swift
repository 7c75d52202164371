import Foundation

/// Days and weeks as practice statistics count them: a day starts at midnight and a week on
/// Monday, both in the calendar's time zone, whatever the calendar's own first weekday is.
///
/// In a Gregorian calendar whose zone is UTC (the statistics' default), every day is 86,400
/// seconds from midnight to midnight, so days, Mondays and whole-day steps are worked out by
/// integer arithmetic on whole seconds instead of a calendar computation each (thousands of
/// sessions asked one each); a test checks them against the calendar. Any other calendar or
/// zone, and instants past `arithmeticRange`, go through the calendar.
struct PracticeCalendar {
  let calendar: Calendar
  /// Whether days are counted by arithmetic (a Gregorian calendar in UTC).
  private let isArithmetic: Bool

  /// Seconds from 1970 within which days are counted by arithmetic (about the years 0 to 5100).
  static let arithmeticRange: ClosedRange<TimeInterval> = -62_000_000_000...99_000_000_000

  init(calendar: Calendar) {
    self.calendar = calendar
    isArithmetic =
      calendar.identifier == .gregorian && ["UTC", "GMT", "Etc/UTC", "Etc/GMT"].contains(calendar.timeZone.identifier)
      && calendar.timeZone.secondsFromGMT() == 0
  }

  /// Midnight of the day holding `date`.
  func day(of date: Date) -> Date {
    guard let number = dayNumber(of: date) else { return calendar.startOfDay(for: date) }
    return Date(timeIntervalSince1970: TimeInterval(number * 86_400))
  }

  /// Monday 00:00 of the week holding `date`.
  func weekStart(of date: Date) -> Date {
    if let number = dayNumber(of: date) {
      // 1970-01-01 was a Thursday, three days after a Monday.
      let daysSinceMonday = ((number + 3) % 7 + 7) % 7
      return Date(timeIntervalSince1970: TimeInterval((number - daysSinceMonday) * 86_400))
    }
    let day = day(of: date)
    // Gregorian weekdays run 1 (Sunday) to 7 (Saturday): Monday is 2.
    let daysSinceMonday = (calendar.component(.weekday, from: day) + 5) % 7
    return adding(days: -daysSinceMonday, to: day)
  }

  func adding(days: Int, to date: Date) -> Date {
    let seconds = date.timeIntervalSince1970
    // Whole seconds step by whole days exactly; a fraction is left to the calendar's rounding.
    if isArithmetic, Self.arithmeticRange.contains(seconds), seconds.rounded(.down) == seconds,
      abs(days) < 1_000_000
    {
      return Date(timeIntervalSince1970: seconds + TimeInterval(days * 86_400))
    }
    return calendar.date(byAdding: .day, value: days, to: date) ?? date.addingTimeInterval(Double(days) * 86_400)
  }

  /// Whole calendar days from the day of `start` to the day of `end`.
  func days(from start: Date, to end: Date) -> Int {
    if let first = dayNumber(of: start), let last = dayNumber(of: end) { return last - first }
    return calendar.dateComponents([.day], from: day(of: start), to: day(of: end)).day ?? 0
  }

  /// The day holding `date`, counted from 1970-01-01, when days are counted by arithmetic.
  private func dayNumber(of date: Date) -> Int? {
    let seconds = date.timeIntervalSince1970
    guard isArithmetic, Self.arithmeticRange.contains(seconds) else { return nil }
    return GregorianArithmetic.floorDivide(Int(seconds.rounded(.down)), 86_400)
  }
}
