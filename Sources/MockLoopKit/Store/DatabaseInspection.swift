import Foundation
import GRDB

/// Looks at an existing database file without writing to it: the SQLite header, the schema
/// version, and whether SQLite can read its schema.
enum DatabaseInspection {
  static func check(_ url: URL) throws {
    guard let handle = FileHandle(forReadingAtPath: url.path) else {
      throw StoreError.notWritable(path: url.path, detail: "cannot read the file")
    }
    let header = handle.readData(ofLength: 16)
    try? handle.close()
    if header.isEmpty { return }  // an empty file is a database that was never written
    guard header == Data("SQLite format 3\0".utf8) else {
      throw StoreError.corrupt(path: url.path, detail: "not an SQLite file")
    }
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = .timeout(5)
    do {
      let queue = try DatabaseQueue(path: url.path, configuration: configuration)
      let version = try queue.read { db -> Int32 in
        _ = try Row.fetchAll(db, sql: "SELECT name FROM sqlite_master")
        return try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0
      }
      try queue.close()
      if version > DatabaseSchema.version {
        throw StoreError.newerDatabase(path: url.path, found: version, supported: DatabaseSchema.version)
      }
    } catch let error as DatabaseError {
      throw StoreError.corrupt(path: url.path, detail: error.message ?? "\(error.resultCode)")
    }
  }

  /// The schema version of a database file, or nil when there is none yet.
  static func schemaVersion(of url: URL) -> Int32? {
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    var configuration = Configuration()
    configuration.readonly = true
    return try? DatabaseQueue(path: url.path, configuration: configuration).read { db in
      try Int32.fetchOne(db, sql: "PRAGMA user_version")
    }
  }
}
