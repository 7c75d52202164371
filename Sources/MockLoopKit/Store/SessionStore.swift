import Foundation
import GRDB

/// The on-disk home of every session: one SQLite file in WAL mode with `synchronous = NORMAL`,
/// so a commit costs microseconds and a killed process loses nothing already written.
///
/// Saving is incremental: an event, a checklist mark or the notes are each one small write.
/// A database that is corrupt or from a newer MockLoop is refused before anything is written.
public final class SessionStore: Sendable {
  public let databaseURL: URL
  let database: DatabaseQueue
  /// The data folder (the database, the owners' lock files, the queue file).
  public let folder: URL
  /// This process as the owner of the sessions it runs.
  let presence: ProcessPresence

  /// The schema version this build reads and writes.
  public static var schemaVersion: Int32 { DatabaseSchema.version }

  /// Opens (creating if needed) the database in `folder`: the folder 0700, the file 0600.
  public static func open(folder: URL) throws -> SessionStore {
    let files = FileManager.default
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    if !files.fileExists(atPath: folder.path) {
      do {
        try files.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw StoreError.notWritable(path: folder.path, detail: "cannot create the folder")
      }
    }
    if files.fileExists(atPath: url.path) {
      try DatabaseInspection.check(url)
      guard access(url.path, W_OK) == 0, access(folder.path, W_OK) == 0 else {
        throw StoreError.notWritable(path: url.path, detail: String(cString: strerror(errno)))
      }
    } else {
      guard access(folder.path, W_OK) == 0 else {
        throw StoreError.notWritable(path: folder.path, detail: String(cString: strerror(errno)))
      }
      guard files.createFile(atPath: url.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
        throw StoreError.notWritable(path: url.path, detail: "cannot create the file")
      }
    }
    var configuration = Configuration()
    configuration.journalMode = .wal
    configuration.busyMode = .timeout(5)
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    do {
      let database = try DatabaseQueue(path: url.path, configuration: configuration)
      // Reading first keeps an up-to-date database free of writes (and of the checkpoint they cost on close).
      let isCurrent = try database.read { db in
        try DatabaseSchema.migrator.hasCompletedMigrations(db)
          && Int32.fetchOne(db, sql: "PRAGMA user_version") == DatabaseSchema.version
      }
      if !isCurrent {
        try DatabaseSchema.migrator.migrate(database)
        try database.write { db in try db.execute(sql: "PRAGMA user_version = \(DatabaseSchema.version)") }
      }
      return SessionStore(url: url, folder: folder, database: database)
    } catch let error as DatabaseError {
      throw StoreError.corrupt(path: url.path, detail: error.message ?? "\(error.resultCode)")
    }
  }

  private init(url: URL, folder: URL, database: DatabaseQueue) {
    self.databaseURL = url
    self.folder = folder
    self.database = database
    self.presence = ProcessPresence(folder: folder, now: Date())
  }

  // MARK: Saving
  //
  // Every write of one session refuses, in its own transaction, a session that is gone or that
  // another process owns (`OwnershipError`), and every write is idempotent, so that the write
  // queue can retry or replay it safely.

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
    }
  }

  /// Records a tick (`isChecked`) or its removal.
  public func setMark(_ mark: ChecklistMark, isChecked: Bool, sessionID: String) throws {
    try database.write { db in
      try Self.requireWritable(sessionID, token: presence.owner.token, db)
      if isChecked {
        try db.execute(
          sql: "INSERT OR REPLACE INTO checklist_mark (session_id, phase_id, item, text, at) VALUES (?, ?, ?, ?, ?)",
          arguments: [sessionID, mark.phaseID, mark.item, mark.text, mark.at.storedTime])
      } else {
        try db.execute(
          sql: "DELETE FROM checklist_mark WHERE session_id = ? AND phase_id = ? AND item = ?",
          arguments: [sessionID, mark.phaseID, mark.item])
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

  /// Notes that the app was running the session at `now` (for resume after a kill).
  public func markAlive(sessionID: String, at now: Date) throws {
    try database.write { db in
      try Self.requireWritable(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: "UPDATE session SET last_seen_at = MAX(COALESCE(last_seen_at, 0), ?) WHERE id = ?",
        arguments: [now.storedTime, sessionID])
    }
  }

  public func saveAssessment(_ assessment: Assessment?, sessionID: String) throws {
    let json = try assessment.map { String(decoding: try ExchangeCoding.storageEncoder.encode($0), as: UTF8.self) }
    try database.write { db in
      try Self.requireWritable(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: "UPDATE session SET assessment_json = ?, rubric_id = ?, scores = ? WHERE id = ?",
        arguments: [json, assessment?.rubricID, assessment.map { ScoreText.encode($0.scores) }, sessionID])
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
    try database.write { db in
      if let owner = try Self.ownerRow(sessionID, db), owner.token != presence.owner.token,
        ProcessPresence.isAlive(token: owner.token, folder: folder)
      {
        throw OwnershipError.ownedElsewhere(sessionID: sessionID, owner: owner)
      }
      try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [sessionID])
      return db.changesCount > 0
    }
  }

  // MARK: Reading

  public func session(id: String) throws -> Session? {
    try database.read { db in try Self.fetchSession(id: id, db) }
  }

  /// The sessions that were started and neither finished nor abandoned, newest first: the ones
  /// resume offers.
  public func unfinishedSessions() throws -> [Session] {
    try database.read { db in
      let ids = try String.fetchAll(
        db,
        sql: """
          SELECT s.id FROM session s WHERE s.finished_at IS NULL AND s.abandoned_at IS NULL
            AND EXISTS (SELECT 1 FROM session_event e WHERE e.session_id = s.id AND e.kind = 'start')
          ORDER BY s.created_at DESC
          """)
      return try ids.compactMap { try Self.fetchSession(id: $0, db) }
    }
  }

  /// The newest unfinished session, for resume.
  public func unfinishedSession() throws -> Session? { try unfinishedSessions().first }

  /// Whether the session was abandoned (and when).
  public func abandonedAt(sessionID: String) throws -> Date? {
    try database.read { db in
      try Double.fetchOne(db, sql: "SELECT abandoned_at FROM session WHERE id = ?", arguments: [sessionID])
        .map(Date.init(storedTime:))
    }
  }

  /// The newest session's id.
  public func lastSessionID() throws -> String? {
    try database.read { db in try String.fetchOne(db, sql: "SELECT id FROM session ORDER BY created_at DESC LIMIT 1") }
  }

  /// Finds a session by its full id or an unambiguous prefix of it (as `git` does).
  public func resolveSessionID(_ reference: String) throws -> String? {
    if reference == "last" { return try lastSessionID() }
    return try database.read { db in
      let ids = try String.fetchAll(
        db, sql: "SELECT id FROM session WHERE id LIKE ? ESCAPE '\\' LIMIT 2",
        arguments: [
          reference.replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%"
        ])
      return ids.count == 1 ? ids[0] : ids.first { $0 == reference }
    }
  }

  /// Every session, newest first.
  public func allSessions() throws -> [Session] {
    try database.read { db in
      let ids = try String.fetchAll(db, sql: "SELECT id FROM session ORDER BY created_at DESC")
      return try ids.compactMap { try Self.fetchSession(id: $0, db) }
    }
  }

  public func sessionCount() throws -> Int {
    try database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session") ?? 0 }
  }

  // MARK: Row mapping

  static func insert(_ session: Session, into db: Database) throws {
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

  static func fetchSession(id: String, _ db: Database) throws -> Session? {
    guard let row = try Row.fetchOne(db, sql: "SELECT * FROM session WHERE id = ?", arguments: [id]) else { return nil }
    let decoder = ExchangeCoding.sharedDecoder
    let format = try decoder.decode(InterviewFormat.self, from: Data((row["format_json"] as String).utf8))
    let assessment = try (row["assessment_json"] as String?).map {
      try decoder.decode(Assessment.self, from: Data($0.utf8))
    }
    let events = try Row.fetchAll(
      db, sql: "SELECT * FROM session_event WHERE session_id = ? ORDER BY seq", arguments: [id]
    ).compactMap { row -> SessionEvent? in
      guard let kind = SessionEvent.Kind(rawValue: row["kind"]) else { return nil }
      return SessionEvent(
        kind, at: Date(storedTime: row["at"]), followUp: row["follow_up"], isOnDemand: row["on_demand"],
        reason: (row["reason"] as String?).flatMap(SessionEvent.PauseReason.init(rawValue:)))
    }
    let marks = try Row.fetchAll(
      db, sql: "SELECT * FROM checklist_mark WHERE session_id = ? ORDER BY at, phase_id, item", arguments: [id]
    ).map { row in
      ChecklistMark(phaseID: row["phase_id"], item: row["item"], text: row["text"], at: Date(storedTime: row["at"]))
    }
    return Session(
      id: id, format: format,
      question: QuestionSnapshot(id: row["question_id"], title: row["question_title"], deckID: row["deck_id"]),
      level: (row["level"] as String?).flatMap(Level.init(rawValue:)), createdAt: Date(storedTime: row["created_at"]),
      events: events, marks: marks, notes: row["notes"], assessment: assessment,
      lastSeenAt: (row["last_seen_at"] as Double?).map(Date.init(storedTime:)))
  }
}

extension Date {
  /// Times are kept to the millisecond so that they survive a JSON round trip unchanged.
  var storedTime: Double { (timeIntervalSince1970 * 1000).rounded() / 1000 }

  init(storedTime: Double) { self.init(timeIntervalSince1970: storedTime) }

  /// This time rounded to the millisecond, as the store keeps it.
  public var roundedToMilliseconds: Date { Date(timeIntervalSince1970: storedTime) }
}
