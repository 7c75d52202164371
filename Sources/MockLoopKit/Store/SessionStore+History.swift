import Foundation
import GRDB

/// The history's queries: summaries and counts read from the session table alone, through
/// `SessionRow` like every other read of it.
extension SessionStore {
  /// How many sessions each question has, counted by the database.
  public func attemptCounts() throws -> [String: Int] {
    try reading { db in
      var counts: [String: Int] = [:]
      let rows = try Row.fetchCursor(
        db,
        sql: "SELECT question_id, COUNT(*) FROM session WHERE typeof(question_id) = 'text' GROUP BY question_id")
      while let row = try rows.next() {
        let columns = StrictColumns(row: row)
        guard let id = try? columns.text(0, "question_id"), let count = try? columns.integer(1, "COUNT(*)") else {
          continue
        }
        counts[id] = count
      }
      return counts
    }
  }

  /// Every session that can be read, newest first, read from the session table alone.
  public func history() throws -> [SessionSummary] { try readHistory().values }

  /// Every session, newest first, read from the session table alone; a session whose row
  /// cannot be read (or whose other columns fail SQLite's cheap check) is skipped and reported,
  /// so the history lists the sessions `show`, `stats` and `export` can read.
  public func readHistory() throws -> PartialRead<SessionSummary> {
    try reading { db in
      var result = PartialRead<SessionSummary>(values: [], skipped: [])
      let rows = try Row.fetchCursor(
        db, sql: "SELECT \(SessionRow.summarySelection) FROM session ORDER BY created_at DESC")
      while let row = try rows.next() {
        do {
          let session = try SessionRow(row: row)
          if let summary = session.sessionSummary, session.summary?.looksSound == true {
            result.values.append(summary)
          } else {
            result.skipped.append(Self.problem(ofSession: session.id, db))
          }
        } catch let error as StoreError {
          result.skipped.append(error)
        }
      }
      return result
    }
  }

  /// What a full read of a session that failed the cheap check says is wrong with it.
  private static func problem(ofSession id: String, _ db: Database) -> StoreError {
    do {
      _ = try fetchSession(id: id, db)
    } catch let error as StoreError {
      return error
    } catch {
      return .badSession(id: id, detail: "\(error)")
    }
    return .badSession(id: id, detail: "its format, notes or assessment is not stored as text")
  }
}
