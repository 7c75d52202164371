import Foundation
import GRDB

extension SessionStore {
  /// Takes the write lock and makes a change it rolls back (`BEGIN IMMEDIATE`, a table created,
  /// `ROLLBACK`): throws the store error that explains why this database cannot be written,
  /// and changes nothing either way.
  public func checkWritable() throws {
    do {
      try database.writeWithoutTransaction { db in
        try db.execute(sql: "BEGIN IMMEDIATE")
        do {
          try db.execute(sql: "CREATE TABLE mockloop_write_check (x)")
        } catch {
          try? db.execute(sql: "ROLLBACK")
          throw error
        }
        try db.execute(sql: "ROLLBACK")
      }
    } catch {
      throw StoreError.diagnosing(error, databaseURL: databaseURL, isReadOnlyStore: isReadOnly)
    }
  }
}
