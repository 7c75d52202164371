import Foundation

/// Whether a set of scores met one level's bar, and why not; with the warnings of a session
/// too thin to support it (`VerdictWarnings`), whatever the scores say.
public struct Verdict: Sendable, Equatable, Codable {
  public var level: Level
  public var isMet: Bool
  /// Plain sentences: each rule that failed ("trade-off-depth 2, needs 3"), or why it passed.
  public var reasons: [String]
  /// Plain sentences: why the session cannot support the verdict ("Phases skipped: Deep dive.");
  /// empty when it can, or when the verdict was judged on scores alone.
  public var warnings: [String]

  public init(level: Level, isMet: Bool, reasons: [String], warnings: [String] = []) {
    self.level = level
    self.isMet = isMet
    self.reasons = reasons
    self.warnings = warnings
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    level = try container.decode(Level.self, forKey: .level)
    isMet = try container.decode(Bool.self, forKey: .isMet)
    reasons = try container.decode([String].self, forKey: .reasons)
    // Reports written before warnings existed have none.
    warnings = try container.decodeIfPresent([String].self, forKey: .warnings) ?? []
  }

  /// "L7 bar not met: Trade-offs 2, needs 3; core average 2.86, needs 3.0"; with warnings,
  /// "L7 bar met on the scores alone (2 warnings): core average 3.0; nothing below 2".
  public var summary: String {
    let count = warnings.count == 1 ? "1 warning" : "\(warnings.count) warnings"
    let qualifier = warnings.isEmpty ? "" : isMet ? " on the scores alone (\(count))" : " (\(count))"
    return "\(level.rawValue) bar \(isMet ? "met" : "not met")\(qualifier): " + reasons.joined(separator: "; ")
  }

  /// The same verdict carrying `warnings`.
  public func warned(_ warnings: [String]) -> Verdict {
    var verdict = self
    verdict.warnings = warnings
    return verdict
  }
}

extension Rubric {
  /// Evaluates the bar of `level` on `scores` (dimension id to score). Unscored dimensions of the
  /// level make the bar not met, since the verdict cannot be known.
  public func verdict(for level: Level, scores: [String: Int]) -> Verdict {
    guard let rule = bars[level] else {
      return Verdict(level: level, isMet: false, reasons: ["the rubric has no bar for \(level.rawValue)"])
    }
    var scored: [(dimension: RubricDimension, score: Int)] = []
    var missing: [RubricDimension] = []
    for dimension in dimensions(for: level) {
      if let score = scores[dimension.id] { scored.append((dimension, score)) } else { missing.append(dimension) }
    }
    if !missing.isEmpty {
      return Verdict(
        level: level, isMet: false, reasons: ["not scored: " + missing.map(\.title).joined(separator: ", ")])
    }
    var failures: [String] = []
    if let floor = rule.minimumEach {
      for (dimension, score) in scored where score < floor {
        failures.append("\(dimension.title) \(score), needs at least \(floor)")
      }
    }
    for (dimension, score) in scored {
      guard let needed = rule.required[dimension.id], score < needed else { continue }
      if let floor = rule.minimumEach, score < floor { continue }
      failures.append("\(dimension.title) \(score), needs \(needed)")
    }
    let core = scored.filter(\.dimension.isCore).map(\.score)
    let average = core.isEmpty ? 0 : Double(core.reduce(0, +)) / Double(core.count)
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

  /// The bar of `level` in words, generated from the rule so that the rubric file, the README
  /// and the grading screen can say exactly the same: "L7 bar: the core dimensions average at
  /// least 3.0; no dimension below 2; reliability-operations, trade-off-depth and platform-impact
  /// each at least 3." Nil when the rubric has no bar for the level.
  public func barStatement(for level: Level) -> String? {
    guard let rule = bars[level] else { return nil }
    var parts: [String] = []
    if let average = rule.coreAverage { parts.append("the core dimensions average at least \(Self.format(average))") }
    if let floor = rule.minimumEach { parts.append("no dimension below \(floor)") }
    let order = dimensions.map(\.id)
    let required = rule.required.sorted { lhs, rhs in
      (order.firstIndex(of: lhs.key) ?? order.count, lhs.key) < (order.firstIndex(of: rhs.key) ?? order.count, rhs.key)
    }
    for score in Set(required.map(\.value)).sorted() {
      let names = required.filter { $0.value == score }.map(\.key)
      let joined = names.count > 1 ? names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "") : names[0]
      parts.append("\(joined)\(names.count > 1 ? " each" : "") at least \(score)")
    }
    return "\(level.rawValue) bar: " + (parts.isEmpty ? "always met" : parts.joined(separator: "; ")) + "."
  }

  /// "3.0", "2.8", "2.75": at least one decimal, at most two, no trailing zero after the first.
  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    return hundredths % 10 == 0
      ? String(format: "%.1f", Double(hundredths) / 100) : String(format: "%.2f", Double(hundredths) / 100)
  }
}
