import Foundation

/// One timed set of estimation drills and how each was answered.
///
/// A set belongs to the terminal that runs it; its rows are only ever added (an answer once per
/// position), keyed by the set's own id, so no other process has anything of it to overwrite.
public struct EstimateRun: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var startedAt: Date
  public var finishedAt: Date?
  /// The time the set allows (15 minutes for a set of 5).
  public var plannedSeconds: Int
  /// The drills of the set, in the order they are asked.
  public var drillIDs: [String]
  public var answers: [EstimateAnswer]

  public init(
    id: String, startedAt: Date, finishedAt: Date? = nil, plannedSeconds: Int, drillIDs: [String],
    answers: [EstimateAnswer] = []
  ) {
    self.id = id
    self.startedAt = startedAt
    self.finishedAt = finishedAt
    self.plannedSeconds = plannedSeconds
    self.drillIDs = drillIDs
    self.answers = answers
  }

  public func count(_ grade: EstimateGrade) -> Int { answers.filter { $0.grade == grade }.count }

  /// "3 of 5 within 2x, 1 within 10x".
  public var score: String {
    let total = max(drillIDs.count, answers.count)
    return "\(count(.right)) of \(total) within 2x, \(count(.close)) within 10x"
  }
}

/// The answer to one drill of a set.
public struct EstimateAnswer: Sendable, Codable, Equatable {
  /// Its place in the set, from 0.
  public var position: Int
  public var drillID: String
  public var drillTitle: String
  public var topic: EstimateTopic
  /// What the candidate typed ("" when not answered).
  public var answer: String
  /// The answer in the asked unit ("3 TB"); nil when not answered.
  public var answerText: String?
  /// The expected value in the asked unit ("3.042 TB").
  public var expected: String
  public var grade: EstimateGrade
  /// The answer over the expected value; nil when not answered or not comparable.
  public var ratio: Double?
  /// Time spent on the drill.
  public var seconds: Double
  public var answeredAt: Date

  public init(
    position: Int, drillID: String, drillTitle: String, topic: EstimateTopic, answer: String, answerText: String?,
    expected: String, grade: EstimateGrade, ratio: Double?, seconds: Double, answeredAt: Date
  ) {
    self.position = position
    self.drillID = drillID
    self.drillTitle = drillTitle
    self.topic = topic
    self.answer = answer
    self.answerText = answerText
    self.expected = expected
    self.grade = grade
    self.ratio = ratio
    self.seconds = seconds
    self.answeredAt = answeredAt
  }

  /// How far the answer landed, in words: "2.3x too high", "on the mark"; nil when not answered.
  public var distance: String? {
    guard let ratio else { return nil }
    return EstimateScoring.describe(answer: ratio, expected: 1)
  }
}
