import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Import checks its input like any other")
struct ImportRulesTests {
  static let rubric = Rubric(
    id: "amazon-l6-l7", title: "Amazon", scale: RubricScale(minimum: 1, maximum: 4, labels: ["a", "b", "c", "d"]),
    dimensions: [], bars: [:], selfAssessment: [])

  static func document(_ change: (inout [Session]) -> Void) -> ExportDocument {
    var sessions = StoredDataTests.threeSessions()
    change(&sessions)
    return ExportDocument(exportedAt: Date(), sessions: sessions)
  }

  /// Imports into a fresh store and returns the problems it refused with; the store must stay empty.
  static func refusal(_ document: ExportDocument) throws -> [ImportProblem] {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    defer { #expect((try? store.sessionCount()) == 0) }
    do {
      _ = try store.importDocument(document, rubrics: [rubric])
    } catch StoreError.refusedImport(let problems) {
      return problems
    }
    Issue.record("the import was not refused")
    return []
  }

  @Test("a score outside the rubric's scale is refused, naming the session and the dimension")
  func scoreOutsideScale() throws {
    let problems = try Self.refusal(Self.document { $0[1].assessment?.scores = ["requirements": 9, "design": -7] })
    #expect(problems.map(\.field) == ["assessment.scores.design", "assessment.scores.requirements"])
    #expect(problems.allSatisfy { $0.sessionID == "session-2" && $0.index == 1 })
    #expect(problems[1].description.contains("9 is outside the scale of rubric 'amazon-l6-l7' (1–4)"))
  }

  @Test("a score of an unknown rubric must still be of a size no sum can overflow")
  func hugeScoreOfUnknownRubric() throws {
    let problems = try Self.refusal(
      Self.document {
        $0[0].assessment?.rubricID = "someone-elses"
        $0[0].assessment?.scores = ["requirements": 1 << 62]
      })
    #expect(problems.map(\.field) == ["assessment.scores.requirements"])
  }

  @Test("event times that go backwards are refused, naming the event")
  func backwardsTimes() throws {
    let problems = try Self.refusal(
      Self.document { sessions in
        sessions[2].events[2].at = sessions[2].events[1].at - 60
      })
    #expect(problems.map(\.field) == ["events[2].at"])
    #expect(problems.first?.sessionID == "session-3")
    #expect(problems.first?.message.contains("before the event above it") == true)
  }

  @Test("a format without phases is refused")
  func formatWithoutPhases() throws {
    let problems = try Self.refusal(
      Self.document { sessions in
        sessions[0].format.phases = []
        sessions[0].events = [SessionEvent(.start, at: sessions[0].createdAt)]
        sessions[0].marks = []
      })
    #expect(problems.map(\.field) == ["format"])
    #expect(problems.first?.message == "the format has no phases")
  }

  @Test("a phase of impossible length is refused")
  func phaseTooLong() throws {
    let problems = try Self.refusal(Self.document { $0[0].format.phases[0].minutes = Int.max / 2 })
    #expect(problems.map(\.field) == ["format"])
  }

  @Test("an export version other than 1 is refused", arguments: [0, -1, 2])
  func otherVersions(_ version: Int) throws {
    var document = Self.document { _ in }
    document.version = version
    #expect {
      try ExportDocument.decode(document.encoded())
    } throws: { error in
      guard case .invalidExport(let detail) = error as? StoreError else { return false }
      return detail.contains("version \(version)")
    }
  }

  @Test("a session that appears twice in one file is reported as a duplicate")
  func duplicateIDs() throws {
    let problems = try Self.refusal(Self.document { $0.append($0[0]) })
    #expect(problems.count == 1)
    #expect(problems.first?.index == 3)
    #expect(problems.first?.field == "id")
    #expect(problems.first?.message.contains("also the id of sessions[0]") == true)
  }

  @Test("a time before 1970 is refused, since the store could not read it back")
  func timeBefore1970() throws {
    let problems = try Self.refusal(Self.document { $0[0].lastSeenAt = Date(timeIntervalSince1970: -86400) })
    #expect(problems.map(\.field) == ["lastSeenAt"])
  }

  @Test("a clean export passes every rule and imports whole")
  func cleanExport() throws {
    let document = Self.document { _ in }
    #expect(document.problems(rubrics: [Self.rubric]).isEmpty)
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(try store.importDocument(document, rubrics: [Self.rubric]) == ImportResult(added: 3, skipped: 0))
  }

  @Test("input past the size cap is refused after reading at most the cap, from a stream or a file")
  func sizeCap() throws {
    // 48 KB waiting in a pipe (less than its buffer, so writing never blocks); the cap is 10 KB.
    let pipe = Pipe()
    try pipe.fileHandleForWriting.write(contentsOf: Data(repeating: 0x20, count: 48 * 1024))
    try pipe.fileHandleForWriting.close()
    #expect(throws: StoreError.tooLarge(source: "standard input", limit: 10_000)) {
      try BoundedInput.read(pipe.fileHandleForReading, source: "standard input", limit: 10_000)
    }
    // The reader stopped soon after the cap: most of the stream was never read.
    let rest = try pipe.fileHandleForReading.readToEnd() ?? Data()
    #expect(rest.count > 48 * 1024 - 2 * 10_001 - 1)

    let file = Fixtures.temporaryFolder().appendingPathComponent("big.json")
    try Data(repeating: 0x20, count: 20_000).write(to: file)
    #expect(throws: StoreError.tooLarge(source: file.path, limit: 10_000)) {
      try BoundedInput.read(path: file.path, limit: 10_000)
    }
    #expect(try BoundedInput.read(path: file.path, limit: 20_000).count == 20_000)
  }

  @Test("a long import commits in short transactions, so another writer waits milliseconds, not the whole import")
  func batchedCommits() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let template = StoredDataTests.threeSessions()[0]
    let sessions = (0..<3000).map { index in
      var session = template
      session.id = "bulk-\(index)"
      return session
    }
    try store.insert(template)
    // Another process's store connection, waiting for the lock as every store connection does.
    var configuration = Configuration()
    configuration.busyMode = StoreOpening.busyMode
    let other = try DatabaseQueue(path: store.databaseURL.path, configuration: configuration)
    let clock = ContinuousClock()
    let importer = Thread { _ = try? store.insertInBatches(sessions) }
    let started = clock.now
    importer.start()
    var waits: [Duration] = []
    while (try store.sessionCount()) < sessions.count + 1, clock.now - started < .seconds(60) {
      let asked = clock.now
      try other.write { db in
        try db.execute(sql: "UPDATE session SET last_seen_at = last_seen_at WHERE id = ?", arguments: [template.id])
      }
      waits.append(clock.now - asked)
    }
    let total = clock.now - started
    #expect(try store.sessionCount() == sessions.count + 1)
    let longest = waits.max() ?? .zero
    #expect(waits.count > 3, "the import took \(total), writes \(waits.count)")
    #expect(longest < .milliseconds(500), "a write waited \(longest) during an import of \(total)")
  }
}
