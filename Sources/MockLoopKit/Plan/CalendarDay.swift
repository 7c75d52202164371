import Foundation

/// A day of the calendar, written `YYYY-MM-DD`, independent of any time zone: the plan's days
/// and the interview date.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public var year: Int
  public var month: Int
  public var day: Int

  /// The day holding `date` in `calendar`.
  public init(_ date: Date, in calendar: Calendar) {
    let parts = calendar.dateComponents([.year, .month, .day], from: date)
    year = parts.year ?? 1970
    month = parts.month ?? 1
    day = parts.day ?? 1
  }

  /// Parses `YYYY-MM-DD`; nil for anything else or a day that does not exist (2025-02-30).
  public init?(_ text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
    guard let date = start(in: Self.utc), CalendarDay(date, in: Self.utc) == self else { return nil }
  }

  /// Midnight at the start of the day in `calendar`.
  public func start(in calendar: Calendar) -> Date? {
    calendar.date(from: DateComponents(year: year, month: month, day: day))
  }

  /// The day `count` days later (earlier when negative).
  public func adding(days count: Int) -> CalendarDay {
    guard let start = start(in: Self.utc), let later = Self.utc.date(byAdding: .day, value: count, to: start) else {
      return self
    }
    return CalendarDay(later, in: Self.utc)
  }

  /// Whole days from `self` to `other` (negative when `other` comes first).
  public func days(to other: CalendarDay) -> Int {
    guard let from = start(in: Self.utc), let to = other.start(in: Self.utc) else { return 0 }
    return Self.utc.dateComponents([.day], from: from, to: to).day ?? 0
  }

  public var description: String {
    String(format: "%04d-%02d-%02d", year, month, day)
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Encoded as its `YYYY-MM-DD` text.
  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = CalendarDay(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not YYYY-MM-DD: \(text)"))
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }

  /// Day arithmetic is done in UTC, where every day has 24 hours.
  private static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? .current
    return calendar
  }()
}
