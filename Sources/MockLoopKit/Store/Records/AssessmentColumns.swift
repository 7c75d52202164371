import Foundation
import GRDB

/// Assessments taken apart by SQLite's JSON functions, for reads of every session at once.
///
/// `JSONDecoder` costs about 60 µs an assessment, which at 10,000 sessions was the larger part
/// of reading them all. Here one `json_tree` walk hands back every value of every assessment as
/// a row, and an assessment is built from its rows only when they are of the shape the decoder
/// reads, so that the result is the one `JSONDecoder` gives: valid JSON (SQLite 3.40 holds to
/// RFC 8259), an object with no key twice, every field of its type, integer scores, text
/// self-checks, no `\u` escape (a lone surrogate is the one string the two could read
/// differently) and a time that parses. Any other assessment is left to the decoder, which
/// names what is wrong.
enum AssessmentColumns {
  /// The sound assessments, by session id.
  static func fetchSound(_ db: Database) throws -> [String: Assessment] {
    var sound: [String: Assessment] = [:]
    var seen: Set<String> = []
    var current: Parts?
    let rows = try Row.fetchCursor(
      db,
      sql: """
        SELECT session.id, node.path, node.key, node.type, node.atom
        FROM session, json_tree(
          CASE WHEN typeof(session.assessment_json) = 'text' AND instr(session.assessment_json, '\\u') = 0
            AND json_valid(session.assessment_json) THEN session.assessment_json ELSE 'null' END) AS node
        WHERE typeof(session.id) = 'text' AND NOT (node.parent IS NULL AND node.type = 'null')
        """)
    while let row = try rows.next() {
      let columns = StrictColumns(row: row)
      guard let id = try? columns.text(0, "id") else { continue }
      if current?.id != id {
        if let current, let assessment = current.assessment { sound[current.id] = assessment }
        // A session's rows come together; should they ever not, it is left to the decoder.
        guard seen.insert(id).inserted else {
          sound[id] = nil
          current = nil
          continue
        }
        current = Parts(id: id)
      }
      current?.add(path: columns.value(1), key: columns.value(2), type: columns.value(3), atom: columns.value(4))
    }
    if let current, let assessment = current.assessment { sound[current.id] = assessment }
    return sound
  }

  /// The rows of one session's assessment, gathered in document order.
  private struct Parts {
    let id: String
    var isSound = true
    var isObject = false
    var fields: [String: (type: String, atom: DatabaseValue)] = [:]
    var scores: [String: Int] = [:]
    var selfChecks: [String] = []

    init(id: String) { self.id = id }

    mutating func add(path: DatabaseValue, key: DatabaseValue, type: DatabaseValue, atom: DatabaseValue) {
      guard isSound, case .string(let path) = path.storage, case .string(let type) = type.storage else {
        isSound = false
        return
      }
      switch path {
      case "$" where key.isNull:
        isObject = type == "object"
      case "$":
        guard case .string(let name) = key.storage, fields[name] == nil else {
          isSound = false
          return
        }
        fields[name] = (type, atom)
      case "$.scores":
        guard case .string(let name) = key.storage, scores[name] == nil, type == "integer",
          case .int64(let value) = atom.storage, let points = Int(exactly: value)
        else {
          isSound = false
          return
        }
        scores[name] = points
      case "$.selfChecks":
        guard type == "text", case .string(let text) = atom.storage else {
          isSound = false
          return
        }
        selfChecks.append(text)
      default:
        break  // inside a field the decoder does not read
      }
    }

    /// The assessment, when every row was of the shape the decoder reads.
    var assessment: Assessment? {
      guard isSound, isObject, fields["scores"]?.type == "object", fields["selfChecks"]?.type == "array",
        let rubricID = text("rubricID"), let wentWell = text("wentWell"), let toImprove = text("toImprove"),
        let gradedAtText = text("gradedAt"), let gradedAt = try? ExchangeCoding.timestampFormat.parse(gradedAtText)
      else { return nil }
      return Assessment(
        rubricID: rubricID, scores: scores, selfChecks: selfChecks, wentWell: wentWell, toImprove: toImprove,
        gradedAt: gradedAt.roundedToMilliseconds)
    }

    private func text(_ name: String) -> String? {
      guard let field = fields[name], field.type == "text", case .string(let text) = field.atom.storage else {
        return nil
      }
      return text
    }
  }
}
