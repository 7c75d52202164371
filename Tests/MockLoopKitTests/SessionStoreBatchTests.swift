import Foundation
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
}
