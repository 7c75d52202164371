import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// Whether this process can make a file immutable (`chattr +i`): root on a file system that
/// supports the attribute. Root ignores permission bits, so this is how a test makes a write
/// really fail.
enum Immutability {
  static let isAvailable: Bool = {
    guard geteuid() == 0, FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") else { return false }
    let probe = Fixtures.temporaryFolder().appendingPathComponent("probe")
    guard FileManager.default.createFile(atPath: probe.path, contents: Data("x".utf8)) else { return false }
    defer { _ = try? set(probe, immutable: false) }
    return (try? set(probe, immutable: true)) == true
  }()

  @discardableResult
  static func set(_ url: URL, immutable: Bool) throws -> Bool {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
    process.arguments = [immutable ? "+i" : "-i", url.path]
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus == 0
  }
}

@Suite("Store diagnosis: each fault is named for what it is")
struct StoreDiagnosisTests {
  @Test("a database made full with max_page_count reports disk full, not damage, and keeps every session")
  func diskFull() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = StoredDataTests.threeSessions()
    try store.insert(sessions[0])
    try store.database.writeWithoutTransaction { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
      try db.execute(sql: "PRAGMA max_page_count = \(pages)")
    }
    let many = (0..<40).map { index in
      var session = sessions[1]
      session.id = "filler-\(index)"
      session.notes = String(repeating: "a long line of notes ", count: 400)
      return session
    }
    #expect(throws: StoreError.diskFull(path: store.databaseURL.path)) {
      try store.importDocument(ExportDocument(exportedAt: Date(), sessions: many))
    }
    let thrown = #expect(throws: StoreError.self) { try store.insertInBatches(many) }
    #expect(thrown?.description.contains("full") == true)
    #expect(thrown?.description.contains("not a readable") == false)
    // What was stored is still there and the file is healthy.
    #expect(try store.allSessions() == [sessions[0]])
    try store.database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
    #expect(try store.importDocument(ExportDocument(exportedAt: Date(), sessions: many)).added == 40)
    #expect(try SessionStore.open(folder: store.databaseURL.deletingLastPathComponent()).sessionCount() == 41)
  }

  @Test("SQLite's result codes map to the fault: full, read-only, busy, damaged, other")
  func resultCodes() {
    let url = Fixtures.temporaryFolder().appendingPathComponent(DataLocation.databaseFileName)
    func diagnosis(_ code: ResultCode) -> StoreError {
      StoreError.diagnosing(DatabaseError(resultCode: code, message: "m"), databaseURL: url)
    }
    #expect(diagnosis(.SQLITE_FULL) == .diskFull(path: url.path))
    #expect(diagnosis(.SQLITE_CORRUPT) == .corrupt(path: url.path, detail: "m"))
    #expect(diagnosis(.SQLITE_NOTADB) == .corrupt(path: url.path, detail: "m"))
    #expect(diagnosis(.SQLITE_BUSY) == .busy(path: url.path))
    #expect(diagnosis(.SQLITE_IOERR) == .ioError(path: url.path, detail: "m"))
    #expect(diagnosis(.SQLITE_CANTOPEN) == .notWritable(path: url.path, detail: "m"))
    #expect(diagnosis(.SQLITE_MISUSE) == .sqlite(path: url.path, detail: "m"))
    // A healthy folder with a read-only complaint is not called damaged either.
    if case .corrupt = diagnosis(.SQLITE_READONLY) { Issue.record("read-only was called damaged") }
    #expect(
      StoreError.diagnosing(DatabaseError(resultCode: .SQLITE_READONLY), databaseURL: url, isReadOnlyStore: true)
        == .readOnly(path: url.path, cause: .openedReadOnly))
  }

  @Test("errno from file operations maps to disk full, read-only file system, no permission")
  func errnoCodes() {
    let folder = Fixtures.temporaryFolder()
    #expect(StorageCheck.error(errno: ENOSPC, path: folder.path, isFolder: true) == .diskFull(path: folder.path))
    #expect(
      StorageCheck.error(errno: EROFS, path: folder.path, isFolder: true)
        == .readOnly(path: folder.path, cause: .fileSystem))
    guard
      case .readOnly(_, .permission(let path, true, let mode, _, let user)) = StorageCheck.error(
        errno: EACCES, path: folder.path, isFolder: true)
    else {
      Issue.record("EACCES is not a permission problem")
      return
    }
    #expect(path == folder.path)
    #expect(mode == 0o755 || mode == 0o700 || mode == 0o775)
    #expect(user == geteuid())
    #expect(
      StorageCheck.error(errno: EPERM, path: folder.path, isFolder: true)
        == .readOnly(path: folder.path, cause: .notPermitted(path: folder.path)))
  }

  @Test("the messages give the fix that fits: the exact mv line, upgrade, free space, chmod")
  func messages() {
    let path = "/data/it's/mockloop.sqlite"
    let damaged = StoreError.corrupt(path: path, detail: "not an SQLite file").description
    #expect(damaged.contains(#"mv '/data/it'\''s/mockloop.sqlite' '/data/it'\''s/mockloop.sqlite.damaged'"#))
    #expect(StoreError.newerDatabase(path: path, found: 3, supported: 2).description.contains("Upgrade MockLoop"))
    let full = StoreError.diskFull(path: path).description
    #expect(full.contains("free some space") && full.contains("Nothing already saved was lost"))
    #expect(!full.contains("mv "))
    let permission = StoreError.readOnly(
      path: "/data", cause: .permission(path: "/data", isFolder: true, mode: 0o555, ownerID: 7, userID: 7)
    ).description
    #expect(permission.contains("chmod u+w '/data'") && permission.contains("mode 555"))
    let readOnly = StoreError.readOnly(path: "/data", cause: .fileSystem).description
    #expect(readOnly.contains("read-only file system") && readOnly.contains("can still be read"))
  }

  @Test("a database from a newer MockLoop is told by its unknown migration even at the same user_version")
  func supersededByMigration() throws {
    let folder = Fixtures.temporaryFolder()
    let store = try SessionStore.open(folder: folder)
    let url = store.databaseURL
    try DatabaseQueue(path: url.path).write { db in
      try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
    }
    #expect(
      throws: StoreError.newerDatabase(
        path: url.path, found: SessionStore.schemaVersion, supported: SessionStore.schemaVersion)
    ) {
      try SessionStore.open(folder: folder)
    }
  }

  @Test("a store opened read-only reads everything, writes nothing, and a missing database reads as empty")
  func readOnlyMode() throws {
    let folder = Fixtures.temporaryFolder()
    let sessions = StoredDataTests.threeSessions()
    try SessionStore.open(folder: folder).insert(sessions)
    let before = try Data(contentsOf: folder.appendingPathComponent(DataLocation.databaseFileName))
    let store = try SessionStore.open(folder: folder, mode: .readOnly)
    #expect(store.isReadOnly)
    #expect(try store.allSessionsBulk() == sessions.reversed())
    #expect(try store.history().count == 3)
    #expect(throws: StoreError.self) { try store.checkWritable() }
    #expect(throws: (any Error).self) { try store.saveNotes("x", sessionID: sessions[0].id, at: Date()) }
    #expect(try Data(contentsOf: folder.appendingPathComponent(DataLocation.databaseFileName)) == before)

    let empty = Fixtures.temporaryFolder().appendingPathComponent("never-made")
    #expect(try SessionStore.open(folder: empty, mode: .readOnly).history().isEmpty)
    #expect(!FileManager.default.fileExists(atPath: empty.path))
  }

  @Test(
    "an immutable database file is reported as refusing writes, not as damaged, and can still be read",
    .enabled(if: Immutability.isAvailable))
  func immutableFile() throws {
    let folder = Fixtures.temporaryFolder()
    let sessions = StoredDataTests.threeSessions()
    do {
      let store = try SessionStore.open(folder: folder)
      try store.insert(sessions)
    }
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    try Immutability.set(url, immutable: true)
    defer { _ = try? Immutability.set(url, immutable: false) }
    #expect(throws: StoreError.readOnly(path: url.path, cause: .notPermitted(path: url.path))) {
      try SessionStore.open(folder: folder)
    }
    let store = try SessionStore.open(folder: folder, mode: .readOnly)
    #expect(try store.allSessions().count == 3)
  }

  @Test(
    "an immutable data folder is reported by doctor's write probe and read through an immutable connection",
    .enabled(if: Immutability.isAvailable))
  func immutableFolder() throws {
    let folder = Fixtures.temporaryFolder()
    do {
      let store = try SessionStore.open(folder: folder)
      try store.insert(StoredDataTests.threeSessions())
    }  // closed: no -wal or -shm left, so reading needs the folder or `immutable`
    try Immutability.set(folder, immutable: true)
    defer { _ = try? Immutability.set(folder, immutable: false) }
    guard case .readOnly(let path, .notPermitted) = StorageCheck.probeWrite(folder: folder) else {
      Issue.record("the write probe did not find the folder read-only")
      return
    }
    #expect(path == folder.path)
    #expect(throws: StoreError.self) { try SessionStore.open(folder: folder) }
    #expect(try SessionStore.open(folder: folder, mode: .readOnly).history().count == 3)
  }
}
