import Foundation

/// Days and weeks as practice statistics count them: a day starts at midnight and a week on
/// Monday, both in the calendar's time zone, whatever the calendar's own first weekday is.
struct PracticeCalendar {
  var calendar: Calendar

  /// Midnight of the day holding `date`.
  func day(of date: Date) -> Date { calendar.startOfDay(for: date) }

  /// Monday 00:00 of the week holding `date`.
  func weekStart(of date: Date) -> Date {
    let day = day(of: date)
    // Gregorian weekdays run 1 (Sunday) to 7 (Saturday): Monday is 2.
    let daysSinceMonday = (calendar.component(.weekday, from: day) + 5) % 7
    return adding(days: -daysSinceMonday, to: day)
  }

  func adding(days: Int, to date: Date) -> Date {
    calendar.date(byAdding: .day, value: days, to: date) ?? date.addingTimeInterval(Double(days) * 86_400)
  }

  /// Whole calendar days from the day of `start` to the day of `end`.
  func days(from start: Date, to end: Date) -> Int {
    calendar.dateComponents([.day], from: day(of: start), to: day(of: end)).day ?? 0
  }
}
