import Foundation
import GRDB

/// The interviewer as a second participant of a session: not a second owner.
///
/// `joinAsInterviewer` takes the session's one interviewer place (refused while another live
/// interviewer holds it; a dead one's place is taken, which fences its later writes). Every
/// interviewer write checks, in its own transaction, that this process's token is the
/// participant's, and touches only the interviewer's tables; the owner's writes never touch
/// them. Both sides notice the other's commits through `dataVersion()` on their wake-ups.
extension SessionStore {
  /// Joins `sessionID` as its interviewer. A session that has ended can be joined too (to
  /// grade it later).
  public func joinAsInterviewer(_ sessionID: String, at now: Date) throws {
    try presence.hold()
    let me = presence.owner
    try database.write { db in
      guard try Self.sessionExists(sessionID, db) else { throw OwnershipError.sessionGone(sessionID: sessionID) }
      if let current = try Self.participantRow(sessionID, role: .interviewer, db)?.participant,
        current.token != me.token, ProcessPresence.isAlive(token: current.token, folder: folder)
      {
        throw OwnershipError.interviewerPresent(sessionID: sessionID, interviewer: current)
      }
      try db.execute(
        sql: """
          INSERT OR REPLACE INTO participant (session_id, role, token, pid, tty, host, joined_at, left_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, NULL)
          """,
        arguments: [
          sessionID, ParticipantRole.interviewer.rawValue, me.token, me.pid, me.terminal, me.host, now.storedTime,
        ])
    }
  }

  /// Notes that this process stopped interviewing the session (nothing happens if another
  /// interviewer took its place).
  public func leaveAsInterviewer(_ sessionID: String, at now: Date) throws {
    try database.write { db in
      try db.execute(
        sql: "UPDATE participant SET left_at = ? WHERE session_id = ? AND role = ? AND token = ?",
        arguments: [now.storedTime, sessionID, ParticipantRole.interviewer.rawValue, presence.owner.token])
    }
  }

  /// Stores a follow-up the interviewer asked; the same id twice is stored once.
  public func askFollowUp(_ followUp: InterviewerFollowUp, sessionID: String) throws {
    try database.write { db in
      try Self.requireInterviewer(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: """
          INSERT OR IGNORE INTO interviewer_followup (session_id, id, text, answer, improvised, asked_at)
          VALUES (?, ?, ?, ?, ?, ?)
          """,
        arguments: [
          sessionID, followUp.id, followUp.text, followUp.answer, followUp.isImprovised, followUp.askedAt.storedTime,
        ])
    }
  }

  /// Replaces the interviewer's private notes.
  public func saveInterviewerNotes(_ notes: String, sessionID: String, at now: Date) throws {
    try database.write { db in
      try Self.requireInterviewer(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: "INSERT OR REPLACE INTO interviewer_note (session_id, text, updated_at) VALUES (?, ?, ?)",
        arguments: [sessionID, notes, now.storedTime])
    }
  }

  /// Stores the interviewer's latest pause or resume request (the candidate's process applies it).
  public func requestPause(_ request: PauseRequest, sessionID: String) throws {
    try database.write { db in
      try Self.requireInterviewer(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: "INSERT OR REPLACE INTO interviewer_request (session_id, id, paused, at) VALUES (?, ?, ?, ?)",
        arguments: [sessionID, request.id, request.paused, request.at.storedTime])
    }
  }

  /// Replaces the interviewer's grade of the session.
  public func saveInterviewerGrade(_ grade: Assessment, sessionID: String) throws {
    let json = String(decoding: try ExchangeCoding.storageEncoder.encode(grade), as: UTF8.self)
    try database.write { db in
      try Self.requireInterviewer(sessionID, token: presence.owner.token, db)
      try db.execute(
        sql: "INSERT OR REPLACE INTO interviewer_grade (session_id, assessment_json, saved_at) VALUES (?, ?, ?)",
        arguments: [sessionID, json, grade.gradedAt.storedTime])
    }
  }

  /// What the interviewer wrote about a session (empty when nobody did). Throws
  /// `StoreError.badSession` naming the session when a row cannot be read.
  public func interviewerSide(of sessionID: String) throws -> InterviewerSide {
    try reading { db in try Self.fetchInterviewerSide(sessionID, db) }
  }

  /// Whether the session's interviewer process is running now.
  public func interviewerIsPresent(in sessionID: String) throws -> Bool {
    guard let participant = try interviewerSide(of: sessionID).participant else { return false }
    return participant.token == presence.owner.token
      || ProcessPresence.isAlive(token: participant.token, folder: folder)
  }

  /// Whether the process with `token` (an owner or a participant) still runs.
  public func isAlive(token: String) -> Bool {
    token == presence.owner.token || ProcessPresence.isAlive(token: token, folder: folder)
  }

  /// SQLite's `PRAGMA data_version` of this store's connection: it changes whenever another
  /// connection (another process) commits, and costs no disk read; watch it on wake-ups and read
  /// again only when it moved. Read outside a transaction: the pragma needs none.
  public func dataVersion() throws -> Int {
    do {
      return try database.inDatabase(Self.dataVersion)
    } catch let error as DatabaseError {
      throw StoreError.diagnosing(error, databaseURL: databaseURL, isReadOnlyStore: isReadOnly)
    }
  }

  // MARK: Helpers

  /// Refuses an interviewer write from a process that is not the session's interviewer.
  static func requireInterviewer(_ sessionID: String, token: String, _ db: Database) throws {
    guard try sessionExists(sessionID, db) else { throw OwnershipError.sessionGone(sessionID: sessionID) }
    guard try participantRow(sessionID, role: .interviewer, db)?.participant.token == token else {
      throw OwnershipError.notInterviewer(sessionID: sessionID)
    }
  }

  static func hasParticipantTables(_ db: Database) throws -> Bool {
    try db.tableExists("participant")
  }

  static func participantRow(_ sessionID: String, role: ParticipantRole, _ db: Database) throws -> (
    participant: SessionOwner, leftAt: Date?
  )? {
    guard try hasParticipantTables(db),
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM participant WHERE session_id = ? AND role = ?", arguments: [sessionID, role.rawValue])
    else { return nil }
    return try decoding(sessionID, table: "participant") {
      let participant = SessionOwner(
        token: try row.decode(String.self, forColumn: "token"), pid: try row.decode(Int32.self, forColumn: "pid"),
        terminal: try row.decode(String?.self, forColumn: "tty"), host: try row.decode(String.self, forColumn: "host"),
        since: Date(storedTime: try row.decode(Double.self, forColumn: "joined_at")))
      return (participant, try row.decode(Double?.self, forColumn: "left_at").map(Date.init(storedTime:)))
    }
  }

  static func fetchInterviewerSide(_ sessionID: String, _ db: Database) throws -> InterviewerSide {
    guard try hasParticipantTables(db) else { return InterviewerSide() }
    var side = InterviewerSide()
    if let joined = try participantRow(sessionID, role: .interviewer, db) {
      side.participant = joined.participant
      side.leftAt = joined.leftAt
    }
    let followUps = try Row.fetchAll(
      db, sql: "SELECT * FROM interviewer_followup WHERE session_id = ? ORDER BY asked_at, id", arguments: [sessionID])
    side.followUps = try decoding(sessionID, table: "interviewer_followup") {
      try followUps.map { row in
        InterviewerFollowUp(
          id: try row.decode(String.self, forColumn: "id"), text: try row.decode(String.self, forColumn: "text"),
          answer: try row.decode(String?.self, forColumn: "answer"),
          isImprovised: try row.decode(Bool.self, forColumn: "improvised"),
          askedAt: Date(storedTime: try row.decode(Double.self, forColumn: "asked_at")))
      }
    }
    if let row = try Row.fetchOne(
      db, sql: "SELECT text FROM interviewer_note WHERE session_id = ?", arguments: [sessionID])
    {
      side.notes = try decoding(sessionID, table: "interviewer_note") { try row.decode(String.self, forColumn: "text") }
    }
    if let row = try Row.fetchOne(
      db, sql: "SELECT assessment_json FROM interviewer_grade WHERE session_id = ?", arguments: [sessionID])
    {
      side.grade = try decoding(sessionID, table: "interviewer_grade") {
        let json = try row.decode(String.self, forColumn: "assessment_json")
        return try ExchangeCoding.sharedDecoder.decode(Assessment.self, from: Data(json.utf8))
      }
    }
    if let row = try Row.fetchOne(
      db, sql: "SELECT id, paused, at FROM interviewer_request WHERE session_id = ?", arguments: [sessionID])
    {
      side.pauseRequest = try decoding(sessionID, table: "interviewer_request") {
        PauseRequest(
          id: try row.decode(String.self, forColumn: "id"), paused: try row.decode(Bool.self, forColumn: "paused"),
          at: Date(storedTime: try row.decode(Double.self, forColumn: "at")))
      }
    }
    return side
  }

  /// Runs `body`, turning a value that cannot be decoded into a `badSession` naming the table.
  private static func decoding<Value>(_ sessionID: String, table: String, _ body: () throws -> Value) throws -> Value {
    do {
      return try body()
    } catch let error as StoreError {
      throw error
    } catch {
      throw StoreError.badSession(id: sessionID, detail: "\(table): \(DecodingProblem.describe(error))")
    }
  }
}
