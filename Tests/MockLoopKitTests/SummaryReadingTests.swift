import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// A way to spoil one summary row by hand (the triggers guard the session's own tables, not
/// this derived one).
struct SummaryDamage: CustomTestStringConvertible, Sendable {
  var name: String
  /// Run with `?` the victim's id, foreign keys off.
  var statement: String
  /// The column the strict reader must name.
  var column: String

  var testDescription: String { name }

  static let all: [SummaryDamage] = [
    SummaryDamage(
      name: "a BLOB title", statement: "UPDATE session_summary SET question_title = X'010203' WHERE session_id = ?",
      column: "question_title"),
    SummaryDamage(
      name: "a text creation time", statement: "UPDATE session_summary SET created_at = 'noon' WHERE session_id = ?",
      column: "created_at"),
    SummaryDamage(
      name: "a time past 9999", statement: "UPDATE session_summary SET finished_at = 1e15 WHERE session_id = ?",
      column: "finished_at"),
    SummaryDamage(
      name: "a snapshot id that is not whole",
      statement: "UPDATE session_summary SET format_snapshot_id = 1.5 WHERE session_id = ?",
      column: "format_snapshot_id"),
    SummaryDamage(
      name: "negative active seconds", statement: "UPDATE session_summary SET active_seconds = -5 WHERE session_id = ?",
      column: "active_seconds"),
    SummaryDamage(
      name: "away seconds as a BLOB", statement: "UPDATE session_summary SET away_seconds = X'00' WHERE session_id = ?",
      column: "away_seconds"),
    SummaryDamage(
      name: "a start time as text", statement: "UPDATE session_summary SET started_at = 'x' WHERE session_id = ?",
      column: "started_at"),
    SummaryDamage(
      name: "an unknown level", statement: "UPDATE session_summary SET level = 'L9' WHERE session_id = ?",
      column: "level"),
    SummaryDamage(
      name: "phase seconds that are not numbers",
      statement: "UPDATE session_summary SET phase_seconds = '1,x' WHERE session_id = ?", column: "phase_seconds"),
    SummaryDamage(
      name: "phase seconds as a number",
      statement: "UPDATE session_summary SET phase_seconds = 12 WHERE session_id = ?",
      column: "phase_seconds"),
    SummaryDamage(
      name: "phase seconds for fewer phases than the format has",
      statement: "UPDATE session_summary SET phase_seconds = '1.5' WHERE session_id = ?", column: "phase_seconds"),
    SummaryDamage(
      name: "a snapshot id that names no snapshot",
      statement: "UPDATE session_summary SET format_snapshot_id = 999 WHERE session_id = ?",
      column: "format_snapshot_id"),
    SummaryDamage(
      name: "checked items without items", statement: "UPDATE session_summary SET checked = 'a:' WHERE session_id = ?",
      column: "checked"),
    SummaryDamage(
      name: "scores that are not numbers",
      statement: "UPDATE session_summary SET scores = 'requirements=lots' WHERE session_id = ?", column: "scores"),
    SummaryDamage(
      name: "a grade without its time", statement: "UPDATE session_summary SET graded_at = NULL WHERE session_id = ?",
      column: "rubric_id"),
  ]
}

@Suite("A damaged summary row is named by its column and its session read in full instead")
struct SummaryReadingTests {
  static func spoil(_ store: SessionStore, victim: String, with statement: String) throws {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    let queue = try DatabaseQueue(path: store.databaseURL.path, configuration: configuration)
    try queue.writeWithoutTransaction { db in try db.execute(sql: statement, arguments: [victim]) }
    try queue.close()
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
      let row: SummaryRow
      do throws(SummaryRow.Problem) {
        row = try SummaryRow(StatementColumns(statement: statement.sqliteStatement), isDigest: true, caches: &caches)
      } catch {
        return error
      }
      guard let format = formats[row.formatSnapshotID] else {
        return SummaryRow.Problem(
          sessionID: row.sessionID, column: ColumnProblem(column: "format_snapshot_id", problem: "names none"))
      }
      do throws(ColumnProblem) {
        _ = try row.digest(format: format)
        return nil
      } catch {
        return SummaryRow.Problem(sessionID: row.sessionID, column: error)
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
    #expect(problem.column.column == damage.column, "\(problem.column)")

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
