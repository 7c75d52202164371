import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("The write queue never drops a change")
struct WriteQueueTests {
  /// Limits the store's own connection to the pages it has, so that the next write that needs a
  /// new page fails with SQLITE_FULL, as on a full disk.
  static func fillDisk(_ store: SessionStore) throws {
    try store.database.writeWithoutTransaction { db in
      let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 1
      try db.execute(sql: "PRAGMA max_page_count = \(pages)")
    }
  }

  static func freeDisk(_ store: SessionStore) throws {
    try store.database.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA max_page_count = 1073741823")
    }
  }

  static func waitUntil(_ condition: () -> Bool) async throws {
    for _ in 0..<500 where !condition() { try await Task.sleep(nanoseconds: 5_000_000) }
  }

  /// A queue of changes, each big enough to need new pages.
  static func changes(for session: Session, clock: ManualClock) -> [SaveRequest] {
    var changes: [SaveRequest] = []
    for index in 1...6 {
      clock.advance(by: 10)
      let kind: SessionEvent.Kind = index % 2 == 1 ? .pause : .resume
      changes.append(
        .event(SessionEvent(kind, at: clock.now, reason: kind == .pause ? .user : nil), sessionID: session.id))
      changes.append(.notes(String(repeating: "note \(index) ", count: 4_000), sessionID: session.id, at: clock.now))
    }
    return changes
  }

  @Test("on a full disk every change stays queued in order with a warning, and is stored once space is back")
  func fullDiskThenSpace() async throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    try store.insert(session, claiming: true)
    try Self.fillDisk(store)
    let queue = WriteQueue(store: store, retryDelays: [0.01])
    let changes = Self.changes(for: session, clock: clock)
    for change in changes { queue.enqueue(change) }
    try await Self.waitUntil { queue.status().failure != nil }
    let failing = queue.status()
    #expect(failing.failure == "disk full")
    #expect(failing.pending > 0)
    #expect(!queue.flush(timeout: 0.1))

    try Self.freeDisk(store)
    #expect(queue.flush(timeout: 5))
    #expect(queue.status() == WriteQueue.Status())
    let stored = try #require(try store.session(id: session.id))
    #expect(stored.events.map(\.kind) == [.start, .pause, .resume, .pause, .resume, .pause, .resume])
    #expect(stored.events.map(\.at) == stored.events.map(\.at).sorted())
    #expect(stored.notes.hasPrefix("note 6 "))
  }

  @Test("what is still queued at quit goes to a 0600 queue file that the next start replays once")
  func queueFileReplayed() throws {
    let folder = Fixtures.temporaryFolder()
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    var waiting = 0
    do {
      let store = try SessionStore.open(folder: folder)
      try store.insert(session)
      try Self.fillDisk(store)
      let queue = WriteQueue(store: store, retryDelays: [0.01])
      for change in Self.changes(for: session, clock: clock) { queue.enqueue(change) }
      #expect(!queue.flush(timeout: 0.2))
      waiting = queue.status().pending
      #expect(waiting > 0)
      try queue.spill()
      queue.stop()
      #expect(queue.status().pending == 0)
      let attributes = try FileManager.default.attributesOfItem(atPath: queue.queueFile.path)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
    let reopened = try SessionStore.open(folder: folder)
    let queue = WriteQueue(store: reopened)
    let file = queue.queueFile
    let kept = try Data(contentsOf: file)
    #expect(try queue.replayQueueFile() == waiting)
    #expect(!FileManager.default.fileExists(atPath: file.path))
    // A second replay of the same file (a kill before it was removed) adds nothing.
    try kept.write(to: file)
    #expect(try queue.replayQueueFile() == waiting)
    let stored = try #require(try reopened.session(id: session.id))
    #expect(stored.events.count == 7)
    #expect(stored.notes.hasPrefix("note 6 "))
  }

  @Test("changes of a session taken over by another process are kept aside in a file, not dropped")
  func movedSessionKeptAside() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    try first.insert(session, claiming: true)
    try second.claim(session.id, takeOver: true, handoverWait: 0.05)
    let queue = WriteQueue(store: first, retryDelays: [0.01])
    queue.enqueue(.notes("typed after the move", sessionID: session.id, at: clock.now))
    queue.enqueue(.alive(sessionID: session.id, at: clock.now))
    #expect(queue.flush(timeout: 2))
    let rescue = try #require(queue.status().rescued)
    #expect(rescue.count == 2)
    #expect(try WriteQueue.readQueueFile(rescue.file).count == 2)
    #expect(try second.session(id: session.id)?.notes == "")
  }
}
