/// Dates worked out by integer arithmetic on the Gregorian rule and written as fixed-width
/// digits, for the texts written by the thousand: the history's local minutes
/// (`LocalMinuteText`) and the exports' UTC milliseconds (`MillisecondTimestamp`).
enum GregorianArithmetic {
  /// The year, month (1–12) and day (1–31) of a count of days from 1970-01-01.
  static func date(daysSince1970 days: Int) -> (year: Int, month: Int, day: Int) {
    // Days counted from 0000-03-01, so that a leap day ends its year; a 400-year era repeats.
    let shifted = days + 719_468
    let era = floorDivide(shifted, 146_097)
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }

  /// `value / divisor` rounded down, for values before 1970 too.
  static func floorDivide(_ value: Int, _ divisor: Int) -> Int {
    let quotient = value / divisor
    return value % divisor < 0 ? quotient - 1 : quotient
  }

  /// Writes "yyyy-mm-dd" in the first 10 bytes of `buffer`.
  static func putDate(year: Int, month: Int, day: Int, in buffer: UnsafeMutableBufferPointer<UInt8>) {
    put(year, digits: 4, at: 0, in: buffer)
    buffer[4] = UInt8(ascii: "-")
    put(month, digits: 2, at: 5, in: buffer)
    buffer[7] = UInt8(ascii: "-")
    put(day, digits: 2, at: 8, in: buffer)
  }

  /// Writes "hh:mm" in the 5 bytes from `offset`.
  static func putTime(hour: Int, minute: Int, at offset: Int, in buffer: UnsafeMutableBufferPointer<UInt8>) {
    put(hour, digits: 2, at: offset, in: buffer)
    buffer[offset + 2] = UInt8(ascii: ":")
    put(minute, digits: 2, at: offset + 3, in: buffer)
  }

  /// Writes `value` (not negative) as exactly `digits` decimal digits at `offset`.
  static func put(_ value: Int, digits: Int, at offset: Int, in buffer: UnsafeMutableBufferPointer<UInt8>) {
    var rest = value
    for index in stride(from: offset + digits - 1, through: offset, by: -1) {
      buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
      rest /= 10
    }
  }
}
