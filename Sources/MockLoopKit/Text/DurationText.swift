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
    if seconds < 0 { bytes.append(UInt8(ascii: "-")) }
    let value = seconds.magnitude
    let hours = value / 3600
    let minutes = (value % 3600) / 60
    if hours > 0 {
      appendDecimal(hours, to: &bytes)
      bytes.append(UInt8(ascii: ":"))
      appendTwoDigits(minutes, to: &bytes)
    } else {
      appendDecimal(minutes, to: &bytes)
    }
    bytes.append(UInt8(ascii: ":"))
    appendTwoDigits(value % 60, to: &bytes)
  }

  /// `appendClock` for a measured duration, by the one rounding rule (`wholeSeconds`).
  public static func appendClock(_ seconds: TimeInterval, to bytes: inout [UInt8]) {
    appendClock(wholeSeconds(seconds), to: &bytes)
  }

  /// A value's decimal digits, without leading zeros.
  private static func appendDecimal(_ value: UInt, to bytes: inout [UInt8]) {
    guard value >= 10 else {
      bytes.append(UInt8(ascii: "0") + UInt8(value))
      return
    }
    appendDecimal(value / 10, to: &bytes)
    bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
  }

  /// A value under 100 as two digits, a leading zero below 10.
  private static func appendTwoDigits(_ value: UInt, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "0") + UInt8(value / 10))
    bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
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
