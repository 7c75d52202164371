import Foundation
import GRDB

/// Calculations made during a mock, kept with their session: written through the write queue
/// like every change of a session (refused for a session another process owns), read back in
/// the order they were made.
extension SessionStore {
  /// Stores one calculation; the same calculation twice is stored once.
  public func saveCalculation(_ calculation: Calculation) throws {
    try database.write { db in
      try Self.requireWritable(calculation.sessionID, token: presence.owner.token, db)
      try Self.insert(calculation, into: db)
    }
  }

  /// The calculations of a session, oldest first.
  public func calculations(sessionID: String) throws -> [Calculation] {
    try database.read { db in
      try Row.fetchAll(
        db, sql: "SELECT * FROM calculation WHERE session_id = ? ORDER BY at, id", arguments: [sessionID]
      ).map(Self.calculation(from:))
    }
  }

  /// Every calculation of the given sessions (of all, when nil), oldest first.
  public func calculations(sessionIDs: [String]?) throws -> [Calculation] {
    guard let sessionIDs else {
      return try database.read { db in
        try Row.fetchAll(db, sql: "SELECT * FROM calculation ORDER BY at, id").map(Self.calculation(from:))
      }
    }
    return try sessionIDs.flatMap { try calculations(sessionID: $0) }
  }

  static func insert(_ calculation: Calculation, into db: Database) throws {
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO calculation (id, session_id, expression, result, value, unit, at)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        calculation.id, calculation.sessionID, calculation.expression, calculation.result, calculation.value,
        calculation.unit, calculation.at.storedTime,
      ])
  }

  /// Adds the calculations whose session is stored and which are not stored yet; returns how
  /// many were added.
  static func importCalculations(_ calculations: [Calculation], into db: Database) throws -> Int {
    var added = 0
    for calculation in calculations where try sessionExists(calculation.sessionID, db) {
      try insert(calculation, into: db)
      added += db.changesCount
    }
    return added
  }

  static func calculation(from row: Row) throws -> Calculation {
    Calculation(
      id: try row.decode(String.self, forColumn: "id"), sessionID: try row.decode(String.self, forColumn: "session_id"),
      expression: try row.decode(String.self, forColumn: "expression"),
      result: try row.decode(String.self, forColumn: "result"), value: try row.decode(Double.self, forColumn: "value"),
      unit: try row.decode(String.self, forColumn: "unit"),
      at: Date(storedTime: try row.decode(Double.self, forColumn: "at")))
  }
}
