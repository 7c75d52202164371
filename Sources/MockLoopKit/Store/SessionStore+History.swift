import Foundation
import GRDB

/// The history's queries: its lines read from the summary rows (`session_summary`), counts
/// from the session table's narrow columns.
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

  /// Every session that can be read, newest first.
  public func history() throws -> [SessionSummary] { try readHistory().values }

  /// Every session, newest first (by creation time, then id), from the summary rows.
  ///
  /// A summary row stands for a session that could be read whole when it was written and has
  /// not changed since (see `DatabaseSchema.registerSummaryMigrations`). A session without one
  /// is checked as the history always did, from its session row: one that cannot be read (or
  /// whose other columns fail SQLite's cheap check) is skipped and reported, so the history
  /// lists the sessions `show`, `stats` and `export` can read.
  public func readHistory() throws -> PartialRead<SessionSummary> {
    try reading { db in
      let formatIDs = try Self.formatIDs(db)
      let scan = try Self.scanSummaries(selection: SummaryRow.historySelection, db) {
        columns, caches throws(SummaryRow.Problem) in
        try SummaryRow.historyLine(columns, formatIDs: formatIDs, caches: &caches)
      }
      var result = PartialRead(values: scan.values, skipped: [])
      let fallback = try Self.fallbackRowIDs(scan, db)
      guard !fallback.isEmpty else { return result }
      for rowID in fallback {
        guard
          let row = try Row.fetchOne(
            db, sql: "SELECT \(SessionRow.summarySelection) FROM session WHERE rowid = ?", arguments: [rowID])
        else { continue }
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
      result.values.sort(by: Self.isNewer)
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
