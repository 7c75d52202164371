import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// A way to spoil one summary row by hand (the triggers guard the session's own tables, not
/// this derived one).
struct SummaryDamage: CustomTestStringConvertible, Sendable {
  var name: String
  /// The column spoiled.
  var column: String
  /// What it is set to, as SQL.
  var value: String
  /// The column the strict reader must name: the one spoiled, unless said otherwise.
  var named: String

  init(_ name: String, setting column: String, to value: String, named: String? = nil) {
    self.name = name
    self.column = column
    self.value = value
    self.named = named ?? column
  }

  /// Run with `?` the victim's id, foreign keys off.
  var statement: String { "UPDATE session_summary SET \(column) = \(value) WHERE session_id = ?" }

  var testDescription: String { name }

  static let all: [SummaryDamage] = [
    SummaryDamage("a BLOB title", setting: "question_title", to: "X'010203'"),
    SummaryDamage("a text creation time", setting: "created_at", to: "'noon'"),
    SummaryDamage("a time past 9999", setting: "finished_at", to: "1e15"),
    SummaryDamage("a snapshot id that is not whole", setting: "format_snapshot_id", to: "1.5"),
    SummaryDamage("negative active seconds", setting: "active_seconds", to: "-5"),
    SummaryDamage("away seconds as a BLOB", setting: "away_seconds", to: "X'00'"),
    SummaryDamage("a start time as text", setting: "started_at", to: "'x'"),
    SummaryDamage("an unknown level", setting: "level", to: "'L9'"),
    SummaryDamage("phase seconds that are not numbers", setting: "phase_seconds", to: "'1,x'"),
    SummaryDamage("phase seconds as a number", setting: "phase_seconds", to: "12"),
    SummaryDamage("phase seconds for fewer phases than the format has", setting: "phase_seconds", to: "'1.5'"),
    SummaryDamage("a snapshot id that names no snapshot", setting: "format_snapshot_id", to: "999"),
    SummaryDamage("checked items without items", setting: "checked", to: "'a:'"),
    SummaryDamage("scores that are not numbers", setting: "scores", to: "'requirements=lots'"),
    SummaryDamage("a grade without its time", setting: "graded_at", to: "NULL", named: "rubric_id"),
  ]
}

@Suite("A damaged summary row is named by its column and its session read in full instead")
struct SummaryReadingTests {
  static func spoil(_ store: SessionStore, victim: String, with statement: String) throws {
    try StoredDataTests.execute([statement], victim: victim, on: store, foreignKeys: false)
  }

  /// What the strict reader says of the summary row of `id`, or of the digest it makes with
  /// its format snapshot.
  static func problem(of id: String, _ store: SessionStore) throws -> SummaryRow.Problem? {
    try problem(where: "session_id = ?", [id], store)
  }

  static func problem(where condition: String, _ arguments: StatementArguments, _ store: SessionStore) throws
    -> SummaryRow.Problem?
  {
    try store.database.read { db -> SummaryRow.Problem? in
      let formats = try SessionStore.formatSnapshots(db)
      let sql = "SELECT \(SummaryRow.digestSelection) FROM session_summary WHERE \(condition)"
      let statement = try db.makeStatement(sql: sql)
      try statement.setArguments(arguments)
      guard try SessionStore.step(statement, sql: sql, db) else { return nil }
      var caches = SummaryRow.Caches()
      do throws(SummaryRow.Problem) {
        _ = try SummaryRow.digest(
          StatementColumns(statement: statement.sqliteStatement), formats: formats, caches: &caches)
        return nil
      } catch {
        return error
      }
    }
  }

  @Test(
    "each kind of damage is a problem naming the column; digests and history still give every session whole",
    arguments: SummaryDamage.all)
  func damagedSummary(_ damage: SummaryDamage) throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = StoredDataTests.threeSessions()
    try store.insert(sessions)
    let digestsBefore = try store.digests().values
    let historyBefore = try store.history()
    let victim = sessions[1].id
    #expect(try Self.problem(of: victim, store) == nil)

    try Self.spoil(store, victim: victim, with: damage.statement)
    let problem = try #require(try Self.problem(of: victim, store))
    #expect(problem.sessionID == victim)
    #expect(problem.column.column == damage.named, "\(problem.column)")

    let digests = try store.digests()
    #expect(digests.skipped.isEmpty)
    #expect(digests.values == digestsBefore)
    #expect(digests.values == sessions.reversed().map(SessionDigest.init))
    let history = try store.readHistory()
    #expect(history.skipped.isEmpty)
    #expect(history.values == historyBefore)
  }

  @Test("a summary whose id is not text stands for no session and is no problem of any other")
  func idThatIsNotText() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = StoredDataTests.threeSessions()
    try store.insert(sessions)
    try Self.spoil(
      store, victim: sessions[0].id, with: "UPDATE session_summary SET session_id = X'00FF' WHERE session_id = ?")
    let problem = try #require(try Self.problem(where: "typeof(session_id) = 'blob'", [], store))
    #expect(problem.sessionID == nil)
    #expect(problem.column.column == "session_id")
    #expect(problem.column.problem == "holds a BLOB of 2 bytes where text belongs")
    // The session itself lost its summary: it is read in full, as one without a summary is.
    let digests = try store.digests()
    #expect(digests.skipped.isEmpty)
    #expect(digests.values == sessions.reversed().map(SessionDigest.init))
  }

  @Test("ticks under phase ids that Swift and SQLite match differently leave the summary equal to a full read")
  func ticksUnderLookalikePhaseIDs() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let clock = ManualClock()
    let session = SessionStoreTests.playedSession(clock: clock)
    try store.insert(session)
    // "K" and the Kelvin sign are one string to Swift and two ids to SQLite.
    for (phaseID, isChecked) in [("K", true), ("\u{212A}", true), ("K", false), ("plain", true), ("plain", false)] {
      try store.setMark(
        ChecklistMark(phaseID: phaseID, item: 0, text: "t", at: clock.now), isChecked: isChecked, sessionID: session.id)
      try SummaryEquivalenceTests.expectEquivalent(store, session.id)
    }
    let stored = try #require(try store.session(id: session.id))
    #expect(stored.marks.map(\.phaseID).contains("\u{212A}"))
  }

  @Test("a tick whose time a full read refuses leaves the session without a summary, read in full and reported")
  func tickAtAnImpossibleTime() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let session = SessionStoreTests.playedSession(clock: ManualClock())
    try store.insert(session)
    let mark = ChecklistMark(phaseID: "requirements", item: 1, text: "t", at: Date(timeIntervalSince1970: -5))
    try store.setMark(mark, isChecked: true, sessionID: session.id)
    #expect(try SummaryEquivalenceTests.summaryCount(store) == 0)
    let digests = try store.digests()
    #expect(digests.values.isEmpty)
    #expect(digests.skipped.count == 1)
  }
}
