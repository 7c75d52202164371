import Foundation

/// How durations and dates are written for people.
///
/// A duration counts the whole seconds that have passed (rounded toward zero), the rule the
/// session clock uses too, so "elapsed 3:25" on screen and "3:25" in a record agree.
public enum DurationText {
  /// "7:05", "1:02:03", "-0:30".
  public static func clock(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : ""
    let value = abs(seconds)
    let hours = value / 3600
    let minutes = (value % 3600) / 60
    let secs = value % 60
    if hours > 0 { return sign + String(format: "%d:%02d:%02d", hours, minutes, secs) }
    return sign + String(format: "%d:%02d", minutes, secs)
  }

  public static func clock(_ seconds: TimeInterval) -> String { clock(Int(seconds.rounded(.towardZero))) }

  /// "07:05": a countdown's minutes and seconds, two digits each (minutes grow past 99 only
  /// for a phase longer than 99 minutes).
  public static func countdown(_ seconds: Int) -> String {
    let value = abs(seconds)
    return String(format: "%02d:%02d", value / 60, value % 60)
  }

  /// "2026-11-24 05:12" in the local time zone.
  public static func day(_ date: Date) -> String {
    // Calendar components, not a DateFormatter per call: the history prints thousands of these.
    let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
      parts.minute ?? 0)
  }
}
