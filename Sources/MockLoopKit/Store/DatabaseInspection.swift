import Foundation
import GRDB

/// Looks at an existing database file without writing to it: that it can be read, the SQLite
/// header, that SQLite can read its schema, and whether a newer MockLoop wrote it.
enum DatabaseInspection {
  static func check(_ url: URL) throws {
    let descriptor = open(url.path, O_RDONLY)
    guard descriptor >= 0 else {
      throw StoreError.unreadable(path: url.path, detail: String(cString: strerror(errno)))
    }
    var header = [UInt8](repeating: 0, count: 16)
    let count = read(descriptor, &header, 16)
    close(descriptor)
    if count == 0 { return }  // an empty file is a database that was never written
    guard count == 16, header == Array("SQLite format 3\0".utf8) else {
      throw StoreError.corrupt(path: url.path, detail: "not an SQLite file")
    }
    let version: Int32
    let superseded: Bool
    do {
      let queue = try readOnlyQueue(url)
      (version, superseded) = try queue.read { db in
        _ = try Row.fetchAll(db, sql: "SELECT name FROM sqlite_master")
        return (
          try Int32.fetchOne(db, sql: "PRAGMA user_version") ?? 0,
          try DatabaseSchema.migrator.hasBeenSuperseded(db)
        )
      }
      try queue.close()
    } catch {
      throw StoreError.diagnosing(error, databaseURL: url, isReadOnlyStore: true)
    }
    // A newer build both adds migrations and raises user_version; either one tells.
    if superseded || version > DatabaseSchema.version {
      throw StoreError.newerDatabase(path: url.path, found: version, supported: DatabaseSchema.version)
    }
  }

  /// A read-only connection to an existing database. A database in WAL mode can be read so only
  /// where its shared-memory file exists or can be created; in a folder that cannot be written
  /// it is opened `immutable` instead (SQLite then takes no locks and reads the file as it is).
  static func readOnlyQueue(_ url: URL) throws -> DatabaseQueue {
    var configuration = Configuration()
    configuration.readonly = true
    configuration.busyMode = StoreOpening.busyMode
    do {
      let queue = try DatabaseQueue(path: url.path, configuration: configuration)
      _ = try queue.read { db in try Row.fetchOne(db, sql: "SELECT 1 FROM sqlite_master LIMIT 1") }
      return queue
    } catch let error as DatabaseError
      where [.SQLITE_READONLY, .SQLITE_CANTOPEN, .SQLITE_IOERR, .SQLITE_FULL].contains(error.resultCode)
    {
      let escaped = url.path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3f")
        .replacingOccurrences(of: "#", with: "%23")
      let queue = try DatabaseQueue(path: "file:\(escaped)?immutable=1", configuration: configuration)
      _ = try queue.read { db in try Row.fetchOne(db, sql: "SELECT 1 FROM sqlite_master LIMIT 1") }
      return queue
    }
  }
}
