import Foundation
import GRDB

/// What a read of many sessions gave: those that could be read, newest first, and one
/// `StoreError.badSession` for each that could not (so the caller can name them).
public struct PartialRead<Value: Sendable>: Sendable {
  public var values: [Value]
  public var skipped: [StoreError]

  public init(values: [Value], skipped: [StoreError]) {
    self.values = values
    self.skipped = skipped
  }
}

/// Reading sessions back: every row through its record type (`SessionRow`, `EventRow`,
/// `MarkRow`), so a bad row is a `StoreError.badSession`, never a trap. Reads that list many
/// sessions skip the bad ones and report them; a read of one session throws its error.
extension SessionStore {
  /// One session, or nil when there is none with this id; throws `badSession` when its rows
  /// cannot be read.
  public func session(id: String) throws -> Session? {
    try reading { db in try Self.fetchSession(id: id, db) }
  }

  /// The sessions that were started and neither finished nor abandoned, newest first: the ones
  /// resume offers. A session whose rows cannot be read is left out here (history names it).
  public func unfinishedSessions() throws -> [Session] {
    try reading { db in
      let ids = try String.fetchAll(
        db,
        sql: """
          SELECT s.id FROM session s WHERE s.finished_at IS NULL AND s.abandoned_at IS NULL
            AND typeof(s.id) = 'text'
            AND EXISTS (SELECT 1 FROM session_event e WHERE e.session_id = s.id AND e.kind = 'start')
          ORDER BY s.created_at DESC
          """)
      return ids.compactMap { id in try? Self.fetchSession(id: id, db) }
    }
  }

  /// The newest unfinished session, for resume.
  public func unfinishedSession() throws -> Session? { try unfinishedSessions().first }

  /// When the session was abandoned, if it was.
  public func abandonedAt(sessionID: String) throws -> Date? {
    try reading { db in
      try Double.fetchOne(db, sql: "SELECT abandoned_at FROM session WHERE id = ?", arguments: [sessionID])
        .map(Date.init(storedTime:))
    }
  }

  /// The newest session's id (of those whose creation time is a number, so that a text date,
  /// which SQLite sorts after every number, does not pass for the newest).
  public func lastSessionID() throws -> String? {
    try reading { db in
      try String.fetchOne(
        db,
        sql: """
          SELECT id FROM session WHERE typeof(id) = 'text' AND typeof(created_at) IN ('real', 'integer')
          ORDER BY created_at DESC LIMIT 1
          """)
    }
  }

  /// Finds a session by its full id or an unambiguous prefix of it (as `git` does).
  public func resolveSessionID(_ reference: String) throws -> String? {
    if reference == "last" { return try lastSessionID() }
    return try reading { db in
      let ids = try String.fetchAll(
        db, sql: "SELECT id FROM session WHERE typeof(id) = 'text' AND id LIKE ? ESCAPE '\\' LIMIT 2",
        arguments: [
          reference.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        ])
      return ids.count == 1 ? ids[0] : ids.first { $0 == reference }
    }
  }

  /// Every session that can be read, newest first.
  public func allSessions() throws -> [Session] { try readAllSessions().values }

  /// Every session, newest first, one session at a time; the bad ones skipped and reported.
  public func readAllSessions() throws -> PartialRead<Session> {
    try reading { db in
      var result = PartialRead<Session>(values: [], skipped: [])
      let rows = try Row.fetchCursor(db, sql: "SELECT rowid, id FROM session ORDER BY created_at DESC")
      while let row = try rows.next() {
        let columns = StrictColumns(row: row)
        guard let id = try? columns.text(1, "id") else {
          let number = (try? columns.integer(0, "rowid")).map { "at row \($0)" } ?? "without an id"
          result.skipped.append(.badSession(id: number, detail: "session.id is not text"))
          continue
        }
        do {
          if let session = try Self.fetchSession(id: id, db) { result.values.append(session) }
        } catch let error as StoreError {
          result.skipped.append(error)
        }
      }
      return result
    }
  }

  public func sessionCount() throws -> Int {
    try reading { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session") ?? 0 }
  }

  /// Runs a read, turning SQLite's failures into the store error that explains them.
  func reading<Value>(_ body: (Database) throws -> Value) throws -> Value {
    do {
      return try database.read(body)
    } catch let error as DatabaseError {
      throw StoreError.diagnosing(error, databaseURL: databaseURL, isReadOnlyStore: isReadOnly)
    }
  }

  static func fetchSession(id: String, _ db: Database) throws -> Session? {
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT \(SessionRow.sessionSelection) FROM session WHERE id = ?", arguments: [id])
    else { return nil }
    let session = try SessionRow(row: row)
    let events = try EventRow.fetchAll(
      db, sql: "SELECT \(EventRow.selection) FROM session_event WHERE session_id = ? ORDER BY seq", arguments: [id])
    let marks = try MarkRow.fetchAll(
      db, sql: "SELECT \(MarkRow.selection) FROM checklist_mark WHERE session_id = ? ORDER BY \(MarkRow.order)",
      arguments: [id])
    var formats: [String: InterviewFormat] = [:]
    return try session.session(events: events.map(\.event), marks: marks.map(\.mark), formats: &formats)
  }
}
