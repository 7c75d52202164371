import Foundation

/// How the candidate's own grades compare with their interviewers' grades, over the sessions
/// graded by both: for each rubric dimension and overall, the mean and the spread of
/// (self − interviewer), and a plain sentence about the largest gap.
///
/// Invariants: a dimension counts a session only when both grades score it; `overall` pools
/// every such difference; spreads are population standard deviations (0 for one difference).
public struct Calibration: Sendable, Codable, Equatable {
  /// The figures of one dimension (or of all of them, for `overall`).
  public struct Gap: Sendable, Codable, Equatable {
    public var dimensionID: String
    public var title: String
    /// How many (self, interviewer) pairs of scores.
    public var count: Int
    /// Mean of self − interviewer: positive when the candidate grades themselves higher.
    public var meanDifference: Double
    public var spread: Double

    public init(dimensionID: String, title: String, count: Int, meanDifference: Double, spread: Double) {
      self.dimensionID = dimensionID
      self.title = title
      self.count = count
      self.meanDifference = meanDifference
      self.spread = spread
    }
  }

  /// Sessions with both grades saved.
  public var sessions: Int
  /// One per rubric dimension with at least one pair, in the rubric's order.
  public var dimensions: [Gap]
  public var overall: Gap?

  /// A difference smaller than this is said to match.
  public static let matchWithin = 0.25

  public init(pairs: [GradePair], dimensions rubricDimensions: [RubricDimension]) {
    let both = pairs.compactMap { pair -> (mine: [String: Int], theirs: [String: Int])? in
      guard pair.isRevealed, let mine = pair.candidate?.scores, let theirs = pair.interviewer?.scores else {
        return nil
      }
      return (mine, theirs)
    }
    sessions = both.count
    var pooled: [Double] = []
    dimensions = rubricDimensions.compactMap { dimension in
      let differences = both.compactMap { pair -> Double? in
        guard let mine = pair.mine[dimension.id], let theirs = pair.theirs[dimension.id] else { return nil }
        return Double(mine - theirs)
      }
      guard !differences.isEmpty else { return nil }
      pooled += differences
      return Self.gap(differences, id: dimension.id, title: dimension.title)
    }
    overall = pooled.isEmpty ? nil : Self.gap(pooled, id: "overall", title: "overall")
  }

  /// The plain sentence: the largest gap, or that the grades match; nil without pairs.
  public var sentence: String? {
    guard let overall else { return nil }
    let sessionsText = "over \(sessions) session\(sessions == 1 ? "" : "s") graded by both"
    guard let widest = dimensions.max(by: { abs($0.meanDifference) < abs($1.meanDifference) }),
      abs(widest.meanDifference) >= Self.matchWithin
    else {
      return "Your own grades match your interviewers' within a quarter point on every dimension (\(sessionsText))."
    }
    let direction = widest.meanDifference > 0 ? "higher" : "lower"
    var text =
      "You grade your \(widest.title.lowercased()) \(Self.figure(abs(widest.meanDifference))) \(direction) "
      + "than your interviewers do (\(sessionsText))"
    if abs(overall.meanDifference) >= Self.matchWithin {
      let overallDirection = overall.meanDifference > 0 ? "higher" : "lower"
      text += "; overall \(Self.figure(abs(overall.meanDifference))) \(overallDirection)"
    }
    return text + "."
  }

  /// A difference to one decimal, as the sentence and the tables say it.
  public static func figure(_ value: Double) -> String { String(format: "%.1f", value) }

  /// A signed difference to one decimal ("+0.8", "-0.5", "0.0").
  public static func signed(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return rounded > 0 ? "+" + figure(rounded) : figure(rounded == 0 ? 0 : rounded)
  }

  private static func gap(_ differences: [Double], id: String, title: String) -> Gap {
    let mean = differences.reduce(0, +) / Double(differences.count)
    let variance = differences.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(differences.count)
    return Gap(
      dimensionID: id, title: title, count: differences.count, meanDifference: mean, spread: variance.squareRoot())
  }
}
