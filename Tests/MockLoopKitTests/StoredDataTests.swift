import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// A way to spoil one stored session, as a hand edit, a bug or a damaged disk might.
struct Damage: CustomTestStringConvertible, Sendable {
  var name: String
  /// Statements run on the database, each on a fresh connection; `?` is the victim's id.
  var statements: [String]
  /// What the error must say.
  var detail: String
  /// Whether the history (which reads the session table alone) sees the damage too.
  var historySees: Bool

  var testDescription: String { name }

  static let all: [Damage] = [
    Damage(
      name: "a BLOB where the notes text belongs", statements: ["UPDATE session SET notes = X'FF00FE' WHERE id = ?"],
      detail: "session.notes holds a BLOB of 3 bytes where text belongs", historySees: true),
    Damage(
      name: "a NULL question_title made with writable_schema",
      statements: [
        """
        PRAGMA writable_schema = ON;
        UPDATE sqlite_master SET sql = replace(sql, '"question_title" TEXT NOT NULL', '"question_title" TEXT')
          WHERE name = 'session';
        PRAGMA writable_schema = OFF;
        """,
        "UPDATE session SET question_title = NULL WHERE id = ?",
      ], detail: "session.question_title is NULL where text belongs", historySees: true),
    Damage(
      name: "a date stored as text", statements: ["UPDATE session SET created_at = '2026-11-24 09:00' WHERE id = ?"],
      detail: "session.created_at holds text '2026-11-24 09:00' where a time in seconds belongs", historySees: true),
    Damage(
      name: "a malformed assessment_json",
      statements: ["UPDATE session SET assessment_json = '{\"rubricID\": \"amazon' WHERE id = ?"],
      detail: "session.assessment_json is not one JSON object", historySees: true),
    Damage(
      name: "a two-object assessment_json",
      statements: ["UPDATE session SET assessment_json = assessment_json || ',' || assessment_json WHERE id = ?"],
      detail: "session.assessment_json is not one JSON object", historySees: true),
    Damage(
      name: "an assessment that is JSON but not an assessment",
      statements: ["UPDATE session SET assessment_json = '{\"rubricID\": 7}' WHERE id = ?"],
      detail: "session.assessment_json does not hold an assessment", historySees: false),
    Damage(
      name: "a score no scale has",
      statements: [
        "UPDATE session SET assessment_json = json_set(assessment_json, '$.scores.requirements', 4611686018427387904) WHERE id = ?"
      ], detail: "gives 'requirements' a score: 4611686018427387904 is outside", historySees: false),
    Damage(
      name: "a format_json that is not JSON",
      statements: ["UPDATE session SET format_json = 'phases: none' WHERE id = ?"],
      detail: "session.format_json does not hold a format", historySees: false),
    Damage(
      name: "a format without phases",
      statements: ["UPDATE session SET format_json = json_set(format_json, '$.phases', json('[]')) WHERE id = ?"],
      detail: "session.format_json holds a format that has no phases", historySees: false),
    Damage(
      name: "an unknown event kind",
      statements: ["UPDATE session_event SET kind = 'teleport' WHERE session_id = ? AND seq = 1"],
      detail: "session_event.kind (seq 1) holds 'teleport', not a known event kind", historySees: false),
    Damage(
      name: "a follow-up stored as a BLOB",
      statements: ["UPDATE session_event SET follow_up = X'01' WHERE session_id = ? AND kind = 'followUpRevealed'"],
      detail: "session_event.follow_up (seq 2) holds a BLOB of 1 bytes where text belongs", historySees: false),
    Damage(
      name: "an event number that is not whole",
      statements: ["UPDATE session_event SET seq = 3.5 WHERE session_id = ? AND seq = 3"],
      detail: "session_event.seq holds 3.5 where a whole number belongs", historySees: false),
    Damage(
      name: "a checklist mark whose time is text",
      statements: ["UPDATE checklist_mark SET at = 'noon' WHERE session_id = ?"],
      detail: "checklist_mark.at holds text 'noon'", historySees: false),
    Damage(
      name: "an unknown level", statements: ["UPDATE session SET level = 'L9' WHERE id = ?"],
      detail: "session.level holds 'L9', not L6 or L7", historySees: true),
  ]
}

@Suite("Stored data that cannot be read is named, skipped, and never traps")
struct StoredDataTests {
  /// Three graded sessions an hour apart, each with its own score: oldest, victim, newest.
  static func threeSessions() -> [Session] {
    let clock = ManualClock()
    return (1...3).map { index in
      var session = SessionStoreTests.playedSession(clock: clock, id: "session-\(index)")
      session.assessment?.scores = ["requirements": index]
      clock.advance(minutes: 60)
      return session
    }
  }

  static func spoil(_ store: SessionStore, victim: String, with damage: Damage) throws {
    try execute(damage.statements, victim: victim, on: store)
  }

  /// Runs each statement by hand on the store's file, on a connection of its own, with `?` the
  /// victim's id.
  static func execute(
    _ statements: [String], victim: String, on store: SessionStore, foreignKeys: Bool = true
  ) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = foreignKeys
    for statement in statements {
      let queue = try DatabaseQueue(path: store.databaseURL.path, configuration: configuration)
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: statement, arguments: statement.contains("?") ? [victim] : [])
      }
      try queue.close()
    }
  }

  @Test(
    "a damaged session is a named error and every other session still lists, loads, exports and counts",
    arguments: Damage.all)
  func damagedSession(_ damage: Damage) throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = Self.threeSessions()
    try store.insert(sessions)
    let victim = sessions[1].id
    let others = [sessions[2], sessions[0]]  // newest first
    try Self.spoil(store, victim: victim, with: damage)

    #expect {
      try store.session(id: victim)
    } throws: { error in
      guard case .badSession(let id, let detail) = error as? StoreError else { return false }
      return id == victim && detail.contains(damage.detail)
    }
    for session in others { #expect(try store.session(id: session.id) == session) }

    for read in [try store.readAllSessions(), try store.readAllSessionsBulk()] {
      #expect(read.values == others)
      #expect(read.skipped.count == 1)
      guard case .badSession(let id, let detail) = read.skipped.first else {
        Issue.record("no badSession error: \(read.skipped)")
        continue
      }
      #expect(id == victim)
      #expect(detail.contains(damage.detail))
    }

    let history = try store.readHistory()
    if damage.historySees {
      #expect(history.values.map(\.id) == others.map(\.id))
      #expect(history.skipped.map(\.description).allSatisfy { $0.contains(victim) && $0.contains(damage.detail) })
      #expect(history.skipped.count == 1)
    } else {
      #expect(history.values.map(\.id) == sessions.reversed().map(\.id))
    }
    #expect(history.values.filter { $0.id != victim }.map(\.scores) == others.map { $0.assessment?.scores })

    // The rest can still be taken away and brought back.
    let document = ExportDocument(exportedAt: Date(), sessions: try store.readAllSessionsBulk().values)
    let copy = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(try copy.importDocument(ExportDocument.decode(document.encoded())).added == 2)
    #expect(try copy.allSessions() == others)

    let stats = PracticeStats(
      sessions: try store.allSessionsBulk(), content: ContentLibrary(), rubric: nil,
      now: Date(timeIntervalSince1970: 2e9))
    #expect(stats.totalSessions == 2)
    #expect(stats.gradedSessions == 2)
  }

  @Test("a bad assessment between good ones never moves their scores, in the bulk loader too")
  func scoresStayWithTheirSessions() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let clock = ManualClock()
    var sessions: [Session] = []
    for index in 0..<12 {
      var session = SessionStoreTests.playedSession(clock: clock, id: "s\(String(format: "%02d", index))")
      session.assessment?.scores = ["requirements": index % 4 + 1, "design": index]
      sessions.append(session)
      clock.advance(minutes: 30)
    }
    try store.insert(sessions)
    // A text that joins as two array elements, and one that is not JSON at all.
    let queue = try DatabaseQueue(path: store.databaseURL.path)
    try queue.write { db in
      try db.execute(
        sql: "UPDATE session SET assessment_json = assessment_json || ',' || assessment_json WHERE id = 's03'")
      try db.execute(sql: "UPDATE session SET assessment_json = '] , [' WHERE id = 's07'")
    }
    let read = try store.readAllSessionsBulk()
    #expect(Set(read.values.map(\.id)) == Set(sessions.map(\.id)).subtracting(["s03", "s07"]))
    for session in read.values {
      #expect(session.assessment == sessions.first { $0.id == session.id }?.assessment, "\(session.id)")
    }
    #expect(read.skipped.count == 2)
  }

  @Test("a bad scores column, a copy kept for the history, is skipped there; the session still reads whole")
  func badScoresColumn() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = Self.threeSessions()
    try store.insert(sessions)
    let queue = try DatabaseQueue(path: store.databaseURL.path)
    try queue.write { db in
      try db.execute(sql: "UPDATE session SET scores = 'requirements=lots' WHERE id = ?", arguments: [sessions[1].id])
    }
    let history = try store.readHistory()
    #expect(history.values.map(\.id) == [sessions[2].id, sessions[0].id])
    #expect(history.skipped.first?.description.contains("session.scores holds 'requirements=lots'") == true)
    // The whole session takes its scores from its assessment, which is intact.
    #expect(try store.session(id: sessions[1].id) == sessions[1])
    #expect(try store.readAllSessionsBulk().values.count == 3)
  }

  @Test("a session whose id is not text is skipped and named by its row")
  func idThatIsNotText() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = Self.threeSessions()
    try store.insert(sessions)
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: store.databaseURL.path, configuration: configuration)
    try queue.write { db in
      try db.execute(sql: "UPDATE session SET id = X'00FF' WHERE id = ?", arguments: [sessions[0].id])
    }
    let read = try store.readAllSessionsBulk()
    #expect(read.values.map(\.id) == [sessions[2].id, sessions[1].id])
    #expect(read.skipped.first?.description.contains("at row") == true)
    #expect(try store.readHistory().values.count == 2)
    #expect(try store.readAllSessions().values.count == 2)
  }
}
