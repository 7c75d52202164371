import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// The bulk read decodes many assessments in one batch; whatever a stored assessment holds, it
/// must read the same as the decoder of a single session reads it.
@Suite("Assessments read in bulk read as one session's read does")
struct BulkAssessmentTests {
  /// Stored assessment texts, each a case where a batch decode and a single one could part.
  static let texts: [String] = [
    #"{"rubricID":"amazon-l6-l7","scores":{"requirements":3,"design":2},"selfChecks":["asked","drew"],"wentWell":"Said \"why\" first;\nthen drew","toImprove":"読み取り 🙂 é","gradedAt":"2026-01-02T03:04:05.678Z"}"#,
    #"{"rubricID":"r","scores":{},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z","extra":[1,2]}"#,
    #"{"rubricID":"r","scores":{"a":1,"a":2},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","rubricID":"s","scores":{},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","scores":{"a":2.0},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","scores":{"a":100000000000000000000},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","scores":{"a":1},"selfChecks":["x",3],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","scores":{"a":1},"selfChecks":[],"wentWell":"caf\u00e9 \ud83d","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","scores":{"a":1},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05Z"}"#,
    #"{"rubricID":"r","scores":{"a":1},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"yesterday"}"#,
    #"{"rubricID":7,"scores":{"a":1},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","scores":{"a":1},"selfChecks":[],"wentWell":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","scores":{"a":-4},"selfChecks":[],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
    #"{"rubricID":"r","scores":{"":1},"selfChecks":["b","a","b"],"wentWell":"","toImprove":"","gradedAt":"2026-01-02T03:04:05.000Z"}"#,
  ]

  @Test("every stored assessment reads the same in bulk as one session at a time", arguments: texts.indices)
  func bulkMatchesSingleRead(_ index: Int) throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = StoredDataTests.threeSessions()
    try store.insert(sessions)
    let victim = sessions[1].id
    let queue = try DatabaseQueue(path: store.databaseURL.path)
    try queue.write { db in
      try db.execute(
        sql: "UPDATE session SET assessment_json = ? WHERE id = ?", arguments: [Self.texts[index], victim])
    }
    try queue.close()

    let bulk = try store.readAllSessionsBulk()
    #expect(bulk.values.filter { $0.id != victim } == [sessions[2], sessions[0]])
    do {
      let single = try store.session(id: victim)
      #expect(bulk.values.first { $0.id == victim } == single)
      #expect(bulk.skipped.isEmpty)
    } catch {
      #expect(!bulk.values.contains { $0.id == victim })
      #expect(bulk.skipped.map(\.description) == ["\(error)"])
    }
  }
}

@Suite("Stored JSON columns are canonical")
struct StoredJSONTextTests {
  @Test("a format is stored with its keys sorted, so equal formats are equal texts")
  func formatKeysAreSorted() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    try store.insert(StoredDataTests.threeSessions())
    let queue = try DatabaseQueue(path: store.databaseURL.path)
    let texts = try queue.read { db in try String.fetchAll(db, sql: "SELECT format_json FROM session") }
    #expect(Set(texts).count == 1)
    let text = try #require(texts.first)
    // The format's own keys (those of its phases come after "phases", inside it).
    let keys = ["\"id\":", "\"phases\":", "\"title\":"].compactMap { text.range(of: $0)?.lowerBound }
    #expect(keys.count == 3)
    #expect(keys == keys.sorted())
  }
}
