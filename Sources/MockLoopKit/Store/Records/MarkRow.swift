import Foundation
import GRDB

/// One row of the `checklist_mark` table, decoded strictly: a value of the wrong type makes
/// `init(row:)` throw `StoreError.badSession` naming the session and the column.
struct MarkRow: FetchableRecord {
  /// The columns, in the order `init(row:)` reads them, and whether each has its storage type.
  static let selection =
    "session_id, phase_id, item, text, at, "
    + StrictColumns.typesCheck([
      ("session_id", .text), ("phase_id", .text), ("item", .integer), ("text", .text), ("at", .number),
    ])
  /// The order `session(id:)` has always read a session's marks in.
  static let order = "at, phase_id, item"

  /// `order` in Swift: SQLite compares times as numbers and text as bytes (its BINARY collation).
  static func isOrdered(_ first: ChecklistMark, before second: ChecklistMark) -> Bool {
    if first.at != second.at { return first.at < second.at }
    if first.phaseID != second.phaseID { return first.phaseID.utf8.lexicographicallyPrecedes(second.phaseID.utf8) }
    return first.item < second.item
  }

  var sessionID: String
  var mark: ChecklistMark

  init(row: Row) throws {
    var columns = StrictColumns(row: row)
    columns.isTyped = columns.flag(5)
    let sessionID: String
    do throws(ColumnProblem) {
      sessionID = try columns.text(0, "session_id")
    } catch {
      throw StoreError.badSession(id: "without an id", detail: error.detail(table: "checklist_mark"))
    }
    self.sessionID = sessionID
    do throws(ColumnProblem) {
      mark = ChecklistMark(
        phaseID: try columns.text(1, "phase_id"), item: try columns.integer(2, "item"),
        text: try columns.text(3, "text"), at: try columns.time(4, "at"))
    } catch {
      throw StoreError.badSession(id: sessionID, detail: error.detail(table: "checklist_mark"))
    }
  }
}
