import Foundation
import GRDB

/// The data step of migration "v2-scores": fills `rubric_id` and `scores` from each
/// `assessment_json`, reading the JSON with SQLite's JSON functions only.
///
/// A migration runs on databases of any age, so it must not depend on app types that change
/// over time (GRDB's migration guide): this code is frozen with the migration. It fills the
/// same rows the first version of it did (which decoded `Assessment`): those whose assessment
/// is valid JSON with a text `rubricID`, an object of integer `scores`, an array `selfChecks`,
/// text `wentWell`, `toImprove` and `gradedAt` (an ISO 8601 time); other rows are left NULL.
enum V2Scores {
  static func fill(_ db: Database) throws {
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT id, json_extract(assessment_json, '$.rubricID'), json_extract(assessment_json, '$.gradedAt')
        FROM session
        WHERE typeof(assessment_json) = 'text' AND json_valid(assessment_json)
          AND json_type(assessment_json) = 'object'
          AND json_type(assessment_json, '$.rubricID') = 'text'
          AND json_type(assessment_json, '$.scores') = 'object'
          AND json_type(assessment_json, '$.selfChecks') = 'array'
          AND json_type(assessment_json, '$.wentWell') = 'text'
          AND json_type(assessment_json, '$.toImprove') = 'text'
          AND json_type(assessment_json, '$.gradedAt') = 'text'
          AND NOT EXISTS (
            SELECT 1 FROM json_each(assessment_json, '$.scores') WHERE type <> 'integer')
        """)
    var updates: [(id: String, rubricID: String)] = []
    while let row = try rows.next() {
      guard let id = try row.decode(String?.self, atIndex: 0), let rubricID = try row.decode(String?.self, atIndex: 1),
        let gradedAt = try row.decode(String?.self, atIndex: 2), isTime(gradedAt)
      else { continue }
      updates.append((id, rubricID))
    }
    for update in updates {
      let pairs = try Row.fetchAll(
        db,
        sql: """
          SELECT key, value FROM json_each((SELECT assessment_json FROM session WHERE id = ?), '$.scores')
          """, arguments: [update.id])
      var scores: [(key: String, value: Int64)] = []
      for pair in pairs {
        guard let key = try pair.decode(String?.self, atIndex: 0), let value = try pair.decode(Int64?.self, atIndex: 1)
        else { continue }
        scores.append((key, value))
      }
      // "id=score" pairs sorted by id, joined by commas: the compact form of migration v2.
      let text = scores.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
      try db.execute(
        sql: "UPDATE session SET rubric_id = ?, scores = ? WHERE id = ?", arguments: [update.rubricID, text, update.id])
    }
  }

  /// Whether text is a time as exports write them ("2026-11-24T05:12:00.000Z").
  private static func isTime(_ text: String) -> Bool {
    let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    return (try? withFraction.parse(text)) != nil
  }
}
