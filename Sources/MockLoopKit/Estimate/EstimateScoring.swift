import Foundation

/// How an estimate is judged: by the factor between it and the expected value, whichever is
/// larger over the smaller. Within 2x (a factor of 2 or less, so exactly 2x too) is right;
/// within 10x (exactly 10x too) is close; further, or zero, negative or of another sign, is off.
public enum EstimateGrade: String, Sendable, Codable, CaseIterable {
  case right, close, off
  /// Not answered: skipped, left, or the set's time ran out. Counts as not within 2x.
  case skipped

  /// The words shown after an answer.
  public var label: String {
    switch self {
    case .right: "right (within 2x)"
    case .close: "close (within 10x)"
    case .off: "off (more than 10x away)"
    case .skipped: "not answered"
    }
  }
}

/// The boundaries of `EstimateGrade`, with a relative slack of 1e-9 so that a value exactly 2x
/// or 10x away, computed through unit conversions, lands on the side the rule says.
public enum EstimateScoring {
  public static let rightFactor = 2.0
  public static let closeFactor = 10.0
  static let slack = 1e-9

  /// The factor between the two (1 or more); nil when either is zero or negative, or their
  /// signs differ.
  public static func factor(answer: Double, expected: Double) -> Double? {
    guard answer > 0, expected > 0, answer.isFinite, expected.isFinite else { return nil }
    let ratio = answer / expected
    return max(ratio, 1 / ratio)
  }

  public static func grade(answer: Double, expected: Double) -> EstimateGrade {
    guard let factor = factor(answer: answer, expected: expected) else { return .off }
    if factor <= rightFactor * (1 + slack) { return .right }
    if factor <= closeFactor * (1 + slack) { return .close }
    return .off
  }

  /// How many orders of magnitude the answer is above (positive) or below the expected value.
  public static func orders(answer: Double, expected: Double) -> Double? {
    guard factor(answer: answer, expected: expected) != nil else { return nil }
    return log10(answer / expected)
  }

  /// "2.3x too high", "4x too low", "on the mark".
  public static func describe(answer: Double, expected: Double) -> String {
    guard let factor = factor(answer: answer, expected: expected) else {
      return "not comparable (the answer must be a positive amount)"
    }
    if factor < 1.005 { return "on the mark" }
    let shown = QuantityFormatter.number(factor, suffixes: true)
    return "\(shown)x too \(answer > expected ? "high" : "low")"
  }
}
