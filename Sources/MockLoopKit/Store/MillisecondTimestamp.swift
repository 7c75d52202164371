import Foundation

/// The text of a time in exports and `--json` output: ISO 8601 in UTC with milliseconds,
/// "2026-12-01T19:06:16.123Z", of the time rounded to the millisecond as the store keeps it.
///
/// Written here rather than by `Date.ISO8601FormatStyle`, which truncates the fraction: a stored
/// time such as 1677586816.359 s, whose nearest `Double` lies just below, came out as ".358", so
/// about half the times in an export read back one millisecond early.
enum MillisecondTimestamp {
  private static let millisecondsPerDay = 86_400_000

  /// The text of `date`; a time outside the years 1970–9999 is left to Foundation's style.
  static func text(_ date: Date) -> String {
    let rounded = (date.timeIntervalSince1970 * 1000).rounded()
    // The store's times: from 1970 to the last millisecond of 9999.
    guard rounded >= 0, rounded < (StrictColumns.timeRange.upperBound + 1) * 1000 else {
      return ExchangeCoding.timestampFormat.format(date)
    }
    let milliseconds = Int(rounded)
    let days = milliseconds / millisecondsPerDay
    let (year, month, day) = GregorianArithmetic.date(daysSince1970: days)
    let inDay = milliseconds - days * millisecondsPerDay
    return String(unsafeUninitializedCapacity: 24) { buffer in
      GregorianArithmetic.putDate(year: year, month: month, day: day, in: buffer)
      buffer[10] = UInt8(ascii: "T")
      GregorianArithmetic.putTime(hour: inDay / 3_600_000, minute: inDay / 60_000 % 60, at: 11, in: buffer)
      buffer[16] = UInt8(ascii: ":")
      GregorianArithmetic.put(inDay / 1000 % 60, digits: 2, at: 17, in: buffer)
      buffer[19] = UInt8(ascii: ".")
      GregorianArithmetic.put(inDay % 1000, digits: 3, at: 20, in: buffer)
      buffer[23] = UInt8(ascii: "Z")
      return 24
    }
  }
}
