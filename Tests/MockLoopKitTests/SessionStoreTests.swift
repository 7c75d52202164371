import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Session store on a real SQLite file")
struct SessionStoreTests {
  /// A session with a bit of everything: events, marks, notes, a follow-up and an assessment.
  static func playedSession(clock: ManualClock, id: String = UUID().uuidString.lowercased()) -> Session {
    var session = Fixtures.newSession(clock: clock, id: id)
    session.start(at: clock.now)
    clock.advance(minutes: 14, seconds: 20.25)
    session.toggleMark(phase: 0, item: 0, at: clock.now)
    session.advancePhase(at: clock.now)
    clock.advance(minutes: 6)
    session.reveal(Fixtures.question.followUps[0], onDemand: true, at: clock.now)
    session.notes = "Base62 ids, 7 chars → 3.5e12 keys. 読み取りが多い 🙂"
    session.finish(at: clock.now)
    session.assessment = Assessment(
      rubricID: "amazon-l6-l7", scores: ["requirements": 3], wentWell: "pace", gradedAt: clock.now)
    return session
  }

  @Test("opening an empty folder creates the schema with a 0600 file in a 0700 folder")
  func createsDatabase() throws {
    let folder = Fixtures.temporaryFolder().appendingPathComponent("data")
    let store = try SessionStore.open(folder: folder)
    let attributes = try FileManager.default.attributesOfItem(atPath: store.databaseURL.path)
    let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect((folderAttributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
    let version = try DatabaseQueue(path: store.databaseURL.path).read { db in
      try Int32.fetchOne(db, sql: "PRAGMA user_version")
    }
    #expect(version == SessionStore.schemaVersion)
    let mode = try DatabaseQueue(path: store.databaseURL.path).read { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode")
    }
    #expect(mode == "wal")
    #expect(try store.sessionCount() == 0)
  }

  @Test("events, marks and notes saved one at a time read back as the same session")
  func incrementalSaves() throws {
    let clock = ManualClock()
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    var session = Fixtures.newSession(clock: clock)
    try store.insert(session)
    try store.append(session.start(at: clock.now)!, to: session.id)
    clock.advance(minutes: 3, seconds: 0.5)
    let tick = session.toggleMark(phase: 0, item: 1, at: clock.now)!
    try store.setMark(tick.mark, isChecked: tick.isChecked, sessionID: session.id)
    let untick = session.toggleMark(phase: 0, item: 1, at: clock.now)!
    try store.setMark(untick.mark, isChecked: untick.isChecked, sessionID: session.id)
    let again = session.toggleMark(phase: 0, item: 0, at: clock.now)!
    try store.setMark(again.mark, isChecked: again.isChecked, sessionID: session.id)
    try store.append(session.pause(at: clock.now)!, to: session.id)
    session.notes = "first line\n二行目 👩‍👩‍👧"
    try store.saveNotes(session.notes, sessionID: session.id, at: clock.now)
    session.lastSeenAt = clock.now

    let loaded = try #require(try store.session(id: session.id))
    #expect(loaded == session)
    #expect(loaded.marks.map(\.item) == [0])
  }

  @Test("the unfinished started session is offered for resume, a finished one is not")
  func resumeLookup() throws {
    let clock = ManualClock()
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(try store.unfinishedSession() == nil)
    var session = Fixtures.newSession(clock: clock)
    try store.insert(session)
    #expect(try store.unfinishedSession() == nil)  // never started
    try store.append(session.start(at: clock.now)!, to: session.id)
    #expect(try store.unfinishedSession()?.id == session.id)
    clock.advance(minutes: 5)
    try store.append(session.finish(at: clock.now)!, to: session.id)
    #expect(try store.unfinishedSession() == nil)
    #expect(try store.history().first?.activeSeconds == 300)
  }

  @Test("export then import into a fresh home gives the same sessions and the same document")
  func exportImportRoundTrip() throws {
    let clock = ManualClock()
    let source = try SessionStore.open(folder: Fixtures.temporaryFolder())
    try source.insert(Self.playedSession(clock: clock))
    clock.advance(minutes: 60)
    try source.insert(Self.playedSession(clock: clock))
    let exported = try source.exportDocument(at: clock.now)
    let data = try exported.encoded()

    let target = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let result = try target.importDocument(try ExportDocument.decode(data))
    #expect(result == ImportResult(added: 2, skipped: 0))
    #expect(try target.allSessions() == exported.sessions)
    #expect(try target.exportDocument(at: clock.now).encoded() == data)
  }

  @Test("importing the same file twice adds nothing the second time")
  func doubleImport() throws {
    let clock = ManualClock()
    let document = ExportDocument(exportedAt: clock.now, sessions: [Self.playedSession(clock: clock)])
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(try store.importDocument(document).added == 1)
    #expect(try store.importDocument(document) == ImportResult(added: 0, skipped: 1))
    #expect(try store.sessionCount() == 1)
  }

  @Test("a file that is not a database is refused and left byte for byte as it was")
  func corruptFileRefused() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    let garbage = Data("this is not sqlite, it is a shopping list\n".utf8)
    try garbage.write(to: url)
    #expect {
      try SessionStore.open(folder: folder)
    } throws: { error in
      guard case .corrupt(let path, _) = error as? StoreError else { return false }
      return path == url.path
    }
    #expect(try Data(contentsOf: url) == garbage)
    #expect(!FileManager.default.fileExists(atPath: url.path + "-wal"))
  }

  @Test("a database with a damaged body is refused and not changed")
  func damagedDatabaseRefused() throws {
    let folder = Fixtures.temporaryFolder()
    let store = try SessionStore.open(folder: folder)
    try store.insert(Self.playedSession(clock: ManualClock()))
    let url = store.databaseURL
    _ = try DatabaseQueue(path: url.path).writeWithoutTransaction { db in try db.checkpoint(.truncate) }
    var bytes = try Data(contentsOf: url)
    for index in 100..<min(bytes.count, 4096) { bytes[index] = 0xA5 }  // wreck the schema page
    try bytes.write(to: url)
    #expect(throws: StoreError.self) { try SessionStore.open(folder: folder) }
    #expect(try Data(contentsOf: url) == bytes)
  }

  @Test("a database from a newer MockLoop is refused and not changed")
  func newerDatabaseRefused() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    try DatabaseQueue(path: url.path).write { db in
      try db.execute(sql: "CREATE TABLE future (x)")
      try db.execute(sql: "PRAGMA user_version = 99")
    }
    let before = try Data(contentsOf: url)
    #expect(throws: StoreError.newerDatabase(path: url.path, found: 99, supported: SessionStore.schemaVersion)) {
      try SessionStore.open(folder: folder)
    }
    #expect(try Data(contentsOf: url) == before)
  }

  @Test("a folder that cannot be created is reported with its path")
  func unwritableFolder() throws {
    let blocker = Fixtures.temporaryFolder().appendingPathComponent("a-file")
    try Data("x".utf8).write(to: blocker)
    let folder = blocker.appendingPathComponent("data")
    #expect(
      throws: StoreError.notWritable(path: folder.path, detail: "cannot create the folder: \(blocker.path) is a file")
    ) {
      try SessionStore.open(folder: folder)
    }
  }

  @Test("a version 1 database is migrated and its scores become readable by the history")
  func migrationFromVersionOne() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    let clock = ManualClock()
    let session = Self.playedSession(clock: clock)
    let queue = try DatabaseQueue(path: url.path)
    try DatabaseSchema.migrator.migrate(queue, upTo: "v1")
    try queue.write { db in
      let json = String(decoding: try ExchangeCoding.encoder.encode(session.format), as: UTF8.self)
      let assessment = String(decoding: try ExchangeCoding.encoder.encode(session.assessment!), as: UTF8.self)
      try db.execute(
        sql: """
          INSERT INTO session (id, created_at, format_id, format_json, question_id, question_title, deck_id, notes,
            assessment_json) VALUES (?, 0, 'amazon-l7', ?, 'url-shortener', 'Design a URL shortener', 'test', '', ?)
          """, arguments: [session.id, json, assessment])
      try db.execute(sql: "PRAGMA user_version = 1")
    }
    try queue.close()
    let store = try SessionStore.open(folder: folder)
    let summary = try #require(try store.history().first)
    #expect(summary.scores == ["requirements": 3])
    #expect(summary.rubricID == "amazon-l6-l7")
    #expect(summary.isGraded)
  }

  @Test("sessions are found by full id, unique prefix or 'last'")
  func resolveIDs() throws {
    let clock = ManualClock()
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    try store.insert(Fixtures.newSession(clock: clock, id: "aaaa1111"))
    clock.advance(by: 10)
    try store.insert(Fixtures.newSession(clock: clock, id: "aaab2222"))
    #expect(try store.resolveSessionID("last") == "aaab2222")
    #expect(try store.resolveSessionID("aaaa") == "aaaa1111")
    #expect(try store.resolveSessionID("aaa") == nil)
    #expect(try store.resolveSessionID("zzz") == nil)
    #expect(try store.delete(sessionID: "aaaa1111"))
    #expect(try store.sessionCount() == 1)
  }
}
