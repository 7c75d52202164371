import Foundation
import GRDB

/// Assessments taken apart by SQLite's JSON functions, for reads of every session at once.
///
/// `JSONDecoder` costs about 60 µs an assessment, which at 10,000 sessions was the larger part
/// of reading them all. Here SQLite checks each assessment's shape and hands back its fields as
/// columns. Only an assessment that passes every check is read this way, and for those the
/// result is the one `JSONDecoder` gives: valid JSON (SQLite 3.40 holds to RFC 8259), an object
/// with no key twice, every field of its type, integer scores, text self-checks, no `\u`
/// escape (a lone surrogate is the one string the two could read differently) and a time
/// that parses. Any other assessment is left to the decoder, which names what is wrong.
enum AssessmentColumns {
  /// The sound assessments, by session id.
  static func fetchSound(_ db: Database) throws -> [String: Assessment] {
    var parts: [String: Assessment] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, json_extract(assessment_json, '$.rubricID'), json_extract(assessment_json, '$.wentWell'),
          json_extract(assessment_json, '$.toImprove'), json_extract(assessment_json, '$.gradedAt')
        FROM session WHERE \(soundCondition)
        """)
    while let row = try rows.next() {
      let columns = StrictColumns(row: row)
      guard let id = try? columns.text(0, "id"), let rubricID = try? columns.text(1, "rubricID"),
        let wentWell = try? columns.text(2, "wentWell"), let toImprove = try? columns.text(3, "toImprove"),
        let gradedAtText = try? columns.text(4, "gradedAt"),
        let gradedAt = try? ExchangeCoding.timestampFormat.parse(gradedAtText)
      else { continue }
      parts[id] = Assessment(
        rubricID: rubricID, wentWell: wentWell, toImprove: toImprove, gradedAt: gradedAt.roundedToMilliseconds)
    }
    var unsound: Set<String> = []
    try forEachEntry(db, of: "scores") { id, key, value in
      guard case .int64(let score) = value.storage, let points = Int(exactly: score) else {
        unsound.insert(id)
        return
      }
      parts[id]?.scores[key] = points
    }
    try forEachEntry(db, of: "selfChecks") { id, _, value in
      guard case .string(let text) = value.storage else {
        unsound.insert(id)
        return
      }
      parts[id]?.selfChecks.append(text)
    }
    for id in unsound { parts[id] = nil }
    return parts
  }

  /// Calls `body` with the session id, key and value of each entry of the object or array at
  /// `$.field` of every sound assessment, an array's in order.
  private static func forEachEntry(
    _ db: Database, of field: String, _ body: (String, String, DatabaseValue) -> Void
  ) throws {
    // json_each is only ever given a text that passed the checks, so it cannot raise an error.
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT assessed.session_id, entry.key, entry.value
        FROM (SELECT id AS session_id, CASE WHEN \(soundCondition) THEN assessment_json ELSE '{}' END AS assessment
          FROM session) AS assessed, json_each(assessed.assessment, '$.\(field)') AS entry
        ORDER BY assessed.session_id, entry.id
        """)
    while let row = try rows.next() {
      let columns = StrictColumns(row: row)
      let key: String
      switch columns.value(1).storage {
      case .string(let text): key = text
      case .int64(let index): key = String(index)
      default: continue
      }
      guard let id = try? columns.text(0, "id") else { continue }
      body(id, key, columns.value(2))
    }
  }

  /// SQL that is true when a row's assessment is of the shape `fetchSound` reads.
  private static let soundCondition = """
    (typeof(id) = 'text' AND typeof(assessment_json) = 'text'
      AND instr(assessment_json, '\\u') = 0 AND json_valid(assessment_json)
      AND json_type(assessment_json) = 'object'
      AND json_type(assessment_json, '$.rubricID') = 'text'
      AND json_type(assessment_json, '$.scores') = 'object'
      AND json_type(assessment_json, '$.selfChecks') = 'array'
      AND json_type(assessment_json, '$.wentWell') = 'text'
      AND json_type(assessment_json, '$.toImprove') = 'text'
      AND json_type(assessment_json, '$.gradedAt') = 'text'
      AND NOT EXISTS (SELECT 1 FROM json_each(assessment_json, '$.scores') WHERE type <> 'integer')
      AND NOT EXISTS (SELECT 1 FROM json_each(assessment_json, '$.selfChecks') WHERE type <> 'text')
      AND (SELECT count(*) = count(DISTINCT key) FROM json_each(assessment_json))
      AND (SELECT count(*) = count(DISTINCT key) FROM json_each(assessment_json, '$.scores')))
    """
}
