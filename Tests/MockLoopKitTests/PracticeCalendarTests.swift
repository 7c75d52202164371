import Foundation
import Testing

@testable import MockLoopKit

@Suite("Practice days and weeks counted by arithmetic in UTC agree with the calendar")
struct PracticeCalendarTests {
  static var utc: Calendar { PracticeStats.gregorianUTC }

  /// Random instants across centuries, half of them within a second of a midnight.
  static func instants(count: Int) -> [Date] {
    var random = SplitMix64(seed: 2026)
    return (0..<count).map { index in
      let day = TimeInterval(random.int(in: -200_000...150_000)) * 86_400
      let offset = index % 2 == 0 ? random.double(in: -1...1) : random.double(in: 0...86_400)
      return Date(timeIntervalSince1970: day + offset)
    }
  }

  @Test("day, Monday and day counts match Calendar's, before 1970 and near midnights too")
  func matchesTheCalendar() {
    let days = PracticeCalendar(calendar: Self.utc)
    let calendar = Self.utc
    let reference = Date(timeIntervalSince1970: 1_800_000_000)
    for date in Self.instants(count: 3_000) {
      let day = calendar.startOfDay(for: date)
      #expect(days.day(of: date) == day, "\(date.timeIntervalSince1970)")
      let weekday = calendar.component(.weekday, from: day)
      let monday = calendar.date(byAdding: .day, value: -((weekday + 5) % 7), to: day)
      #expect(days.weekStart(of: date) == monday, "\(date.timeIntervalSince1970)")
      let between = calendar.dateComponents([.day], from: day, to: calendar.startOfDay(for: reference)).day
      #expect(days.days(from: date, to: reference) == between, "\(date.timeIntervalSince1970)")
      for step in [-7, -1, 1, 84] {
        #expect(
          days.adding(days: step, to: day) == calendar.date(byAdding: .day, value: step, to: day),
          "\(date.timeIntervalSince1970) + \(step)")
      }
    }
  }

  @Test("a zone with daylight saving time still counts its 23- and 25-hour days by the calendar")
  func otherZonesUseTheCalendar() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "America/New_York"))
    let days = PracticeCalendar(calendar: calendar)
    // 2026-03-08 is 23 hours long in New York: the day after its midnight starts 23 hours later.
    let march8 = try #require(calendar.date(from: DateComponents(year: 2026, month: 3, day: 8)))
    let next = days.adding(days: 1, to: march8)
    #expect(next.timeIntervalSince(march8) == 23 * 3600)
    #expect(days.day(of: march8.addingTimeInterval(23 * 3600 - 1)) == march8)
  }
}
