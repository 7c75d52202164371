import Foundation

/// Whether a set of scores met one level's bar, and why not.
public struct Verdict: Sendable, Equatable, Codable {
  public var level: Level
  public var isMet: Bool
  /// Plain sentences: each rule that failed ("trade-off-depth 2, needs 3"), or why it passed.
  public var reasons: [String]

  public init(level: Level, isMet: Bool, reasons: [String]) {
    self.level = level
    self.isMet = isMet
    self.reasons = reasons
  }

  /// "L7 bar not met: Trade-offs 2, needs 3; core average 2.86, needs 3.25".
  public var summary: String {
    "\(level.rawValue) bar \(isMet ? "met" : "not met"): " + reasons.joined(separator: "; ")
  }
}

extension Rubric {
  /// Evaluates the bar of `level` on `scores` (dimension id to score). Unscored dimensions of the
  /// level make the bar not met, since the verdict cannot be known.
  public func verdict(for level: Level, scores: [String: Int]) -> Verdict {
    let dimensions = dimensions(for: level)
    guard let rule = bars[level] else {
      return Verdict(level: level, isMet: false, reasons: ["the rubric has no bar for \(level.rawValue)"])
    }
    let missing = dimensions.filter { scores[$0.id] == nil }
    if !missing.isEmpty {
      return Verdict(
        level: level, isMet: false, reasons: ["not scored: " + missing.map(\.title).joined(separator: ", ")])
    }
    var failures: [String] = []
    if let floor = rule.minimumEach {
      for dimension in dimensions where scores[dimension.id]! < floor {
        failures.append("\(dimension.title) \(scores[dimension.id]!), needs at least \(floor)")
      }
    }
    for dimension in dimensions {
      guard let needed = rule.required[dimension.id], scores[dimension.id]! < needed else { continue }
      if let floor = rule.minimumEach, scores[dimension.id]! < floor { continue }
      failures.append("\(dimension.title) \(scores[dimension.id]!), needs \(needed)")
    }
    let core = dimensions.filter(\.isCore)
    let average = core.isEmpty ? 0 : Double(core.reduce(0) { $0 + scores[$1.id]! }) / Double(core.count)
    if let needed = rule.coreAverage, average + 1e-9 < needed {
      failures.append("core average \(Self.format(average)), needs \(Self.format(needed))")
    }
    if failures.isEmpty {
      var reasons = ["core average \(Self.format(average))"]
      if let floor = rule.minimumEach { reasons.append("nothing below \(floor)") }
      return Verdict(level: level, isMet: true, reasons: reasons)
    }
    return Verdict(level: level, isMet: false, reasons: failures)
  }

  static func format(_ value: Double) -> String {
    let rounded = (value * 100).rounded() / 100
    return rounded == rounded.rounded() ? String(format: "%.1f", rounded) : String(format: "%.2f", rounded)
  }
}
