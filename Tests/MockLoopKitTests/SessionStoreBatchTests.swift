import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Session store: batch insert and bulk load")
struct SessionStoreBatchTests {
  @Test("a batch reads back the same through the bulk loader as through allSessions()")
  func bulkMatchesOneByOne() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = PracticeFixture.sessions
    try store.insert(sessions)
    let bulk = try store.allSessionsBulk()
    #expect(bulk == (try store.allSessions()))
    #expect(bulk.map(\.id) == ["s6", "s5", "s4", "s3", "s2", "s1"])
    #expect(bulk.first { $0.id == "s1" } == sessions.first { $0.id == "s1" })
  }

  @Test("a batch that fails part way stores nothing")
  func batchIsAtomic() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = PracticeFixture.sessions
    try store.insert(sessions[0])
    #expect(throws: (any Error).self) { try store.insert([sessions[1], sessions[0]]) }
    #expect(try store.sessionCount() == 1)
  }

  @Test("events and marks stored out of order read back in log order, in bulk as one by one")
  func rowsStoredOutOfOrder() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let sessions = PracticeFixture.sessions
    try store.insert(sessions)
    // Store every row again, newest first, so that the table's own order is the reverse of the log's.
    let queue = try DatabaseQueue(path: store.databaseURL.path)
    try queue.write { db in
      for table in ["session_event", "checklist_mark"] {
        try db.execute(sql: "CREATE TEMP TABLE copy AS SELECT * FROM \(table)")
        try db.execute(sql: "DELETE FROM \(table)")
        try db.execute(sql: "INSERT INTO \(table) SELECT * FROM copy ORDER BY rowid DESC")
        try db.execute(sql: "DROP TABLE copy")
      }
    }
    try queue.close()
    let bulk = try store.allSessionsBulk()
    #expect(bulk == (try store.allSessions()))
    for session in sessions {
      #expect(bulk.first { $0.id == session.id } == session, "\(session.id)")
    }
    #expect(sessions.contains { $0.marks.count > 1 })
  }
}
