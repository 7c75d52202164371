import Foundation

/// How durations and dates are written for people.
///
/// One format: "m:ss", "h:mm:ss" from an hour on. One rounding rule: a duration counts the whole
/// seconds that have passed, rounded toward zero (a value within a millisecond under a whole
/// second counts as it), the rule the session clock shows by. So "elapsed 3:25" on screen,
/// "3:25" in the history, in `show`, in `compare`, in the Markdown export and in the HTML report
/// all agree for the same stored duration.
public enum DurationText {
  /// The one rounding rule: the whole seconds in `seconds`, toward zero, a value a hair under a
  /// whole second (floating-point sums of event times) counting as that second.
  public static func wholeSeconds(_ seconds: TimeInterval) -> Int {
    guard seconds.isFinite else { return 0 }
    // A stored value past what an Int holds (no real duration is) counts as the largest one.
    let whole = Int(exactly: (abs(seconds) + tolerance).rounded(.down)) ?? Int.max
    return seconds < 0 ? -whole : whole
  }

  /// How far under a whole second still counts as it: a millisecond, far below what a person
  /// sees and far above the error of adding up event times.
  public static let tolerance: TimeInterval = 0.001

  /// "7:05", "1:02:03", "-0:30".
  public static func clock(_ seconds: Int) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(12)
    appendClock(seconds, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The same for a measured duration, by the one rounding rule (`wholeSeconds`).
  public static func clock(_ seconds: TimeInterval) -> String { clock(wholeSeconds(seconds)) }

  /// `clock(_:)`'s text as UTF-8 appended to `bytes`: a list of thousands of durations (the
  /// history) writes its digits without making a string per duration.
  public static func appendClock(_ seconds: Int, to bytes: inout [UInt8]) {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: longestClock) { buffer in
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<putClock(seconds, in: buffer)]))
    }
  }

  /// The most bytes `clock(_:)` writes: a sign, 16 digits of hours (`Int.min`'s), two colons
  /// and four digits.
  public static let longestClock = 23

  /// How many bytes `clock(_:)` writes for `seconds`, as a table measures a column.
  public static func clockLength(_ seconds: Int) -> Int {
    let value = seconds.magnitude
    let hours = value / 3600
    let sign = seconds < 0 ? 1 : 0
    // "h:mm:ss" from an hour on, else "m:ss".
    return sign + (hours > 0 ? digitCount(hours) + 6 : digitCount((value % 3600) / 60) + 3)
  }

  /// Writes `clock(_:)`'s text as UTF-8 at the start of `buffer`, which holds at least
  /// `clockLength(seconds)` bytes, and returns how many it wrote.
  public static func putClock(_ seconds: Int, in buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
    let length = clockLength(seconds)
    let value = seconds.magnitude
    var end = length
    func put(twoDigits number: UInt) {
      buffer[end - 1] = UInt8(ascii: "0") + UInt8(number % 10)
      buffer[end - 2] = UInt8(ascii: "0") + UInt8(number / 10)
      end -= 2
    }
    put(twoDigits: value % 60)
    end -= 1
    buffer[end] = UInt8(ascii: ":")
    let hours = value / 3600
    var lead = (value % 3600) / 60
    if hours > 0 {
      put(twoDigits: lead)
      end -= 1
      buffer[end] = UInt8(ascii: ":")
      lead = hours
    }
    repeat {
      end -= 1
      buffer[end] = UInt8(ascii: "0") + UInt8(lead % 10)
      lead /= 10
    } while lead > 0
    if seconds < 0 { buffer[0] = UInt8(ascii: "-") }
    return length
  }

  /// The decimal digits of `value`, 1 for 0.
  private static func digitCount(_ value: UInt) -> Int {
    var count = 1
    var rest = value / 10
    while rest > 0 {
      count += 1
      rest /= 10
    }
    return count
  }

  /// `appendClock` for a measured duration, by the one rounding rule (`wholeSeconds`).
  public static func appendClock(_ seconds: TimeInterval, to bytes: inout [UInt8]) {
    appendClock(wholeSeconds(seconds), to: &bytes)
  }

  /// "07:05": a countdown's minutes and seconds, two digits each (minutes grow past 99 only
  /// for a phase longer than 99 minutes).
  public static func countdown(_ seconds: Int) -> String {
    let value = abs(seconds)
    return String(format: "%02d:%02d", value / 60, value % 60)
  }

  /// "2026-11-24 05:12" in the local time zone (in `calendar`'s, when one is given). A list of
  /// many dates writes them with one `LocalMinuteText`, which gives the same text faster.
  public static func day(_ date: Date, calendar: Calendar = .current) -> String {
    let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
      parts.minute ?? 0)
  }
}
