import Foundation
import GRDB

/// One owner process per session. The owner is a row in `session_owner` naming the process's
/// token; the process proves it is alive by holding its presence lock (see `ProcessPresence`).
///
/// - `claim` makes this process the owner: at once when nobody alive owns the session; refused
///   (naming the owner) when someone does; with `takeOver`, by asking the owner to hand over and,
///   if it does not answer in time (a stopped process), by taking the row anyway, which fences
///   every later write of the old owner.
/// - The owner looks at `ownershipCheck` on its wake-ups, hands over when asked, and notices
///   when it lost the session.
extension SessionStore {
  /// What an owner finds when it looks at its session.
  public enum OwnershipCheck: Sendable, Equatable {
    case owned
    /// Another process asked to take the session over.
    case handoverRequested(by: SessionOwner)
    /// The session belongs to another process now (nil: nobody; the row was released or deleted).
    case lost(to: SessionOwner?)
    case gone
  }

  /// How a claim was won.
  public enum Claim: Sendable, Equatable {
    /// Nobody alive owned it (or this process already did).
    case free
    /// The previous owner handed it over.
    case handedOver(from: SessionOwner)
    /// The previous owner did not answer in time; its later writes are refused.
    case forced(from: SessionOwner)
  }

  /// This process as an owner.
  public var ownerIdentity: SessionOwner { presence.owner }

  /// The live owner of a session, if any (a dead owner's row counts as no owner).
  public func owner(of sessionID: String) throws -> SessionOwner? {
    try database.read { db in
      guard let owner = try Self.ownerRow(sessionID, db), owner.token != presence.owner.token else { return nil }
      return ProcessPresence.isAlive(token: owner.token, folder: folder) ? owner : nil
    }
  }

  /// Makes this process the session's owner. See the type's notes for `takeOver`.
  @discardableResult
  public func claim(
    _ sessionID: String, takeOver: Bool = false, handoverWait: TimeInterval = 3, pollInterval: TimeInterval = 0.05
  ) throws -> Claim {
    try presence.hold()
    let me = presence.owner
    let first: (claim: Claim?, holder: SessionOwner?) = try database.write { db in
      guard try Self.sessionExists(sessionID, db) else { throw OwnershipError.sessionGone(sessionID: sessionID) }
      if let holder = try Self.ownerRow(sessionID, db), holder.token != me.token,
        ProcessPresence.isAlive(token: holder.token, folder: folder)
      {
        guard takeOver else { throw OwnershipError.ownedElsewhere(sessionID: sessionID, owner: holder) }
        try db.execute(
          sql: """
            UPDATE session_owner SET handover_token = ?, handover_pid = ?, handover_terminal = ?, handover_host = ?
            WHERE session_id = ?
            """, arguments: [me.token, me.pid, me.terminal, me.host, sessionID])
        return (nil, holder)
      }
      try Self.writeOwner(me, of: sessionID, db)
      return (.free, nil)
    }
    if let claim = first.claim { return claim }
    guard let holder = first.holder else { return .free }
    let deadline = Date() + handoverWait
    while Date() < deadline {
      Thread.sleep(forTimeInterval: pollInterval)
      let outcome: Claim? = try database.write { db in
        guard try Self.sessionExists(sessionID, db) else { throw OwnershipError.sessionGone(sessionID: sessionID) }
        let current = try Self.ownerRow(sessionID, db)
        if current?.token == me.token { return .handedOver(from: holder) }
        if current == nil || !ProcessPresence.isAlive(token: holder.token, folder: folder) {
          try Self.writeOwner(me, of: sessionID, db)
          return .handedOver(from: holder)
        }
        return nil
      }
      if let outcome { return outcome }
    }
    try database.write { db in try Self.writeOwner(me, of: sessionID, db) }
    return .forced(from: holder)
  }

  /// What the owner finds on a wake-up. The rows are read only when another connection
  /// committed since the last check (`PRAGMA data_version` moved), this store changed an owner
  /// itself, or the last check is older than `OwnershipMemo.maximumAge`; otherwise the check
  /// costs one `PRAGMA data_version`, read outside any transaction.
  public func ownershipCheck(_ sessionID: String) throws -> OwnershipCheck {
    let generation = ownershipMemo.generation
    let version = try database.inDatabase(Self.dataVersion)
    if let known = ownershipMemo.check(of: sessionID, dataVersion: version, now: Date()) { return known }
    ownershipMemo.countRowRead()
    let check = try database.read { db in try Self.ownership(of: sessionID, token: presence.owner.token, db) }
    ownershipMemo.remember(
      .init(sessionID: sessionID, dataVersion: version, check: check, checkedAt: Date()), ifGeneration: generation)
    return check
  }

  /// Gives the session to the process that asked for it. Call after every queued write of the
  /// session is stored.
  public func handOver(_ sessionID: String, to successor: SessionOwner) throws {
    try database.write { db in
      try db.execute(
        sql: """
          UPDATE session_owner SET token = ?, pid = ?, terminal = ?, host = ?, since = ?,
            handover_token = NULL, handover_pid = NULL, handover_terminal = NULL, handover_host = NULL
          WHERE session_id = ? AND token = ?
          """,
        arguments: [
          successor.token, successor.pid, successor.terminal, successor.host, Date().storedTime, sessionID,
          presence.owner.token,
        ])
    }
  }

  /// Stops owning the session (leaving a mock, quitting). Nothing happens if another owns it.
  public func release(_ sessionID: String) throws {
    try database.write { db in
      try db.execute(
        sql: "DELETE FROM session_owner WHERE session_id = ? AND token = ?",
        arguments: [sessionID, presence.owner.token])
    }
  }

  /// Releases every session this process owns and its presence lock: for the end of the process.
  public func releaseAll() {
    _ = try? database.write { db in
      try db.execute(sql: "DELETE FROM session_owner WHERE token = ?", arguments: [presence.owner.token])
    }
    presence.release()
  }

  // MARK: Helpers for the write paths

  /// Refuses a write to a session that is gone or owned by another process. A session nobody
  /// owns can be written (imports, tests, a command that never claimed it).
  static func requireWritable(_ sessionID: String, token: String, _ db: Database) throws {
    guard try sessionExists(sessionID, db) else { throw OwnershipError.sessionGone(sessionID: sessionID) }
    if let owner = try ownerRow(sessionID, db), owner.token != token {
      throw OwnershipError.movedElsewhere(sessionID: sessionID, owner: owner)
    }
  }

  static func sessionExists(_ sessionID: String, _ db: Database) throws -> Bool {
    try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM session WHERE id = ?)"), arguments: [sessionID]) ?? false
  }

  /// The owner's view of its session, from the rows: `token` is this process's.
  static func ownership(of sessionID: String, token: String, _ db: Database) throws -> OwnershipCheck {
    guard try sessionExists(sessionID, db) else { return .gone }
    guard let row = try Row.fetchOne(ownerStatement(db), arguments: [sessionID]) else { return .lost(to: nil) }
    let owner = try Self.owner(from: row)
    guard owner.token == token else { return .lost(to: owner) }
    guard let handoverToken = try row.decode(String?.self, forColumn: "handover_token") else { return .owned }
    return .handoverRequested(
      by: SessionOwner(
        token: handoverToken, pid: try row.decode(Int32?.self, forColumn: "handover_pid") ?? 0,
        terminal: try row.decode(String?.self, forColumn: "handover_terminal"),
        host: try row.decode(String?.self, forColumn: "handover_host") ?? "", since: Date()))
  }

  /// `PRAGMA data_version`: moves when another connection commits, not for this one's commits.
  static func dataVersion(_ db: Database) throws -> Int {
    try Int.fetchOne(db.cachedStatement(sql: "PRAGMA data_version")) ?? 0
  }

  /// The owner row of a session, prepared once per connection: the owner reads it every second.
  private static func ownerStatement(_ db: Database) throws -> Statement {
    try db.cachedStatement(sql: "SELECT * FROM session_owner WHERE session_id = ?")
  }

  static func ownerRow(_ sessionID: String, _ db: Database) throws -> SessionOwner? {
    try Row.fetchOne(ownerStatement(db), arguments: [sessionID]).map(owner)
  }

  static func writeOwner(_ owner: SessionOwner, of sessionID: String, _ db: Database) throws {
    try db.execute(
      sql: """
        INSERT OR REPLACE INTO session_owner (session_id, token, pid, terminal, host, since) VALUES (?, ?, ?, ?, ?, ?)
        """, arguments: [sessionID, owner.token, owner.pid, owner.terminal, owner.host, owner.since.storedTime])
  }

  private static func owner(from row: Row) throws -> SessionOwner {
    SessionOwner(
      token: try row.decode(String.self, forColumn: "token"), pid: try row.decode(Int32.self, forColumn: "pid"),
      terminal: try row.decode(String?.self, forColumn: "terminal"),
      host: try row.decode(String.self, forColumn: "host"),
      since: Date(storedTime: try row.decode(Double.self, forColumn: "since")))
  }
}
