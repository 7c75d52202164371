import Foundation
import GRDB

/// The on-disk home of every session: one SQLite file in WAL mode with `synchronous = NORMAL`,
/// so a commit costs microseconds and a killed process loses nothing already written.
///
/// Saving is incremental: an event, a checklist mark or the notes are each one small write.
/// A database that is damaged or from a newer MockLoop is refused before anything is written;
/// one that cannot be written can still be opened `.readOnly` to read what it holds.
public final class SessionStore: Sendable {
  /// How a store is opened.
  public enum OpenMode: Sendable {
    /// Creates the folder and file if needed, migrates, and writes.
    case readWrite
    /// Never writes, creates or migrates: for reading a database on a read-only disk or without
    /// write permission. A missing database reads as an empty one.
    case readOnly
  }

  public let databaseURL: URL
  /// Whether the store was opened `.readOnly`: every write fails.
  public let isReadOnly: Bool
  let database: DatabaseQueue
  /// The data folder (the database, the owners' lock files, the queue file).
  public let folder: URL
  /// This process as the owner of the sessions it runs.
  let presence: ProcessPresence
  /// The owner's last look at its session (see `ownershipCheck`).
  let ownershipMemo = OwnershipMemo()

  /// The schema version this build reads and writes.
  public static var schemaVersion: Int32 { DatabaseSchema.version }

  /// Opens the database in `folder`. Read-write (the default) creates it if needed, the folder
  /// 0700 and the file 0600. Throws a `StoreError` that names the fault (see `StoreError`).
  public static func open(folder: URL, mode: OpenMode = .readWrite) throws -> SessionStore {
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    switch mode {
    case .readWrite: return try StoreOpening.openForWriting(folder: folder, url: url)
    case .readOnly: return try StoreOpening.openForReading(folder: folder, url: url)
    }
  }

  init(url: URL, folder: URL, database: DatabaseQueue, isReadOnly: Bool) {
    self.databaseURL = url
    self.folder = folder
    self.database = database
    self.presence = ProcessPresence(folder: folder, now: Date())
    self.isReadOnly = isReadOnly
    // The memo forgets when this store's own writes change an owner (see `OwnershipMemo`).
    if !isReadOnly { database.add(transactionObserver: ownershipMemo, extent: .databaseLifetime) }
  }

  // MARK: Saving
  //
  // Every write of one session refuses, in its own transaction, a session that is gone or that
  // another process owns (`OwnershipError`), and every write is idempotent, so that the write
  // queue can retry or replay it safely. Every write that can change the session's digest
  // (`SessionDigest`) ends by writing its summary row again in the same transaction; the notes
  // and the signs of life cannot, and leave it alone.

  /// Saves a whole session: used when it starts and when it is imported. A session already
  /// stored is left as it is. With `claiming`, this process becomes its owner in the same
  /// transaction.
  public func insert(_ session: Session, claiming: Bool = false) throws {
    if claiming { try presence.hold() }
    try database.write { db in
      if try !Self.sessionExists(session.id, db) { try Self.insert(session, into: db) }
      if claiming { try Self.writeOwner(presence.owner, of: session.id, db) }
    }
  }

  /// Appends one event to a session's log (one small write). The same event twice is stored once.
  public func append(_ event: SessionEvent, to sessionID: String) throws {
    try database.write { db in
      try Self.requireWritable(sessionID, token: presence.owner.token, db)
      let stored = try Bool.fetchOne(
        db,
        sql: """
          SELECT EXISTS (SELECT 1 FROM session_event WHERE session_id = ? AND kind = ? AND at = ?
            AND follow_up IS ?)
          """, arguments: [sessionID, event.kind.rawValue, event.at.storedTime, event.followUp])
      guard stored != true else { return }
      let seq =
        try Int.fetchOne(
          db, sql: "SELECT COALESCE(MAX(seq) + 1, 0) FROM session_event WHERE session_id = ?", arguments: [sessionID])
        ?? 0
      try Self.insert(event, seq: seq, sessionID: sessionID, into: db)
      try db.execute(
        sql: "UPDATE session SET last_seen_at = MAX(COALESCE(last_seen_at, 0), ?) WHERE id = ?",
        arguments: [event.at.storedTime, sessionID])
      if event.kind == .finish, let session = try Self.fetchSession(id: sessionID, db) {
        let active = session.timeline(at: event.at).activeSeconds
        try db.execute(
          sql: "UPDATE session SET finished_at = ?, active_seconds = ? WHERE id = ?",
          arguments: [event.at.storedTime, active, sessionID])
      }
      try Self.writeSummary(of: sessionID, db)
    }
  }

  /// Records a tick (`isChecked`) or its removal. The summary changes only in its checklist,
  /// so it is written again from what it held, with this mark, rather than from a full read.
  public func setMark(_ mark: ChecklistMark, isChecked: Bool, sessionID: String) throws {
    try database.write { db in
      try Self.requireWritable(sessionID, token: presence.owner.token, db)
      var summary = try StoredSummary(of: sessionID, db)
      if isChecked {
        try db.execute(
          sql: "INSERT OR REPLACE INTO checklist_mark (session_id, phase_id, item, text, at) VALUES (?, ?, ?, ?, ?)",
          arguments: [sessionID, mark.phaseID, mark.item, mark.text, mark.at.storedTime])
      } else {
        try db.execute(
          sql: "DELETE FROM checklist_mark WHERE session_id = ? AND phase_id = ? AND item = ?",
          arguments: [sessionID, mark.phaseID, mark.item])
      }
      if try summary?.apply(mark, isChecked: isChecked, sessionID: sessionID, db) == true, let summary {
        try summary.write(db)
      } else {
        try Self.writeSummary(of: sessionID, db)
      }
    }
  }

  /// Replaces the notes text and notes the session as alive at `now`.
  public func saveNotes(_ notes: String, sessionID: String, at now: Date) throws {
    try database.write { db in
      try Self.requireWritable(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: "UPDATE session SET notes = ?, last_seen_at = MAX(COALESCE(last_seen_at, 0), ?) WHERE id = ?",
        arguments: [notes, now.storedTime, sessionID])
    }
  }

  /// Notes that the app was running the session at `now` (for resume after a kill). The owner
  /// rows it reads to refuse a moved session also serve the next `ownershipCheck`, so that a
  /// running session reads them once a second in one transaction, not two.
  public func markAlive(sessionID: String, at now: Date) throws {
    let generation = ownershipMemo.generation
    let seen: (version: Int, check: OwnershipCheck) = try database.write { db in
      // Read first: the version and the rows come from the same snapshot.
      let version = try Self.dataVersion(db)
      let check = try Self.ownership(of: sessionID, token: presence.owner.token, db)
      switch check {
      case .gone: throw OwnershipError.sessionGone(sessionID: sessionID)
      case .lost(let owner?): throw OwnershipError.movedElsewhere(sessionID: sessionID, owner: owner)
      case .lost(nil), .owned, .handoverRequested: break
      }
      try db.cachedStatement(sql: "UPDATE session SET last_seen_at = MAX(COALESCE(last_seen_at, 0), ?) WHERE id = ?")
        .execute(arguments: [now.storedTime, sessionID])
      return (version, check)
    }
    ownershipMemo.remember(
      .init(sessionID: sessionID, dataVersion: seen.version, check: seen.check, checkedAt: Date()),
      ifGeneration: generation)
  }

  public func saveAssessment(_ assessment: Assessment?, sessionID: String) throws {
    let json = try assessment.map { String(decoding: try ExchangeCoding.storageEncoder.encode($0), as: UTF8.self) }
    try database.write { db in
      try Self.requireWritable(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: "UPDATE session SET assessment_json = ?, rubric_id = ?, scores = ? WHERE id = ?",
        arguments: [json, assessment?.rubricID, assessment.map { ScoreText.encode($0.scores) }, sessionID])
      try Self.writeSummary(of: sessionID, db)
    }
  }

  /// Gives an unfinished session up for good: it stays in history, marked abandoned, and is never
  /// offered for resume again.
  public func abandon(sessionID: String, at now: Date) throws {
    try database.write { db in
      try Self.requireWritable(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: "UPDATE session SET abandoned_at = ? WHERE id = ? AND finished_at IS NULL",
        arguments: [now.storedTime, sessionID])
      try db.execute(sql: "DELETE FROM session_owner WHERE session_id = ?", arguments: [sessionID])
    }
  }

  /// Deletes a session with its events and marks. Returns whether it existed. A session that a
  /// live process runs is refused (`OwnershipError.ownedElsewhere`).
  @discardableResult
  public func delete(sessionID: String) throws -> Bool {
    return try database.write { db in
      if let owner = try Self.ownerRow(sessionID, db), owner.token != presence.owner.token,
        ProcessPresence.isAlive(token: owner.token, folder: folder)
      {
        throw OwnershipError.ownedElsewhere(sessionID: sessionID, owner: owner)
      }
      try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [sessionID])
      return db.changesCount > 0
    }
  }

  // MARK: Row mapping

  /// Stores a whole session with its summary row.
  static func insert(_ session: Session, into db: Database) throws {
    try insertRows(session, into: db)
    try writeSummary(of: session.id, db)
  }

  /// Stores a whole session's rows, without its summary (as the schema before v6 held it).
  static func insertRows(_ session: Session, into db: Database) throws {
    let format = String(decoding: try ExchangeCoding.storageEncoder.encode(session.format), as: UTF8.self)
    let assessment = try session.assessment.map {
      String(decoding: try ExchangeCoding.storageEncoder.encode($0), as: UTF8.self)
    }
    let timeline = session.timeline(at: session.events.last?.at ?? session.createdAt)
    try db.execute(
      sql: """
        INSERT INTO session (id, created_at, format_id, format_json, question_id, question_title, deck_id, level,
          finished_at, active_seconds, last_seen_at, notes, assessment_json, rubric_id, scores)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        session.id, session.createdAt.storedTime, session.format.id, format, session.question.id,
        session.question.title, session.question.deckID, session.level?.rawValue,
        timeline.finishedAt?.storedTime, timeline.finishedAt == nil ? nil : timeline.activeSeconds,
        session.lastSeenAt?.storedTime, session.notes, assessment, session.assessment?.rubricID,
        session.assessment.map { ScoreText.encode($0.scores) },
      ])
    for (seq, event) in session.events.enumerated() {
      try insert(event, seq: seq, sessionID: session.id, into: db)
    }
    for mark in session.marks {
      try db.execute(
        sql: "INSERT INTO checklist_mark (session_id, phase_id, item, text, at) VALUES (?, ?, ?, ?, ?)",
        arguments: [session.id, mark.phaseID, mark.item, mark.text, mark.at.storedTime])
    }
  }

  static func insert(_ event: SessionEvent, seq: Int, sessionID: String, into db: Database) throws {
    try db.execute(
      sql:
        "INSERT INTO session_event (session_id, seq, kind, at, follow_up, on_demand, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
      arguments: [
        sessionID, seq, event.kind.rawValue, event.at.storedTime, event.followUp, event.isOnDemand,
        event.reason?.rawValue,
      ])
  }
}

extension Date {
  /// Times are kept to the millisecond so that they survive a JSON round trip unchanged.
  var storedTime: Double { (timeIntervalSince1970 * 1000).rounded() / 1000 }

  init(storedTime: Double) { self.init(timeIntervalSince1970: storedTime) }

  /// This time rounded to the millisecond, as the store keeps it.
  public var roundedToMilliseconds: Date { Date(timeIntervalSince1970: storedTime) }
}
