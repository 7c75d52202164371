import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Migration v6 gives every readable session of an older database its summary")
struct SummaryMigrationTests {
  /// A version 5 database as the previous release wrote it (`mockloop bench-data --sessions 40
  /// --seed 7 --until 2026-11-30`, and one unfinished session imported): 41 sessions, most of
  /// them graded, with checklist marks, pauses and follow-ups.
  static let v5Database = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/v5-sessions.sqlite")

  /// A copy of the fixture in a fresh data folder, so the committed file is never migrated.
  static func copyOfV5() throws -> URL {
    let folder = Fixtures.temporaryFolder()
    try FileManager.default.copyItem(
      at: v5Database, to: folder.appendingPathComponent(DataLocation.databaseFileName))
    return folder
  }

  static func scalar(_ sql: String, in folder: URL) throws -> Int? {
    let queue = try DatabaseQueue(path: folder.appendingPathComponent(DataLocation.databaseFileName).path)
    defer { try? queue.close() }
    return try queue.read { db in try Int.fetchOne(db, sql: sql) }
  }

  @Test("the previous release's database opens as version 6, each summary equal to its session's full digest")
  func fixtureMigrates() throws {
    let folder = try Self.copyOfV5()
    #expect(try Self.scalar("PRAGMA user_version", in: folder) == 5)
    #expect(try Self.scalar("SELECT COUNT(*) FROM session", in: folder) == 41)

    let store = try SessionStore.open(folder: folder)
    #expect(try Self.scalar("PRAGMA user_version", in: folder) == 6)
    let full = try store.readAllSessions()
    #expect(full.skipped.isEmpty)
    #expect(full.values.count == 41)
    let digests = try store.digests()
    #expect(digests.skipped.isEmpty)
    #expect(digests.values == full.values.map(SessionDigest.init))
    // Every digest came from a summary row, none from a full read.
    #expect(try Self.scalar("SELECT COUNT(*) FROM session_summary", in: folder) == 41)
    // The fixture holds what the summaries must carry.
    #expect(digests.values.contains { !$0.isFinished && $0.isStarted })
    #expect(digests.values.contains { $0.grade != nil && !$0.checked.isEmpty && $0.pausedSeconds > 0 })
    #expect(digests.values.contains { $0.awaySeconds > 0 })
    // Equal formats are one snapshot.
    let formats = Set(full.values.map(\.format.id)).count
    #expect(try Self.scalar("SELECT COUNT(*) FROM format_snapshot", in: folder) == formats)

    // The history lists the same sessions, in the same order, with what the session table said.
    let history = try store.readHistory()
    #expect(history.skipped.isEmpty)
    #expect(history.values.map(\.id) == full.values.map(\.id))
    for (line, session) in zip(history.values, full.values) {
      #expect(line.formatID == session.format.id)
      #expect(line.scores == session.assessment?.scores)
      #expect(line.finishedAt == session.timeline(at: .distantFuture).finishedAt)
    }
  }

  @Test("a session that cannot be read gets no summary, does not stop the migration, and is reported as before")
  func unreadableSessionMigrates() throws {
    let folder = try Self.copyOfV5()
    let victim: String = try {
      let queue = try DatabaseQueue(path: folder.appendingPathComponent(DataLocation.databaseFileName).path)
      defer { try? queue.close() }
      return try queue.write { db in
        let id = try String.fetchOne(db, sql: "SELECT id FROM session ORDER BY created_at LIMIT 1 OFFSET 5") ?? ""
        try db.execute(sql: "UPDATE session SET format_json = 'phases: none' WHERE id = ?", arguments: [id])
        return id
      }
    }()
    let store = try SessionStore.open(folder: folder)
    #expect(try Self.scalar("SELECT COUNT(*) FROM session_summary", in: folder) == 40)
    let digests = try store.digests()
    #expect(digests.values.count == 40)
    #expect(digests.skipped.count == 1)
    #expect(
      digests.skipped.first?.description.contains(victim) == true
        && digests.skipped.first?.description.contains("session.format_json does not hold a format") == true)
    #expect(digests.values == (try store.readAllSessions()).values.map(SessionDigest.init))
  }

  @Test("formats stored with their keys in another order become one snapshot")
  func snapshotsCollapse() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    let clock = ManualClock()
    let sessions = (0..<3).map { index in
      clock.advance(minutes: 90)
      return SessionStoreTests.playedSession(clock: clock, id: "s\(index)")
    }
    do {
      let queue = try DatabaseQueue(path: url.path)
      try DatabaseSchema.migrator.migrate(queue, upTo: "v5-participants")
      try queue.write { db in
        for session in sessions { try SessionStore.insertRows(session, into: db) }
        // The key order an unsorted encoder gave before the store sorted them.
        let sorted = try #require(try String.fetchOne(db, sql: "SELECT format_json FROM session WHERE id = 's1'"))
        try db.execute(
          sql: "UPDATE session SET format_json = ? WHERE id = 's1'", arguments: [try Self.reversingKeys(sorted)])
        try db.execute(sql: "PRAGMA user_version = 5")
      }
      try queue.close()
    }
    let store = try SessionStore.open(folder: folder)
    #expect(try Self.scalar("SELECT COUNT(DISTINCT format_json) FROM session", in: folder) == 2)
    #expect(try Self.scalar("SELECT COUNT(*) FROM format_snapshot", in: folder) == 1)
    let digests = try store.digests().values
    #expect(digests.count == 3)
    #expect(digests == (try store.readAllSessions()).values.map(SessionDigest.init))
  }

  /// The same JSON object with its top-level keys in reverse order.
  static func reversingKeys(_ json: String) throws -> String {
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let members = try object.keys.sorted().reversed().map { key in
      let value = try JSONSerialization.data(withJSONObject: object[key] as Any, options: [.fragmentsAllowed])
      return "\"\(key)\":" + String(decoding: value, as: UTF8.self)
    }
    return "{" + members.joined(separator: ",") + "}"
  }
}
