import Foundation

/// Many dates written as `DurationText.day` writes one ("2026-11-24 05:12" in a calendar's time
/// zone), for lists of thousands (the history): the same text, without a calendar computation
/// per date.
///
/// A local time is the instant plus the zone's offset from GMT, and a zone keeps one offset from
/// one of its transitions to the next: the offset is looked up once per such stretch, and the
/// year, month, day, hour and minute follow from it by integer arithmetic on the Gregorian rule.
/// A calendar other than the Gregorian one, or a date outside `arithmeticYears`, is written
/// through the calendar, exactly as `DurationText.day` does.
public struct LocalMinuteText {
  /// The years written by arithmetic; every other date goes through the calendar (which knows,
  /// say, the Julian days before 1582).
  public static let arithmeticYears = 1900..<2200

  private let calendar: Calendar
  private let zone: TimeZone
  private let isGregorian: Bool
  /// The stretch of time the last offset looked up holds for.
  private var stretch: OffsetStretch?

  /// An offset from GMT and the instants it holds for: from `start` up to, not including, `end`.
  private struct OffsetStretch {
    var start: TimeInterval
    var end: TimeInterval
    var seconds: Int
  }

  /// Dates in `calendar`'s time zone; by default the user's, as `DurationText.day` writes them.
  public init(calendar: Calendar = .current) {
    self.calendar = calendar
    zone = calendar.timeZone
    isGregorian = calendar.identifier == .gregorian
  }

  /// "2026-11-24 05:12": the date's minute in the calendar's time zone.
  public mutating func text(for date: Date) -> String {
    guard let parts = arithmeticParts(of: date) else { return DurationText.day(date, calendar: calendar) }
    return String(unsafeUninitializedCapacity: Self.length) { buffer in
      Self.put(parts, in: buffer)
      return Self.length
    }
  }

  /// The same text as `text(for:)`, as UTF-8 appended to `bytes` (a list of thousands of dates
  /// makes no string per date).
  public mutating func append(_ date: Date, to bytes: inout [UInt8]) {
    guard let parts = arithmeticParts(of: date) else {
      bytes.append(contentsOf: DurationText.day(date, calendar: calendar).utf8)
      return
    }
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.length) { buffer in
      Self.put(parts, in: buffer)
      bytes.append(contentsOf: buffer)
    }
  }

  /// Writes `text(for:)`'s 16 bytes at the start of `buffer` (which holds at least 16) when the
  /// date is worked out by arithmetic, and says whether it did; a date the calendar must write
  /// is left to `text(for:)`. A table of thousands of dates writes each in its place this way.
  public mutating func put(_ date: Date, in buffer: UnsafeMutableBufferPointer<UInt8>) -> Bool {
    guard buffer.count >= Self.length, let parts = arithmeticParts(of: date) else { return false }
    Self.put(parts, in: buffer)
    return true
  }

  /// The bytes `put(_:in:)` writes.
  public static let length = 16

  /// A local minute's year, month, day, hour and minute, when it is worked out by arithmetic;
  /// nil when the calendar must write it.
  private mutating func arithmeticParts(of date: Date) -> LocalMinute? {
    let instant = date.timeIntervalSince1970
    guard isGregorian, instant >= Self.firstInstant, instant < Self.endInstant else { return nil }
    let whole = Int(instant.rounded(.down))
    let local = whole + offset(at: date, instant: instant)
    let days = GregorianArithmetic.floorDivide(local, 86_400)
    let minuteOfDay = (local - days * 86_400) / 60
    let (year, month, day) = GregorianArithmetic.date(daysSince1970: days)
    guard Self.arithmeticYears.contains(year) else { return nil }
    return LocalMinute(year: year, month: month, day: day, hour: minuteOfDay / 60, minute: minuteOfDay % 60)
  }

  /// The parts of one local minute.
  private struct LocalMinute {
    var year: Int
    var month: Int
    var day: Int
    var hour: Int
    var minute: Int
  }

  /// The zone's offset at `date`, from the stretch it falls in (looked up when it is another).
  private mutating func offset(at date: Date, instant: TimeInterval) -> Int {
    if let stretch, stretch.start <= instant, instant < stretch.end { return stretch.seconds }
    let seconds = zone.secondsFromGMT(for: date)
    let end = zone.nextDaylightSavingTimeTransition(after: date)?.timeIntervalSince1970 ?? .infinity
    let start = lastTransition(atOrBefore: date)
    // A stretch whose two ends disagree with the offset found is not kept: the next date asks again.
    if zone.secondsFromGMT(for: Date(timeIntervalSince1970: start)) == seconds,
      end == .infinity || zone.secondsFromGMT(for: Date(timeIntervalSince1970: end - 1)) == seconds
    {
      stretch = OffsetStretch(start: start, end: end, seconds: seconds)
    } else {
      stretch = nil
    }
    return seconds
  }

  /// The instant of the zone's last transition at or before `date`, or, when there is none in
  /// the year before it, the start of that year (the offset holds from there at least).
  private func lastTransition(atOrBefore date: Date) -> TimeInterval {
    let lookBack = date.addingTimeInterval(-366 * 86_400)
    var start = lookBack
    var next = zone.nextDaylightSavingTimeTransition(after: lookBack)
    // Zones have at most a few transitions a year; the bound only guards against a zone whose
    // transitions would not advance.
    for _ in 0..<8 {
      guard let transition = next, transition <= date else { return start.timeIntervalSince1970 }
      start = transition
      next = zone.nextDaylightSavingTimeTransition(after: transition)
    }
    return date.timeIntervalSince1970
  }

  /// 1900-01-01 and 2200-01-01 00:00 GMT, give or take the largest zone offset: dates outside
  /// these go through the calendar without being worked out.
  private static let firstInstant: TimeInterval = -2_208_988_800 + 86_400
  private static let endInstant: TimeInterval = 7_258_118_400 - 86_400

  /// "yyyy-mm-dd hh:mm" from its parts, a four-digit year and two digits for the rest, into a
  /// buffer of `length` bytes.
  private static func put(_ parts: LocalMinute, in buffer: UnsafeMutableBufferPointer<UInt8>) {
    GregorianArithmetic.putDate(year: parts.year, month: parts.month, day: parts.day, in: buffer)
    buffer[10] = UInt8(ascii: " ")
    GregorianArithmetic.putTime(hour: parts.hour, minute: parts.minute, at: 11, in: buffer)
  }
}
