import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Calculations and drill sets on a real SQLite file")
struct EstimateStoreTests {
  static func calculation(_ id: String, session: String, at: Date) throws -> Calculation {
    let result = try Calculator.evaluate("100M req/day in /s")
    return Calculation(
      id: id, sessionID: session, expression: "100M req/day in /s", result: result.text, value: result.value,
      unit: result.unit, at: at)
  }

  static func run(at date: Date) -> EstimateRun {
    EstimateRun(
      id: "run-1", startedAt: date, plannedSeconds: 900, drillIDs: ["a", "b"],
      answers: [])
  }

  static func answer(_ position: Int, _ grade: EstimateGrade, at date: Date) -> EstimateAnswer {
    EstimateAnswer(
      position: position, drillID: position == 0 ? "a" : "b", drillTitle: "Drill", topic: .bandwidth,
      answer: "2 MB/s", answerText: grade == .skipped ? nil : "2 MB/s", expected: "2 MB/s", grade: grade,
      ratio: grade == .skipped ? nil : 1, seconds: 42.5, answeredAt: date)
  }

  @Test("a calculation written through the write queue is read back with its session, once")
  func calculationThroughQueue() throws {
    let clock = ManualClock()
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let session = Fixtures.newSession(clock: clock)
    let queue = WriteQueue(store: store, retryDelays: [0.01])
    defer { queue.stop() }
    queue.enqueue(.insert(session))
    let calculation = try Self.calculation("c1", session: session.id, at: clock.now + 61)
    queue.enqueue(.calculation(calculation))
    queue.enqueue(.calculation(calculation))
    #expect(queue.flush(timeout: 5))
    #expect(try store.calculations(sessionID: session.id) == [calculation.roundedTimes])
    let reopened = try SessionStore.open(folder: store.folder)
    #expect(try reopened.calculations(sessionID: session.id).map(\.result) == ["1,157 req/s"])
  }

  @Test("a calculation for a session another process owns is refused, not written")
  func calculationFenced() throws {
    let clock = ManualClock()
    let folder = Fixtures.temporaryFolder()
    let store = try SessionStore.open(folder: folder)
    let session = Fixtures.newSession(clock: clock)
    try store.insert(session)
    try store.database.write { db in
      let other = SessionOwner(token: "other", pid: 1, terminal: nil, host: "elsewhere", since: clock.now)
      try SessionStore.writeOwner(other, of: session.id, db)
    }
    #expect(throws: OwnershipError.self) {
      try store.saveCalculation(try Self.calculation("c1", session: session.id, at: clock.now))
    }
    #expect(try store.calculations(sessionID: session.id).isEmpty)
  }

  @Test("a drill set, its answers and its finish are stored and read back newest first")
  func drillSetRoundTrip() throws {
    let clock = ManualClock()
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let queue = WriteQueue(store: store, retryDelays: [0.01])
    defer { queue.stop() }
    queue.enqueue(.estimateRun(Self.run(at: clock.now)))
    queue.enqueue(.estimateAnswer(Self.answer(0, .right, at: clock.now + 60), runID: "run-1"))
    queue.enqueue(.estimateAnswer(Self.answer(1, .skipped, at: clock.now + 90), runID: "run-1"))
    queue.enqueue(.estimateAnswer(Self.answer(1, .skipped, at: clock.now + 90), runID: "run-1"))
    queue.enqueue(.estimateFinish(runID: "run-1", at: clock.now + 100))
    #expect(queue.flush(timeout: 5))
    let runs = try store.estimateRuns()
    #expect(runs.count == 1)
    #expect(runs.first?.answers.map(\.grade) == [.right, .skipped])
    #expect(runs.first?.answers.last?.answerText == nil)
    #expect(runs.first?.finishedAt == (clock.now + 100).roundedToMilliseconds)
    #expect(runs.first?.drillIDs == ["a", "b"])
    #expect(try store.estimatePractice() == ["a": 1, "b": 1])
    #expect(EstimateStats(runs: runs).withinTwoShare == 0.5)
  }

  @Test("an answer whose set is gone is set aside by the queue instead of retried for ever")
  func answerWithoutSet() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(throws: OwnershipError.self) {
      try store.saveEstimateAnswer(Self.answer(0, .right, at: Date()), runID: "missing")
    }
  }

  @Test("export carries calculations and drill sets; importing twice adds them once")
  func exportImport() throws {
    let clock = ManualClock()
    let source = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let session = SessionStoreTests.playedSession(clock: clock)
    try source.insert(session)
    try source.saveCalculation(try Self.calculation("c1", session: session.id, at: clock.now))
    var run = Self.run(at: clock.now)
    run.answers = [Self.answer(0, .close, at: clock.now)]
    try source.insertEstimateRun(run)
    let data = try source.exportDocument(at: clock.now).encoded()
    let document = try ExportDocument.decode(data)
    #expect(document.calculations?.count == 1)
    #expect(document.estimateRuns?.first?.answers.count == 1)
    let target = try SessionStore.open(folder: Fixtures.temporaryFolder())
    _ = try target.importDocument(document)
    _ = try target.importDocument(document)
    #expect(try target.calculations(sessionID: session.id).count == 1)
    #expect(try target.estimateRuns().first?.answers.map(\.grade) == [.close])
  }

  @Test("an export written before calculations existed still imports")
  func oldExport() throws {
    let clock = ManualClock()
    let document = ExportDocument(exportedAt: clock.now, sessions: [SessionStoreTests.playedSession(clock: clock)])
    var json = String(decoding: try document.encoded(), as: UTF8.self)
    json = json.replacingOccurrences(of: "\"calculations\"", with: "\"unused\"")
    let decoded = try ExportDocument.decode(Data(json.utf8))
    #expect(decoded.calculations == nil)
    let target = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(try target.importDocument(decoded).added == 1)
  }

  @Test("the schema has the calculation and drill tables after the older migrations")
  func schema() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let migrations = try store.database.read { db in try DatabaseSchema.migrator.appliedMigrations(db) }
    let calculations = try #require(migrations.firstIndex(of: "v4-calculations"))
    let estimates = try #require(migrations.firstIndex(of: "v4-estimates"))
    let ownership = try #require(migrations.firstIndex(of: "v3-ownership"))
    #expect(ownership < calculations && calculations < estimates)
    #expect(SessionStore.schemaVersion >= 4)
  }

  @Test("the Markdown export lists the calculations with their minute")
  func markdown() throws {
    let clock = ManualClock()
    let session = SessionStoreTests.playedSession(clock: clock)
    var report = SessionReport(session: session, now: clock.now, rubric: nil)
    report.calculations = [try Self.calculation("c1", session: session.id, at: session.createdAt + 125)]
    let markdown = MarkdownExport.render(report, rubric: nil)
    #expect(markdown.contains("## Calculations\n\n- minute 2: `100M req/day in /s` = 1,157 req/s"))
  }
}

extension Calculation {
  /// As the store keeps it: times to the millisecond.
  var roundedTimes: Calculation {
    var copy = self
    copy.at = at.roundedToMilliseconds
    return copy
  }
}
