import Foundation
import GRDB

/// One row of the `session` table, decoded strictly: a value of the wrong type, a NULL where
/// the schema says NOT NULL, an unknown level or an unreadable scores column makes `init(row:)`
/// throw `StoreError.badSession` naming the session and the column.
///
/// A row is read with one of two selections. `headingSelection` is what a history line needs
/// (and a cheap check, `looksSound`, that the other columns hold what they should);
/// `fullSelection` adds the columns a whole session needs, after the heading ones, so a row of
/// either kind decodes by position.
struct SessionRow: FetchableRecord {
  /// The heading columns, in the order `init(row:)` reads them: the values, the rowid, the
  /// cheap check of the other columns, and whether every heading column has its type.
  static let headingSelection = """
    id, created_at, format_id, question_id, question_title, deck_id, level, finished_at, active_seconds,
    assessment_json IS NOT NULL, rubric_id, scores, rowid,
    typeof(format_json) = 'text' AND typeof(notes) = 'text'
      AND (assessment_json IS NULL OR (typeof(assessment_json) = 'text' AND json_valid(assessment_json))),
    \(StrictColumns.isText("id")) AND \(StrictColumns.isNumber("created_at")) AND \(StrictColumns.isText("format_id"))
      AND \(StrictColumns.isText("question_id")) AND \(StrictColumns.isText("question_title"))
      AND \(StrictColumns.isText("deck_id")) AND \(StrictColumns.isText("level", optional: true))
      AND \(StrictColumns.isNumber("finished_at", optional: true))
      AND \(StrictColumns.isNumber("active_seconds", optional: true))
      AND \(StrictColumns.isText("rubric_id", optional: true)) AND \(StrictColumns.isText("scores", optional: true))
    """
  private static let headingCount = 15

  /// The heading columns, then the rest of the row, then whether the rest has its types.
  static let fullSelection =
    headingSelection + """
      , format_json, notes, last_seen_at, assessment_json,
      CASE WHEN typeof(assessment_json) = 'text' AND json_valid(assessment_json)
        THEN json_type(assessment_json) = 'object' ELSE 0 END,
      \(StrictColumns.isText("format_json")) AND \(StrictColumns.isText("notes"))
        AND \(StrictColumns.isNumber("last_seen_at", optional: true))
        AND \(StrictColumns.isText("assessment_json", optional: true))
      """

  /// The columns only a whole session needs.
  struct Detail {
    var formatJSON: String
    var notes: String
    var lastSeenAt: Date?
    var assessmentJSON: String?
    /// Whether `assessmentJSON` is one valid JSON object, as SQLite's JSON functions judge it.
    var assessmentIsObject: Bool
  }

  var id: String
  var createdAt: Date
  var formatID: String
  var questionID: String
  var questionTitle: String
  var deckID: String
  var level: Level?
  var finishedAt: Date?
  var activeSeconds: Double?
  var isGraded: Bool
  var rubricID: String?
  var scores: [String: Int]?
  /// Whether format_json and notes are text and assessment_json is NULL or valid JSON: false
  /// means a full read of this row will fail, and says why.
  var looksSound: Bool
  /// Nil when the row was read with `headingSelection`.
  var detail: Detail?

  init(row: Row) throws {
    var columns = StrictColumns(row: row)
    columns.isTyped = columns.flag(14)
    // A session whose id is not text is named by its row number.
    let id: String
    do throws(ColumnProblem) {
      id = try columns.text(0, "id")
    } catch {
      let rowID = (try? columns.integer(12, "rowid")).map { "at row \($0)" } ?? "without an id"
      throw StoreError.badSession(id: rowID, detail: error.detail(table: "session"))
    }
    self.id = id
    do throws(ColumnProblem) {
      createdAt = try columns.time(1, "created_at")
      formatID = try columns.text(2, "format_id")
      questionID = try columns.text(3, "question_id")
      questionTitle = try columns.text(4, "question_title")
      deckID = try columns.text(5, "deck_id")
      level = try Self.level(columns.optionalText(6, "level"))
      finishedAt = try columns.optionalTime(7, "finished_at")
      activeSeconds = try columns.optionalSeconds(8, "active_seconds")
      isGraded = columns.flag(9)
      rubricID = try columns.optionalText(10, "rubric_id")
      scores = try Self.scores(columns.optionalText(11, "scores"))
      looksSound = columns.flag(13)
      if row.count > Self.headingCount {
        columns.isTyped = columns.flag(20)
        detail = Detail(
          formatJSON: try columns.text(15, "format_json"), notes: try columns.text(16, "notes"),
          lastSeenAt: try columns.optionalTime(17, "last_seen_at"),
          assessmentJSON: try columns.optionalText(18, "assessment_json"), assessmentIsObject: columns.flag(19))
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

  /// The history line of this row.
  var summary: SessionSummary {
    SessionSummary(
      id: id, createdAt: createdAt, formatID: formatID, questionID: questionID, questionTitle: questionTitle,
      deckID: deckID, level: level, finishedAt: finishedAt, activeSeconds: activeSeconds, isGraded: isGraded,
      rubricID: rubricID, scores: scores)
  }
}
