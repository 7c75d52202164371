import Foundation

/// Consecutive periods covering a report's range: weeks from Monday while the range holds at
/// most `maxWeeks` of them, else months, so that a long history still makes a readable chart.
///
/// Invariant: `starts` is ascending and non-empty; period `i` runs from `starts[i]` to
/// `starts[i + 1]` (the last one to the end of its week or month).
struct ReportBuckets {
  enum Unit { case week, month }

  static let maxWeeks = 26

  let unit: Unit
  let starts: [Date]
  let dates: ReportDates

  init(from start: Date, to end: Date, dates: ReportDates) {
    self.dates = dates
    let calendar = dates.calendar
    let days = PracticeCalendar(calendar: calendar)
    let firstWeek = days.weekStart(of: start)
    let lastWeek = days.weekStart(of: max(start, end))
    let weeks = days.days(from: firstWeek, to: lastWeek) / 7 + 1
    var starts: [Date] = []
    if weeks <= Self.maxWeeks {
      unit = .week
      starts = (0..<weeks).map { days.adding(days: 7 * $0, to: firstWeek) }
    } else {
      unit = .month
      var month = calendar.dateInterval(of: .month, for: start)?.start ?? firstWeek
      let last = calendar.dateInterval(of: .month, for: max(start, end))?.start ?? month
      while month <= last {
        starts.append(month)
        guard let next = calendar.date(byAdding: .month, value: 1, to: month), next > month else { break }
        month = next
      }
    }
    self.starts = starts.isEmpty ? [firstWeek] : starts
  }

  /// The period holding `date`, nil before the first.
  func index(of date: Date) -> Int? {
    guard let first = starts.first, date >= first else { return nil }
    var low = 0
    var high = starts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if starts[middle] <= date { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// "week of Nov 23", "Nov 2026".
  func label(_ index: Int) -> String {
    unit == .week ? "week of " + dates.monthDay(starts[index]) : dates.month(starts[index])
  }

  /// "Nov 23" or "Nov 2026": short enough for an axis.
  func shortLabel(_ index: Int) -> String {
    unit == .week ? dates.monthDay(starts[index]) : dates.month(starts[index])
  }

  var unitName: String { unit == .week ? "week" : "month" }
}
