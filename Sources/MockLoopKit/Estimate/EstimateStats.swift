import Foundation

/// How estimation practice is going: of every drill asked, how many answers landed within 2x
/// and within 10x, per topic, and whether the share within 2x is rising.
///
/// Unanswered drills count as asked and not within 2x. The trend compares the share within 2x
/// of the newer half of the sets with that of the older half (the middle set goes to the newer
/// half): more than 5 points higher is "up", more than 5 lower "down", else "steady"; it needs
/// two sets.
public struct EstimateStats: Sendable, Codable, Equatable {
  public struct TopicShare: Sendable, Codable, Equatable {
    public var topic: EstimateTopic
    public var asked: Int
    public var right: Int
  }

  public enum Trend: String, Sendable, Codable { case up, down, steady }

  public var sets: Int
  public var asked: Int
  public var right: Int
  public var close: Int
  public var off: Int
  public var skipped: Int
  /// Right over asked, 0 to 1; nil before any drill.
  public var withinTwoShare: Double?
  /// Right or close over asked.
  public var withinTenShare: Double?
  public var trend: Trend?
  /// Newer half minus older half, in percentage points.
  public var trendPoints: Double?
  public var topics: [TopicShare]
  /// "estimates within 2x: 70 %, trending up".
  public var summary: String

  public init(runs: [EstimateRun]) {
    let ordered = runs.sorted { ($0.startedAt, $0.id) < ($1.startedAt, $1.id) }
    let answers = ordered.flatMap(\.answers)
    sets = ordered.count
    asked = answers.count
    right = answers.filter { $0.grade == .right }.count
    close = answers.filter { $0.grade == .close }.count
    off = answers.filter { $0.grade == .off }.count
    skipped = answers.filter { $0.grade == .skipped }.count
    withinTwoShare = asked > 0 ? Double(right) / Double(asked) : nil
    withinTenShare = asked > 0 ? Double(right + close) / Double(asked) : nil
    topics = EstimateTopic.allCases.compactMap { topic in
      let of = answers.filter { $0.topic == topic }
      return of.isEmpty ? nil : TopicShare(topic: topic, asked: of.count, right: of.filter { $0.grade == .right }.count)
    }
    let answered = ordered.filter { !$0.answers.isEmpty }
    if answered.count >= 2 {
      func share(_ runs: ArraySlice<EstimateRun>) -> Double {
        let all = runs.flatMap(\.answers)
        return Double(all.filter { $0.grade == .right }.count) / Double(max(all.count, 1))
      }
      let half = answered.count / 2
      let points = (share(answered[half...]) - share(answered[..<half])) * 100
      trendPoints = (points * 10).rounded() / 10
      trend = points > 5 ? .up : points < -5 ? .down : .steady
    } else {
      trendPoints = nil
      trend = nil
    }
    summary = Self.summary(share: withinTwoShare, trend: trend, sets: sets)
  }

  static func summary(share: Double?, trend: Trend?, sets: Int) -> String {
    guard let share else { return "estimates: no drill sets yet" }
    let percent = Int((share * 100).rounded())
    let trendText: String
    switch trend {
    case .up: trendText = ", trending up"
    case .down: trendText = ", trending down"
    case .steady: trendText = ", steady"
    case nil: trendText = ""
    }
    return "estimates within 2x: \(percent) %\(trendText) (\(sets.counted("set")))"
  }
}
