/// How a review of a card went, on FSRS's four-point scale. The raw values are FSRS's grades,
/// which its formulas use as numbers (1 = again ... 4 = easy).
public enum ReviewRating: Int, Sendable, Codable, CaseIterable, Comparable {
  case again = 1
  case hard = 2
  case good = 3
  case easy = 4

  /// "again", "hard", "good", "easy": the words the plan prints.
  public var word: String {
    switch self {
    case .again: "again"
    case .hard: "hard"
    case .good: "good"
    case .easy: "easy"
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension ReviewRating: CustomStringConvertible {
  public var description: String { word }
}
