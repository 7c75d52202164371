import Foundation

/// The text of a time in exports and `--json` output: ISO 8601 in UTC with milliseconds,
/// "2026-12-01T19:06:16.123Z", of the time rounded to the millisecond as the store keeps it.
///
/// Written here rather than by `Date.ISO8601FormatStyle`, which truncates the fraction: a stored
/// time such as 1677586816.359 s, whose nearest `Double` lies just below, came out as ".358", so
/// about half the times in an export read back one millisecond early.
enum MillisecondTimestamp {
  private static let millisecondsPerDay: Int64 = 86_400_000

  /// The text of `date`; a time outside the years 1970–9999 is left to Foundation's style.
  static func text(_ date: Date) -> String {
    let rounded = (date.timeIntervalSince1970 * 1000).rounded()
    guard rounded >= 0, rounded < 253_402_300_800_000 else {
      return ExchangeCoding.timestampFormat.format(date)
    }
    let milliseconds = Int64(rounded)
    let days = milliseconds / millisecondsPerDay
    let (year, month, day) = civilDate(daysSince1970: days)
    let inDay = milliseconds - days * millisecondsPerDay
    var text = ""
    text.reserveCapacity(24)
    append(year, digits: 4, to: &text)
    text.append("-")
    append(month, digits: 2, to: &text)
    text.append("-")
    append(day, digits: 2, to: &text)
    text.append("T")
    append(inDay / 3_600_000, digits: 2, to: &text)
    text.append(":")
    append(inDay / 60_000 % 60, digits: 2, to: &text)
    text.append(":")
    append(inDay / 1000 % 60, digits: 2, to: &text)
    text.append(".")
    append(inDay % 1000, digits: 3, to: &text)
    text.append("Z")
    return text
  }

  /// The proleptic Gregorian date of a day counted from 1970-01-01 (not negative), by the
  /// usual era arithmetic: eras of 400 years, each starting on 1 March.
  static func civilDate(daysSince1970 days: Int64) -> (year: Int64, month: Int64, day: Int64) {
    let shifted = days + 719_468
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  private static func append(_ value: Int64, digits: Int, to text: inout String) {
    let written = String(value)
    if written.utf8.count < digits { text.append(String(repeating: "0", count: digits - written.utf8.count)) }
    text.append(written)
  }
}
