import Foundation

/// How a report writes dates: in one calendar's time zone (the reader's by default, fixed in
/// tests), with English month names whatever the locale, so a report reads the same anywhere.
public struct ReportDates: Sendable {
  public var calendar: Calendar

  /// A Gregorian calendar in `timeZone`, weeks from Monday.
  public init(timeZone: TimeZone = .current) {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    calendar.locale = Locale(identifier: "en_US_POSIX")
    calendar.firstWeekday = 2
    self.calendar = calendar
  }

  static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  private func parts(_ date: Date) -> DateComponents {
    calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
  }

  /// "2026-11-25".
  public func day(_ date: Date) -> String {
    let parts = parts(date)
    return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
  }

  /// "2026-11-25 09:00".
  public func minute(_ date: Date) -> String {
    let parts = parts(date)
    return day(date) + String(format: " %02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
  }

  /// "2026-11-25 09:00 (UTC)": a moment with the zone it is written in.
  public func moment(_ date: Date) -> String { minute(date) + " (\(zoneName))" }

  /// The zone's identifier ("Europe/Berlin"), with UTC's aliases written "UTC".
  var zoneName: String {
    let identifier = calendar.timeZone.identifier
    return ["GMT", "UTC", "Etc/UTC", "Etc/GMT", "Universal", "Zulu"].contains(identifier) ? "UTC" : identifier
  }

  /// "Nov 25".
  func monthDay(_ date: Date) -> String {
    let parts = parts(date)
    return "\(Self.months[((parts.month ?? 1) - 1 + 12) % 12]) \(parts.day ?? 0)"
  }

  /// "Nov 2026".
  func month(_ date: Date) -> String {
    let parts = parts(date)
    return "\(Self.months[((parts.month ?? 1) - 1 + 12) % 12]) \(parts.year ?? 0)"
  }

  /// Midnight of the day holding `date`.
  func startOfDay(_ date: Date) -> Date { calendar.startOfDay(for: date) }

  /// Midnight starting the day "YYYY-MM-DD" in this calendar's zone; nil when it is not a day.
  public func parseDay(_ text: String) -> Date? {
    let fields = text.split(separator: "-", omittingEmptySubsequences: false)
    guard fields.count == 3, fields[0].count == 4, fields[1].count == 2, fields[2].count == 2,
      let year = Int(fields[0]), let month = Int(fields[1]), let day = Int(fields[2])
    else { return nil }
    let components = DateComponents(year: year, month: month, day: day)
    guard components.isValidDate(in: calendar) else { return nil }
    return calendar.date(from: components)
  }
}
