import Foundation
import GRDB

extension SessionStore {
  /// Takes and gives back the write lock (`BEGIN IMMEDIATE; ROLLBACK`): throws the store error
  /// that explains why this database cannot be written, without changing anything.
  public func checkWritable() throws {
    do {
      try database.writeWithoutTransaction { db in
        try db.execute(sql: "BEGIN IMMEDIATE")
        try db.execute(sql: "ROLLBACK")
      }
    } catch {
      throw StoreError.diagnosing(error, databaseURL: databaseURL, isReadOnlyStore: isReadOnly)
    }
  }
}
