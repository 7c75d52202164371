import Foundation

/// How the candidate stands on one rubric dimension at a level: the average of its scores over
/// the latest graded sessions at that level, against the score the level's bar asks of it.
///
/// Invariants: `recentAverage` is nil exactly when `scores` is 0; a dimension is weak only
/// when it was scored and its average is below `needs`.
public struct DimensionStanding: Sendable, Equatable, Codable {
  /// How many of the latest graded sessions at the level are read.
  public static let recentWindow = 5

  public var id: String
  public var title: String
  public var recentAverage: Double?
  /// How many scores the average is over.
  public var scores: Int
  /// The score the bar asks: the dimension's own minimum if the bar names one, else the core
  /// average the bar asks (3 on the built-in rubrics, "meets the level").
  public var needs: Double

  public init(id: String, title: String, recentAverage: Double?, scores: Int, needs: Double) {
    self.id = id
    self.title = title
    self.recentAverage = recentAverage
    self.scores = scores
    self.needs = needs
  }

  /// A score or an average as the rubric writes it: "3.0", "2.75".
  public static func text(_ score: Double) -> String { Rubric.format(score) }

  public var isWeak: Bool { recentAverage.map { $0 + 1e-9 < needs } ?? false }

  /// Every dimension `rubric` scores at `level`, in the rubric's order, from the latest
  /// `recentWindow` sessions at that level graded with it (by the time they were graded).
  public static func all(
    rubric: Rubric, level: Level, sessions: [SessionDigest], content: ContentLibrary
  ) -> [DimensionStanding] {
    let graded = sessions.filter { session in
      (session.level ?? session.format.level) == level && session.grade.map { !$0.scores.isEmpty } == true
        && content.rubric(for: session)?.id == rubric.id
    }
    .sorted { lhs, rhs in
      (lhs.grade?.gradedAt ?? lhs.createdAt, lhs.id) < (rhs.grade?.gradedAt ?? rhs.createdAt, rhs.id)
    }
    .suffix(recentWindow)
    let rule = rubric.bars[level]
    return rubric.dimensions(for: level).map { dimension in
      let scores = graded.compactMap { $0.grade?.scores[dimension.id] }
      return DimensionStanding(
        id: dimension.id, title: dimension.title,
        recentAverage: scores.isEmpty ? nil : Double(scores.reduce(0, +)) / Double(scores.count), scores: scores.count,
        needs: rule?.required[dimension.id].map(Double.init) ?? rule?.coreAverage ?? 3)
    }
  }

  /// The weak ones among `standings`, weakest first (ties in the rubric's order).
  public static func weakest(_ standings: [DimensionStanding]) -> [DimensionStanding] {
    standings.enumerated().filter(\.element.isWeak).sorted { lhs, rhs in
      (lhs.element.recentAverage ?? 0, lhs.offset) < (rhs.element.recentAverage ?? 0, rhs.offset)
    }.map(\.element)
  }
}
