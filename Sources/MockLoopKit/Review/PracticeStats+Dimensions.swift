import Foundation

extension PracticeStats {
  /// The scores of one rubric dimension over time.
  ///
  /// Invariants: `scores` is oldest first with one point per graded session that scored the
  /// dimension; `latest` and `average` are nil exactly when `scores` is empty.
  public struct DimensionProgress: Sendable, Codable, Equatable {
    /// How many of the latest graded sessions `recentAverage` reads.
    public static let recentWindow = 5
    /// How many scores each side of `trend` averages.
    public static let trendWindow = 3

    /// One graded session's score.
    public struct Point: Sendable, Codable, Equatable {
      public var date: Date
      public var sessionID: String
      public var score: Int

      public init(date: Date, sessionID: String, score: Int) {
        self.date = date
        self.sessionID = sessionID
        self.score = score
      }
    }

    public var id: String
    public var title: String
    public var scores: [Point]
    public var latest: Int?
    public var average: Double?
    /// The average over the last `recentWindow` graded sessions (of the rubric) that scored it.
    public var recentAverage: Double?
    /// How many scores `recentAverage` is over, and how many graded sessions that window held.
    public var recentCount: Int
    public var recentSessions: Int
    /// The average of the last `trendWindow` scores minus that of the `trendWindow` before them;
    /// nil with fewer than twice `trendWindow` scores.
    public var trend: Double?

    /// `scores` are the dimension's points oldest first; `recent` its scores among the last
    /// `recentSessions` graded sessions.
    init(dimension: RubricDimension, scores: [Point], recent: [Int], recentSessions: Int) {
      id = dimension.id
      title = dimension.title
      self.scores = scores
      latest = scores.last?.score
      average = Self.mean(scores.map(\.score))
      recentAverage = Self.mean(recent)
      recentCount = recent.count
      self.recentSessions = recentSessions
      let values = scores.map(\.score)
      if values.count >= 2 * Self.trendWindow, let last = Self.mean(values.suffix(Self.trendWindow)),
        let before = Self.mean(values.dropLast(Self.trendWindow).suffix(Self.trendWindow))
      {
        trend = last - before
      } else {
        trend = nil
      }
    }

    /// Every dimension of the rubric, from its graded sessions taken oldest first. Each session's
    /// scores are read once, each score going to the dimensions of its id.
    static func all(of rubric: Rubric, graded: [PlayedSession]) -> [DimensionProgress] {
      let dimensions = rubric.dimensions
      var points = Array(repeating: [Point](), count: dimensions.count)
      var recent = Array(repeating: [Int](), count: dimensions.count)
      let recentStart = max(graded.count - recentWindow, 0)
      for (index, played) in graded.enumerated() {
        guard let scores = played.digest.grade?.scores else { continue }
        for (dimensionID, score) in scores {
          for (slot, dimension) in dimensions.enumerated() where dimension.id == dimensionID {
            points[slot].append(Point(date: played.date, sessionID: played.digest.id, score: score))
            if index >= recentStart { recent[slot].append(score) }
          }
        }
      }
      return dimensions.indices.map { slot in
        DimensionProgress(
          dimension: dimensions[slot], scores: points[slot], recent: recent[slot],
          recentSessions: graded.count - recentStart)
      }
    }

    static func mean<Values: Collection<Int>>(_ values: Values) -> Double? {
      values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
    }
  }
}
