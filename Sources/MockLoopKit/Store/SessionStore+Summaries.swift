import Foundation
import GRDB

/// Writing summary rows: each write that changes a session's digest ends by writing its summary
/// again, in the same transaction, from the session as stored (so the summary always equals the
/// digest of a full read). The triggers of migration v6 drop a summary whenever a session's rows
/// change; a write that ends without writing it leaves the session to be read in full.
extension SessionStore {
  /// Writes the summary of `sessionID` from its stored rows, or removes it when the session is
  /// gone or cannot be read (readers then read it in full and report it).
  static func writeSummary(of sessionID: String, _ db: Database) throws {
    var writer = SummaryWriter()
    try writer.write(of: sessionID, db)
  }
}

/// A session's summary row as it stood before a change that only its checklist marks see: the
/// checklist change can then be written into it without reading the session back.
struct StoredSummary {
  /// The row's values, in the order of `SummaryRow.digestSelection`.
  private var values: [DatabaseValue]
  private var checked: ChecklistTicks
  private static let checkedIndex = 16

  /// The summary of `sessionID`, when it has one that reads whole (strictly, as the readers
  /// read it); nil otherwise.
  init?(of sessionID: String, _ db: Database) throws {
    let sql = "SELECT \(SummaryRow.digestSelection) FROM session_summary WHERE session_id = ?"
    let statement = try db.makeStatement(sql: sql)
    try statement.setArguments([sessionID])
    guard try SessionStore.step(statement, sql: sql, db) else { return nil }
    var caches = SummaryRow.Caches()
    let columns = StatementColumns(statement: statement.sqliteStatement)
    guard let checked = try? SummaryRow.checkedOfWholeRow(columns, caches: &caches) else { return nil }
    values = (0..<Int32(SummaryRow.digestColumnCount)).map {
      DatabaseValue(sqliteStatement: statement.sqliteStatement, index: $0)
    }
    self.checked = checked
  }

  /// Records that `mark` was ticked (`isChecked`) or unticked, once its row is written; false
  /// when only writing the summary from a full read is sure to be right: the mark's time is out
  /// of range (the full read refuses it), or a phase id of this mark or of any mark the session
  /// keeps is not plain printable ASCII. SQLite matches marks by their bytes and a `Set` by
  /// canonical equivalence, which differ outside ASCII ("K" and the Kelvin sign are one key to
  /// Swift, two rows to SQLite, so unticking one leaves the other ticked); a NUL cuts an id short.
  mutating func apply(_ mark: ChecklistMark, isChecked: Bool, sessionID: String, _ db: Database) throws -> Bool {
    guard Self.isPlain(mark.phaseID) else { return false }
    let unusual = try Bool.fetchOne(
      db,
      sql: """
        SELECT EXISTS (SELECT 1 FROM checklist_mark WHERE session_id = ?
          AND (typeof(phase_id) <> 'text' OR phase_id GLOB '*[^ -~]*'))
        """, arguments: [sessionID])
    guard unusual == false else { return false }
    let key = SessionDigest.ChecklistItemKey(phaseID: mark.phaseID, item: mark.item)
    if isChecked {
      guard StrictColumns.timeRange.contains(mark.at.storedTime) else { return false }
      checked.insert(key)
    } else {
      checked.remove(key)
    }
    values[Self.checkedIndex] = SummaryText.encode(checked: checked).databaseValue
    return true
  }

  /// Printable ASCII, as the GLOB above has it.
  private static func isPlain(_ id: String) -> Bool { id.utf8.allSatisfy { $0 >= 0x20 && $0 <= 0x7E } }

  /// Writes the row again (the triggers drop it when a mark changes).
  func write(_ db: Database) throws {
    let placeholders = Array(repeating: "?", count: values.count).joined(separator: ", ")
    try db.execute(
      sql: "INSERT OR REPLACE INTO session_summary (\(SummaryRow.digestSelection)) VALUES (\(placeholders))",
      arguments: StatementArguments(values))
  }
}

/// Writes summary rows, keeping each format snapshot's row id once it is known.
struct SummaryWriter {
  private var snapshotIDs: [String: Int64] = [:]

  /// See `SessionStore.writeSummary(of:_:)`.
  mutating func write(of sessionID: String, _ db: Database) throws {
    let session: Session?
    do {
      session = try SessionStore.fetchSession(id: sessionID, db)
    } catch is StoreError {
      session = nil
    }
    guard let session else {
      try db.execute(sql: "DELETE FROM session_summary WHERE session_id = ?", arguments: [sessionID])
      return
    }
    try write(SessionDigest(session), db)
  }

  /// Writes `digest` as its session's summary row.
  mutating func write(_ digest: SessionDigest, _ db: Database) throws {
    let snapshot = try snapshotID(of: digest.format, db)
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO session_summary (session_id, created_at, question_id, question_title, deck_id, level,
          format_snapshot_id, started_at, finished_at, active_seconds, paused_seconds, away_seconds, phase_seconds,
          checked, rubric_id, scores, graded_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        digest.id, digest.createdAt.storedTime, digest.question.id, digest.question.title, digest.question.deckID,
        digest.level?.rawValue, snapshot, digest.startedAt?.storedTime, digest.finishedAt?.storedTime,
        digest.activeSeconds, digest.pausedSeconds, digest.awaySeconds,
        SummaryText.encode(phaseSeconds: digest.phases.map(\.actualSeconds)),
        SummaryText.encode(checked: digest.checked),
        digest.grade?.rubricID, digest.grade.map { ScoreText.encode($0.scores) }, digest.grade?.gradedAt.storedTime,
      ])
  }

  /// The row id of the format's snapshot, added if it is new. The text is the canonical JSON
  /// of the decoded format (sorted keys), whatever key order its session row holds.
  private mutating func snapshotID(of format: InterviewFormat, _ db: Database) throws -> Int64 {
    let json = String(decoding: try ExchangeCoding.storageEncoder.encode(format), as: UTF8.self)
    if let known = snapshotIDs[json] { return known }
    try db.execute(sql: "INSERT OR IGNORE INTO format_snapshot (json) VALUES (?)", arguments: [json])
    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM format_snapshot WHERE json = ?", arguments: [json])
    else { throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "format_snapshot lost the row just written") }
    snapshotIDs[json] = id
    return id
  }
}

/// The data step of migration v6: a summary for every session that can be read whole. One that
/// cannot gets none (the readers read it in full, and name its fault, as before); nothing here
/// stops the migration but a failure of the database itself.
///
/// Unlike the older data steps, this one reads sessions with the store's current reader: a
/// summary is derived data that must equal what that reader gives. Should a later migration
/// change how sessions are stored, it must write the summaries again after its own change.
enum SummaryBackfill {
  static func fill(_ db: Database) throws {
    let ids = try String.fetchAll(db, sql: "SELECT id FROM session WHERE typeof(id) = 'text'")
    var writer = SummaryWriter()
    for id in ids { try writer.write(of: id, db) }
  }
}
