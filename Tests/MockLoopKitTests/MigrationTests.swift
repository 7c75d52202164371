import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Migrations read stored JSON with SQLite, not with app types")
struct MigrationTests {
  @Test("v2 fills rubric and scores for every well-formed assessment and leaves the others NULL")
  func v2Scores() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    let queue = try DatabaseQueue(path: url.path)
    try DatabaseSchema.migrator.migrate(queue, upTo: "v1")
    let good =
      #"{"rubricID":"r","scores":{"z":4,"a":1,"m":3},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.678Z"}"#
    let rows: [(String, String?)] = [
      ("good", good),
      ("empty-scores", good.replacingOccurrences(of: #"{"z":4,"a":1,"m":3}"#, with: "{}")),
      ("not-json", "{oops"),
      ("two-objects", good + "," + good),
      ("no-self-checks", good.replacingOccurrences(of: #""selfChecks":[],"#, with: "")),
      ("fractional-score", good.replacingOccurrences(of: #""a":1"#, with: #""a":1.5"#)),
      ("bad-time", good.replacingOccurrences(of: "2026-01-02T03:04:05.678Z", with: "yesterday")),
      ("none", nil),
    ]
    try queue.write { db in
      for (id, json) in rows {
        try db.execute(
          sql: """
            INSERT INTO session (id, created_at, format_id, format_json, question_id, question_title, deck_id, notes,
              assessment_json) VALUES (?, 0, 'f', '{}', 'q', 'Q', 'd', '', ?)
            """, arguments: [id, json])
      }
      try db.execute(sql: "PRAGMA user_version = 1")
    }
    try queue.close()
    let store = try SessionStore.open(folder: folder)
    let migrated = try DatabaseQueue(path: store.databaseURL.path).read { db in
      try Row.fetchAll(db, sql: "SELECT id, rubric_id, scores FROM session ORDER BY id").map { row in
        [
          try row.decode(String.self, atIndex: 0), try row.decode(String?.self, atIndex: 1) ?? "NULL",
          try row.decode(String?.self, atIndex: 2) ?? "NULL",
        ]
      }
    }
    #expect(
      migrated == [
        ["bad-time", "NULL", "NULL"], ["empty-scores", "r", ""], ["fractional-score", "NULL", "NULL"],
        ["good", "r", "a=1,m=3,z=4"], ["no-self-checks", "NULL", "NULL"], ["none", "NULL", "NULL"],
        ["not-json", "NULL", "NULL"], ["two-objects", "NULL", "NULL"],
      ])
    // What the first version of the migration wrote for the good row: Assessment decoded, ScoreText encoded.
    let assessment = try ExchangeCoding.sharedDecoder.decode(Assessment.self, from: Data(good.utf8))
    #expect(ScoreText.encode(assessment.scores) == "a=1,m=3,z=4")
  }

  @Test("a version 4 database opens as version 6: its sessions read whole, with no interviewer, and one can join")
  func v4ToV5() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent(DataLocation.databaseFileName)
    let session = SessionStoreTests.playedSession(clock: ManualClock(), id: "from-v4")
    do {
      // The store as a version 4 MockLoop left it: every migration up to v4-settings, and one session.
      let queue = try DatabaseQueue(path: url.path)
      try DatabaseSchema.migrator.migrate(queue, upTo: "v4-settings")
      try queue.write { db in
        try SessionStore.insertRows(session, into: db)
        try db.execute(sql: "PRAGMA user_version = 4")
      }
      try queue.close()
    }
    let store = try SessionStore.open(folder: folder)
    let version = try DatabaseQueue(path: url.path).read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
    #expect(version == 6)
    #expect(try store.session(id: "from-v4") == session)
    #expect(try store.digests().values == [SessionDigest(session)])
    let side = try store.interviewerSide(of: "from-v4")
    #expect(side.participant == nil)
    #expect(side.followUps.isEmpty)
    #expect(side.grade == nil)
    try store.joinAsInterviewer("from-v4", at: Date(timeIntervalSince1970: 2e9))
    #expect(try store.interviewerIsPresent(in: "from-v4"))
  }
}
