import Foundation
import GRDB

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

extension SessionStore {
  /// How many sessions each question has, counted by the database.
  public func attemptCounts() throws -> [String: Int] {
    try database.read { db in
      var counts: [String: Int] = [:]
      let rows = try Row.fetchCursor(db, sql: "SELECT question_id, COUNT(*) FROM session GROUP BY question_id")
      while let row = try rows.next() { counts[row[0]] = row[1] }
      return counts
    }
  }

  /// Every session, newest first, read from the session table alone.
  public func history() throws -> [SessionSummary] {
    try database.read { db in
      // Columns by position through a cursor: lookups by name cost more than the rows.
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, created_at, format_id, question_id, question_title, deck_id, level, finished_at, active_seconds,
            assessment_json IS NOT NULL, rubric_id, scores
          FROM session ORDER BY created_at DESC
          """)
      var summaries: [SessionSummary] = []
      while let row = try rows.next() {
        summaries.append(
          SessionSummary(
            id: row[0], createdAt: Date(storedTime: row[1]), formatID: row[2], questionID: row[3],
            questionTitle: row[4], deckID: row[5], level: (row[6] as String?).flatMap(Level.init(rawValue:)),
            finishedAt: (row[7] as Double?).map(Date.init(storedTime:)), activeSeconds: row[8], isGraded: row[9],
            rubricID: row[10], scores: (row[11] as String?).map(ScoreText.decode)))
      }
      return summaries
    }
  }
}
