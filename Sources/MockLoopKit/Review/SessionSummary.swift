import Foundation

/// One line of the history: enough to list and filter sessions without loading their logs.
public struct SessionSummary: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var createdAt: Date
  public var formatID: String
  public var questionID: String
  public var questionTitle: String
  public var deckID: String
  public var level: Level?
  public var finishedAt: Date?
  /// Interview time, pauses excluded; nil until finished.
  public var activeSeconds: Double?
  public var isGraded: Bool
  /// The rubric and scores of the grading, when there is one.
  public var rubricID: String?
  public var scores: [String: Int]?

  public init(
    id: String, createdAt: Date, formatID: String, questionID: String, questionTitle: String, deckID: String,
    level: Level?, finishedAt: Date?, activeSeconds: Double?, isGraded: Bool, rubricID: String? = nil,
    scores: [String: Int]? = nil
  ) {
    self.id = id
    self.createdAt = createdAt
    self.formatID = formatID
    self.questionID = questionID
    self.questionTitle = questionTitle
    self.deckID = deckID
    self.level = level
    self.finishedAt = finishedAt
    self.activeSeconds = activeSeconds
    self.isGraded = isGraded
    self.rubricID = rubricID
    self.scores = scores
  }
}
