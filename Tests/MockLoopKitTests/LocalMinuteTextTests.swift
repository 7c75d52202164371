import Foundation
import Testing

@testable import MockLoopKit

@Suite("Local minute text")
struct LocalMinuteTextTests {
  /// Zones with and without daylight saving, on both hemispheres, with half-hour and
  /// quarter-hour offsets, a half-hour daylight shift (Lord Howe) and changes of the standard
  /// offset itself (Moscow 2011 and 2014, Samoa skipping a day in 2011).
  static let zones = [
    "UTC", "Europe/London", "Europe/Berlin", "America/New_York", "America/Los_Angeles", "America/Sao_Paulo",
    "Australia/Adelaide", "Australia/Lord_Howe", "Asia/Kolkata", "Asia/Kathmandu", "America/St_Johns",
    "Pacific/Chatham", "Europe/Moscow", "Pacific/Apia", "Asia/Tokyo",
  ]

  static func calendar(zone: String) throws -> Calendar {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: zone))
    return calendar
  }

  /// The dates whose text differs from the calendar's, written one after another with one
  /// `LocalMinuteText` (so its kept offsets are used as the history uses them).
  static func mismatches(_ dates: [Date], calendar: Calendar) -> [String] {
    var text = LocalMinuteText(calendar: calendar)
    return dates.compactMap { date in
      let fast = text.text(for: date)
      let reference = DurationText.day(date, calendar: calendar)
      return fast == reference ? nil : "\(date.timeIntervalSince1970): \(fast) instead of \(reference)"
    }
  }

  @Test("random dates from 1950 to 2100 read as the calendar reads them, in every kind of zone", arguments: zones)
  func randomDates(zone: String) throws {
    let calendar = try Self.calendar(zone: zone)
    var random = SplitMix64(seed: 16)
    let dates = (0..<4000).map { _ in
      // Whole milliseconds, as the store keeps times, between 1950 and 2100.
      Date(timeIntervalSince1970: Double(random.int(in: -631_152_000_000...4_102_444_800_000)) / 1000)
    }
    #expect(Self.mismatches(dates, calendar: calendar) == [])
  }

  @Test("dates around every change of offset from 1970 to 2040 read as the calendar reads them", arguments: zones)
  func aroundTransitions(zone: String) throws {
    let calendar = try Self.calendar(zone: zone)
    var transitions: [Date] = []
    var next = calendar.timeZone.nextDaylightSavingTimeTransition(after: Date(timeIntervalSince1970: 0))
    while let transition = next, transition.timeIntervalSince1970 < 2_208_988_800 {
      transitions.append(transition)
      next = calendar.timeZone.nextDaylightSavingTimeTransition(after: transition)
    }
    let steps: [TimeInterval] = [-7200, -3600, -1800, -60, -1, -0.001, 0, 0.001, 1, 59.999, 60, 1800, 3600, 7200]
    let around = transitions.flatMap { transition in steps.map { transition.addingTimeInterval($0) } }
    // Oldest first, newest first (as the history lists sessions) and shuffled.
    var random = SplitMix64(seed: 7)
    for dates in [around, around.reversed(), around.shuffled(using: &random)] {
      #expect(Self.mismatches(dates, calendar: calendar) == [])
    }
  }

  @Test("every 37 minutes over three years, newest first, reads as the calendar reads it", arguments: zones)
  func newestFirst(zone: String) throws {
    let calendar = try Self.calendar(zone: zone)
    let end = Date(timeIntervalSince1970: 1_800_000_000)
    let step: TimeInterval = 37 * 60
    let count: Int = 3 * 365 * 24 * 60 / 37
    let dates: [Date] = (0..<count).map { (index: Int) -> Date in end.addingTimeInterval(-Double(index) * step) }
    #expect(Self.mismatches(dates, calendar: calendar) == [])
  }

  @Test("midnight, a leap day and the ends of the arithmetic years read as the calendar reads them")
  func edges() throws {
    let calendar = try Self.calendar(zone: "America/New_York")
    let utc = try Self.calendar(zone: "UTC")
    // 2024-02-29 00:00 and a millisecond before, 2000-02-29 12:00, 2100-03-01, 1900-01-01 00:00 and
    // 1900-01-02 05:00, 2199-12-31 23:59, 2200-01-01, a millisecond before 1970, 1970 and 2001.
    let seconds: [TimeInterval] = [
      1_709_164_800, 1_709_164_799.999, 951_825_600, 4_107_542_400, -2_208_988_800, -2_208_884_400,
      7_258_118_340, 7_258_118_400, -0.001, 0, 978_307_200, 1_700_000_000.0005,
    ]
    let dates = seconds.map { Date(timeIntervalSince1970: $0) }
    #expect(Self.mismatches(dates, calendar: calendar) == [])
    #expect(Self.mismatches(dates, calendar: utc) == [])
    var text = LocalMinuteText(calendar: utc)
    #expect(text.text(for: Date(timeIntervalSince1970: 1_795_498_320)) == "2026-11-24 05:32")
  }

  @Test("dates far outside the arithmetic years, and other calendars, are written as the calendar writes them")
  func throughTheCalendar() throws {
    var buddhist = Calendar(identifier: .buddhist)
    buddhist.timeZone = try #require(TimeZone(identifier: "Asia/Bangkok"))
    let recent = Date(timeIntervalSince1970: 1_795_498_320)
    var text = LocalMinuteText(calendar: buddhist)
    #expect(text.text(for: recent) == DurationText.day(recent, calendar: buddhist))
    #expect(text.text(for: recent).hasPrefix("2569-"))
    let calendar = try Self.calendar(zone: "Europe/Berlin")
    // 1500 is in the Julian part of the Gregorian calendar; 2500 and 1850 are outside the years.
    let far = [-14_831_769_600, -3_786_825_600, 16_725_225_600].map { Date(timeIntervalSince1970: $0) }
    #expect(Self.mismatches(far, calendar: calendar) == [])
  }
}
