import Foundation

/// The review a graded session gives its card: the question at the session's level, rated
/// from the session's verdict and core average, at the moment it was graded.
///
/// Derived from the session every time (never stored), so regrading a session replaces its
/// review and an ungraded session gives none.
public struct SessionReview: Sendable, Equatable, Codable {
  public var sessionID: String
  public var card: CardKey
  public var formatID: String
  /// When the session was last graded.
  public var at: Date
  public var rating: ReviewRating
  /// Whether the session met its level's bar.
  public var isMet: Bool
  /// The average of the core dimensions scored at the level.
  public var coreAverage: Double

  public init(
    sessionID: String, card: CardKey, formatID: String, at: Date, rating: ReviewRating, isMet: Bool,
    coreAverage: Double
  ) {
    self.sessionID = sessionID
    self.card = card
    self.formatID = formatID
    self.at = at
    self.rating = rating
    self.isMet = isMet
    self.coreAverage = coreAverage
  }

  /// The review `session` gives, judged with the rubric the content's rule picks for it; nil
  /// when it is not graded (no assessment, or no core dimension of its level scored), when it
  /// has no level, or when its rubric is not loaded.
  public init?(_ session: SessionDigest, content: ContentLibrary) {
    guard let assessment = session.grade, let level = session.level ?? session.format.level,
      let rubric = content.rubric(for: session),
      let average = rubric.coreAverage(for: level, scores: assessment.scores)
    else { return nil }
    let verdict = rubric.verdict(for: level, scores: assessment.scores)
    self.init(
      sessionID: session.id, card: CardKey(questionID: session.question.id, level: level),
      formatID: session.format.id, at: assessment.gradedAt,
      rating: ReviewRating(barMet: verdict.isMet, coreAverage: average), isMet: verdict.isMet,
      coreAverage: average)
  }
}

extension ReviewRating {
  /// Below this core average a session that missed the bar is rated Again.
  public static let againBelow = 2.5
  /// From this core average a session that met the bar is rated Easy.
  public static let easyFrom = 3.75

  /// The rating of a graded session: Again when the bar was missed with a core average below
  /// 2.5, Hard when it was missed otherwise, Good when it was met, Easy when it was met with a
  /// core average of 3.75 or more.
  public init(barMet: Bool, coreAverage: Double) {
    // The same small allowance the verdict gives averages, so 3.75 computed as 15 / 4 counts.
    let tolerance = 1e-9
    if barMet {
      self = coreAverage + tolerance >= Self.easyFrom ? .easy : .good
    } else {
      self = coreAverage + tolerance < Self.againBelow ? .again : .hard
    }
  }
}

extension Rubric {
  /// The average of the core dimensions of `level` that `scores` holds; nil when it holds none.
  public func coreAverage(for level: Level, scores: [String: Int]) -> Double? {
    let core = dimensions(for: level).filter(\.isCore).compactMap { scores[$0.id] }
    return core.isEmpty ? nil : Double(core.reduce(0, +)) / Double(core.count)
  }
}
