import Foundation
import GRDB

/// One row of the `session` table, decoded strictly: a value of the wrong type, a NULL where
/// the schema says NOT NULL, an unknown level or an unreadable scores column makes `init(row:)`
/// throw `StoreError.badSession` naming the session and the column.
///
/// A row is read with one of two selections, which share their first columns (`commonCount`):
/// `summarySelection` adds what a history line needs (and `looksSound`, a cheap check that the
/// other columns hold what they should); `sessionSelection` adds what a whole session needs.
/// The columns only the history reads (format_id, finished_at, active_seconds, rubric_id,
/// scores) are copies kept for it; a whole session does not depend on them.
struct SessionRow: FetchableRecord {
  private static let common = "id, created_at, question_id, question_title, deck_id, level, rowid"
  private static let commonCount = 7

  /// The columns of a history line, in the order `init(row:)` reads them.
  static let summarySelection = """
    \(common), format_id, finished_at, active_seconds, assessment_json IS NOT NULL, rubric_id, scores,
    typeof(format_json) = 'text' AND typeof(notes) = 'text'
      AND (assessment_json IS NULL OR (typeof(assessment_json) = 'text' AND json_valid(assessment_json)))
    """
  private static let summaryCount = commonCount + 7

  /// The columns of a whole session, in the order `init(row:)` reads them.
  static let sessionSelection = "\(common), format_json, notes, last_seen_at, assessment_json"
  private static let sessionCount = commonCount + 4

  /// What a history line needs beyond the common columns.
  struct Summary {
    var formatID: String
    var finishedAt: Date?
    /// Interview time, pauses excluded; nil until finished.
    var activeSeconds: Double?
    var isGraded: Bool
    var rubricID: String?
    var scores: [String: Int]?
    /// Whether format_json and notes are text and assessment_json is NULL or valid JSON: false
    /// means a full read of this row will fail, and says why.
    var looksSound: Bool
  }

  /// What a whole session needs beyond the common columns.
  struct Detail {
    var formatJSON: String
    var notes: String
    var lastSeenAt: Date?
    var assessmentJSON: String?
  }

  var id: String
  var createdAt: Date
  var questionID: String
  var questionTitle: String
  var deckID: String
  var level: Level?
  /// Set when the row was read with `summarySelection`.
  var summary: Summary?
  /// Set when the row was read with `sessionSelection`.
  var detail: Detail?

  init(row: Row) throws {
    let columns = StrictColumns(row: row)
    let id: String
    do throws(ColumnProblem) {
      id = try columns.text(0, "id")
    } catch {
      // A session whose id is not text is named by its row number.
      let rowID = (try? columns.integer(6, "rowid")).map { "at row \($0)" } ?? "without an id"
      throw StoreError.badSession(id: rowID, detail: error.detail(table: "session"))
    }
    self.id = id
    do throws(ColumnProblem) {
      createdAt = try columns.time(1, "created_at")
      questionID = try columns.text(2, "question_id")
      questionTitle = try columns.text(3, "question_title")
      deckID = try columns.text(4, "deck_id")
      level = try Self.level(columns.optionalText(5, "level"))
      let next = Self.commonCount
      switch row.count {
      case Self.summaryCount:
        summary = Summary(
          formatID: try columns.text(next, "format_id"), finishedAt: try columns.optionalTime(next + 1, "finished_at"),
          activeSeconds: try columns.optionalSeconds(next + 2, "active_seconds"), isGraded: columns.flag(next + 3),
          rubricID: try columns.optionalText(next + 4, "rubric_id"),
          scores: try Self.scores(columns.optionalText(next + 5, "scores")), looksSound: columns.flag(next + 6))
      case Self.sessionCount:
        detail = Detail(
          formatJSON: try columns.text(next, "format_json"), notes: try columns.text(next + 1, "notes"),
          lastSeenAt: try columns.optionalTime(next + 2, "last_seen_at"),
          assessmentJSON: try columns.optionalText(next + 3, "assessment_json"))
      default:
        break
      }
    } catch {
      throw StoreError.badSession(id: id, detail: error.detail(table: "session"))
    }
  }

  private static func level(_ text: String?) throws(ColumnProblem) -> Level? {
    guard let text else { return nil }
    guard let level = Level(rawValue: text) else {
      throw ColumnProblem(column: "level", problem: "holds '\(StrictColumns.excerpt(text))', not L6 or L7")
    }
    return level
  }

  private static func scores(_ text: String?) throws(ColumnProblem) -> [String: Int]? {
    guard let text else { return nil }
    guard let scores = ScoreText.decode(text) else {
      throw ColumnProblem(
        column: "scores", problem: "holds '\(StrictColumns.excerpt(text))', not 'dimension=score,…'")
    }
    if let (dimension, message) = SessionRules.problem(with: scores) {
      throw ColumnProblem(column: "scores", problem: "gives '\(dimension.terminalSafe)' \(message)")
    }
    return scores
  }

  /// The history line of a row read with `summarySelection`.
  var sessionSummary: SessionSummary? {
    guard let summary else { return nil }
    return SessionSummary(
      id: id, createdAt: createdAt, formatID: summary.formatID, questionID: questionID, questionTitle: questionTitle,
      deckID: deckID, level: level, finishedAt: summary.finishedAt, activeSeconds: summary.activeSeconds,
      isGraded: summary.isGraded, rubricID: summary.rubricID, scores: summary.scores)
  }
}
