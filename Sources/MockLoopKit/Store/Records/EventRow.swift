import Foundation
import GRDB

/// One row of the `session_event` table, decoded strictly: an unknown kind or pause reason, or
/// a value of the wrong type, makes `init(row:)` throw `StoreError.badSession` naming the
/// session, the event's place in its log and the column.
struct EventRow: FetchableRecord {
  /// The columns, in the order `init(row:)` reads them, and whether each has its storage type.
  static let selection =
    "session_id, seq, kind, at, follow_up, on_demand, reason, "
    + StrictColumns.typesCheck([
      ("session_id", .text), ("seq", .integer), ("kind", .text), ("at", .number), ("follow_up", .optionalText),
      ("on_demand", .optionalFlag), ("reason", .optionalText),
    ])

  var sessionID: String
  var seq: Int
  var event: SessionEvent

  init(row: Row) throws {
    var columns = StrictColumns(row: row)
    columns.isTyped = columns.flag(7)
    let sessionID: String
    do throws(ColumnProblem) {
      sessionID = try columns.text(0, "session_id")
    } catch {
      throw StoreError.badSession(id: "without an id", detail: error.detail(table: "session_event"))
    }
    self.sessionID = sessionID
    var seq: Int?
    do throws(ColumnProblem) {
      seq = try columns.integer(1, "seq")
      let kindText = try columns.text(2, "kind")
      guard let kind = SessionEvent.Kind(rawValue: kindText) else {
        throw ColumnProblem(
          column: "kind", problem: "holds '\(StrictColumns.excerpt(kindText))', not a known event kind")
      }
      let reason = try columns.optionalText(6, "reason").map { text throws(ColumnProblem) in
        guard let reason = SessionEvent.PauseReason(rawValue: text) else {
          throw ColumnProblem(column: "reason", problem: "holds '\(StrictColumns.excerpt(text))', not user or away")
        }
        return reason
      }
      event = SessionEvent(
        kind, at: try columns.time(3, "at"), followUp: try columns.optionalText(4, "follow_up"),
        isOnDemand: try columns.optionalBool(5, "on_demand"), reason: reason)
      self.seq = seq ?? 0
    } catch {
      throw StoreError.badSession(
        id: sessionID, detail: error.detail(table: "session_event", place: seq.map { "seq \($0)" }))
    }
  }
}
