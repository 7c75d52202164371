import Foundation
import GRDB
import GRDBSQLite

/// Reading the summary rows: every session's digest in one query over `session_summary` (and
/// the format snapshots, each decoded once). A session without a summary, or whose summary
/// cannot be read, is read in full instead, so the result is the same as digesting every
/// session a full read gives, bad ones reported as `StoreError.badSession` as there.
extension SessionStore {
  /// Every session's digest, newest first (by creation time, then id); the sessions that
  /// cannot be read are skipped and reported.
  public func digests() throws -> PartialRead<SessionDigest> {
    try reading { db in
      let formats = try Self.formatSnapshots(db)
      let scan = try Self.scanSummaries(selection: SummaryRow.digestSelection, db) {
        columns, caches throws(SummaryRow.Problem) in
        try SummaryRow.digest(columns, formats: formats, caches: &caches)
      }
      var result = PartialRead(values: scan.values, skipped: [])
      let fallback = try Self.fallbackRowIDs(scan, db)
      guard !fallback.isEmpty else { return result }
      for rowID in fallback {
        do {
          let id = try Self.sessionID(atRow: rowID, db)
          if let session = try Self.fetchSession(id: id, db) { result.values.append(SessionDigest(session)) }
        } catch let error as StoreError {
          result.skipped.append(error)
        }
      }
      result.values.sort(by: Self.isNewer)
      return result
    }
  }

  /// Newest first by creation time, then by id.
  static func isNewer(_ first: some NewestFirst, _ second: some NewestFirst) -> Bool {
    first.createdAt != second.createdAt ? first.createdAt > second.createdAt : first.id < second.id
  }

  /// What one pass over the summary table gave: a value for each readable summary, newest
  /// first (by creation time, then id), the sessions whose summary (or its format snapshot)
  /// could not be read, how many summary rows with a text id there were, and how many
  /// sessions the session table holds.
  struct SummaryScan<Value> {
    var values: [Value]
    var unreadable: [String]
    var rows: Int
    var sessions: Int
  }

  /// Reads every summary row with `selection`, each made into its value by `value`.
  ///
  /// The rows are read in the table's own order and put newest first in Swift: an ORDER BY
  /// made SQLite copy every row into a sorter, five times the cost of the scan itself. They are
  /// stepped through and read straight from the statement (see `StatementColumns`), and each
  /// value is made once and sorted where it lies (the table's order is the order sessions were
  /// written in, nearly always oldest first, which the sort takes as one run). The values are
  /// reserved for as many sessions as there are, which a count over the session table's
  /// smallest index gives, and `fallbackRowIDs` needs anyway.
  static func scanSummaries<Value: NewestFirst>(
    selection: String, _ db: Database,
    _ value: (StatementColumns, inout SummaryRow.Caches) throws(SummaryRow.Problem) -> Value
  ) throws -> SummaryScan<Value> {
    let sessions = try Int.fetchOne(db, sql: "SELECT count(*) FROM session") ?? 0
    var values: [Value] = []
    values.reserveCapacity(sessions)
    var unreadable: [String] = []
    var caches = SummaryRow.Caches()
    let sql = "SELECT \(selection) FROM session_summary"
    let statement = try db.makeStatement(sql: sql)
    let columns = StatementColumns(statement: statement.sqliteStatement)
    var count = 0
    while try Self.step(statement, sql: sql, db) {
      do throws(SummaryRow.Problem) {
        values.append(try value(columns, &caches))
      } catch {
        // A summary whose id is not text stands for no session (the store writes text ids),
        // so it is not counted as one.
        guard let id = error.sessionID else { continue }
        unreadable.append(id)
      }
      count += 1
    }
    values.sort(by: isNewer)
    return SummaryScan(values: values, unreadable: unreadable, rows: count, sessions: sessions)
  }

  /// Moves `statement` to its next row: false when there is none; SQLite's error otherwise.
  static func step(_ statement: Statement, sql: String, _ db: Database) throws -> Bool {
    switch sqlite3_step(statement.sqliteStatement) {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    case let code:
      let message = db.sqliteConnection.map { String(cString: sqlite3_errmsg($0)) }
      throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
    }
  }

  /// The format id of every format snapshot that decodes to a format the store accepts, by row id.
  static func formatIDs(_ db: Database) throws -> [Int: String] { try formatSnapshots(db).mapValues(\.id) }

  /// Every format snapshot that decodes to a format the store accepts, by row id.
  static func formatSnapshots(_ db: Database) throws -> [Int: InterviewFormat] {
    var formats: [Int: InterviewFormat] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT id, json FROM format_snapshot")
    while let row = try rows.next() {
      let columns = StrictColumns(row: row)
      guard let id = try? columns.integer(0, "id"), let json = try? columns.text(1, "json"),
        let format = try? ExchangeCoding.sharedDecoder.decode(InterviewFormat.self, from: Data(json.utf8)),
        SessionRules.problem(with: format) == nil
      else { continue }
      formats[id] = format
    }
    return formats
  }

  /// The sessions to read in full, by row id, newest first: those without a summary row (or
  /// whose id is not text, which no summary the store writes has) and those the scan could not
  /// read. A summary belongs to a session (its key references it, and deleting a session
  /// deletes it), so when the scan saw as many summary rows with a text id as there are
  /// sessions, every one has its summary: finding that costs the scan's one count over the
  /// session table, never a lookup per session.
  static func fallbackRowIDs(_ scan: SummaryScan<some Any>, _ db: Database) throws -> [Int64] {
    let unreadable = scan.unreadable
    var rowIDs: [Int64] = []
    if scan.sessions != scan.rows {
      rowIDs = try Int64.fetchAll(
        db,
        sql: """
          SELECT rowid FROM session
          WHERE typeof(id) <> 'text'
            OR NOT EXISTS (SELECT 1 FROM session_summary WHERE session_summary.session_id = session.id)
          """)
    }
    if !unreadable.isEmpty {
      rowIDs += try Int64.fetchAll(
        db, sql: "SELECT rowid FROM session WHERE id IN (SELECT value FROM json_each(?))",
        arguments: [try jsonArray(unreadable)])
    }
    guard rowIDs.count > 1 else { return rowIDs }
    return try Int64.fetchAll(
      db, sql: "SELECT rowid FROM session WHERE rowid IN (SELECT value FROM json_each(?)) ORDER BY created_at DESC",
      arguments: [try jsonArray(rowIDs)])
  }

  private static func jsonArray(_ values: some Encodable) throws -> String {
    String(decoding: try JSONEncoder().encode(values), as: UTF8.self)
  }

  /// The id of the session at `rowID`; `badSession` naming the row when it is not text.
  static func sessionID(atRow rowID: Int64, _ db: Database) throws -> String {
    let row = try Row.fetchOne(db, sql: "SELECT id FROM session WHERE rowid = ?", arguments: [rowID])
    guard let row, let id = try? StrictColumns(row: row).text(0, "id") else {
      throw StoreError.badSession(id: "at row \(rowID)", detail: "session.id is not text")
    }
    return id
  }
}

/// What the readers of many sessions give, which they list newest first (`SessionStore.isNewer`).
protocol NewestFirst: Sendable {
  var createdAt: Date { get }
  var id: String { get }
}

extension SessionDigest: NewestFirst {}
extension SessionSummary: NewestFirst {}
