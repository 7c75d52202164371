import Foundation
import GRDB

/// How `SessionStore.open` finds its way to a database, checking before SQLite is asked
/// anything so that every refusal names its real cause: the folder and file are created (or
/// found unwritable, with the path and the permission), an existing file is inspected (not
/// SQLite, damaged, newer), and only then is it opened and migrated.
enum StoreOpening {
  static func openForWriting(folder: URL, url: URL) throws -> SessionStore {
    let files = FileManager.default
    if !files.fileExists(atPath: folder.path) {
      do {
        try files.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      } catch {
        throw folderCreationProblem(folder, error: error)
      }
    }
    if files.fileExists(atPath: url.path) {
      try DatabaseInspection.check(url)
      if let problem = StoreError.writeProblem(url) { throw problem }
    } else {
      if let problem = StoreError.writeProblem(url) { throw problem }
      let descriptor = Foundation.open(url.path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
      guard descriptor >= 0 else { throw StorageCheck.error(errno: errno, path: url.path, isFolder: false) }
      close(descriptor)
    }
    // The journal mode is set below, not by `configuration.journalMode = .wal`: GRDB's set-up
    // writes a table into every database without a write-ahead log (for `DatabasePool`'s readers;
    // a `DatabaseQueue` needs none), so every command would write and then checkpoint on close.
    var configuration = Configuration()
    configuration.busyMode = busyMode
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      try db.execute(sql: "PRAGMA foreign_keys = ON")
    }
    do {
      let database = try DatabaseQueue(path: url.path, configuration: configuration)
      try useWriteAheadLog(database)
      // Reading first keeps an up-to-date database free of writes (and of the checkpoint they cost on close).
      if try !database.read(isCurrent) {
        try DatabaseSchema.migrator.migrate(database)
        try database.write { db in try db.execute(sql: "PRAGMA user_version = \(DatabaseSchema.version)") }
      }
      return SessionStore(url: url, folder: folder, database: database, isReadOnly: false)
    } catch {
      throw StoreError.diagnosing(error, databaseURL: url)
    }
  }

  static func openForReading(folder: URL, url: URL) throws -> SessionStore {
    guard FileManager.default.fileExists(atPath: url.path) else {
      // Nothing stored yet: an empty database in memory answers every read.
      do {
        let database = try DatabaseQueue()
        try DatabaseSchema.migrator.migrate(database)
        return SessionStore(url: url, folder: folder, database: database, isReadOnly: true)
      } catch {
        throw StoreError.diagnosing(error, databaseURL: url, isReadOnlyStore: true)
      }
    }
    try DatabaseInspection.check(url)
    do {
      let database = try DatabaseInspection.readOnlyQueue(url)
      guard try database.read(isCurrent) else {
        let found = try database.read { db in try Int32.fetchOne(db, sql: "PRAGMA user_version") } ?? 0
        throw StoreError.needsUpgrade(path: url.path, found: found)
      }
      return SessionStore(url: url, folder: folder, database: database, isReadOnly: true)
    } catch {
      throw StoreError.diagnosing(error, databaseURL: url, isReadOnlyStore: true)
    }
  }

  /// Waiting for another process's write lock: a retry every millisecond for up to 5 seconds.
  /// SQLite's own timeout sleeps up to 100 ms between tries, and so can miss every gap between
  /// an import's short transactions; polling finds the first one.
  static let busyMode = Database.BusyMode.callback { tries in
    guard tries < 5000 else { return false }
    usleep(1000)
    return true
  }

  /// Puts the database in WAL mode, which it keeps from then on: asked only when it is not
  /// in it already, so that opening a database in that mode writes nothing.
  private static func useWriteAheadLog(_ database: DatabaseQueue) throws {
    try database.writeWithoutTransaction { db in
      guard try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" else { return }
      guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
        throw DatabaseError(message: "could not activate WAL mode")
      }
    }
  }

  private static func isCurrent(_ db: Database) throws -> Bool {
    try DatabaseSchema.migrator.hasCompletedMigrations(db)
      && Int32.fetchOne(db, sql: "PRAGMA user_version") == DatabaseSchema.version
  }

  /// Why a folder could not be created: a file in the way, a read-only or unwritable parent,
  /// a full disk.
  private static func folderCreationProblem(_ folder: URL, error: any Error) -> StoreError {
    var ancestor = folder.deletingLastPathComponent()
    var isFolder: ObjCBool = false
    while !FileManager.default.fileExists(atPath: ancestor.path, isDirectory: &isFolder), ancestor.path != "/" {
      ancestor = ancestor.deletingLastPathComponent()
    }
    if !isFolder.boolValue {
      return .notWritable(path: folder.path, detail: "cannot create the folder: \(ancestor.path) is a file")
    }
    if let cause = StorageCheck.writeProblem(at: ancestor.path, isFolder: true) {
      return .readOnly(path: ancestor.path, cause: cause)
    }
    let diagnosed = StoreError.diagnosing(
      error, databaseURL: folder.appendingPathComponent(DataLocation.databaseFileName))
    if case .sqlite = diagnosed { return .notWritable(path: folder.path, detail: "cannot create the folder") }
    return diagnosed
  }
}
