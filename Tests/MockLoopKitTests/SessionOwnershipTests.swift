import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// Two stores on one database file stand for two MockLoop processes: each has its own presence
/// lock (flock is per open file, so two opens in one process conflict as two processes do).
@Suite("One owner per session, on a real SQLite file")
struct SessionOwnershipTests {
  static func started(_ store: SessionStore, clock: ManualClock) throws -> Session {
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    try store.insert(session, claiming: true)
    return session
  }

  @Test("a second process is refused a session the first runs, and is told its pid")
  func secondProcessRefused() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let session = try Self.started(first, clock: ManualClock())
    #expect(throws: OwnershipError.ownedElsewhere(sessionID: session.id, owner: first.ownerIdentity)) {
      try second.claim(session.id)
    }
    #expect(
      "\(OwnershipError.ownedElsewhere(sessionID: session.id, owner: first.ownerIdentity))".contains("pid \(getpid())"))
    // Reading is free while the mock runs.
    #expect(try second.session(id: session.id)?.id == session.id)
  }

  @Test("a session whose owner died is free again at once: its presence lock went with it")
  func deadOwnerFreesTheSession() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let session = try Self.started(first, clock: ManualClock())
    first.presence.release()  // what the kernel does for a killed process; its owner row stays
    #expect(try second.claim(session.id) == .free)
    #expect(try second.ownershipCheck(session.id) == .owned)
  }

  @Test("take-over: the owner sees the request, stores what it holds, hands over, and is then fenced")
  func takeOverHandsOver() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let clock = ManualClock()
    let session = try Self.started(first, clock: clock)
    // The taker blocks while it waits for the hand-over, and this test polls with blocking
    // sleeps: each on a thread of its own, so neither waits for the test pool, whose threads
    // can all be busy with other tests on a two-core machine.
    let taker = ThreadResult { try second.claim(session.id, takeOver: true, handoverWait: 30) }
    var request: SessionStore.OwnershipCheck = .owned
    let deadline = ContinuousClock.now + .seconds(30)
    while request == .owned && ContinuousClock.now < deadline {
      Thread.sleep(forTimeInterval: 0.01)
      request = try first.ownershipCheck(session.id)
    }
    guard case .handoverRequested(let successor) = request else {
      Issue.record("no take-over request seen: \(request)")
      return
    }
    #expect(successor.token == second.ownerIdentity.token)
    try first.saveNotes("written before the hand-over", sessionID: session.id, at: clock.now)
    try first.handOver(session.id, to: successor)
    #expect(try taker.value() == .handedOver(from: first.ownerIdentity))
    guard case .lost(let owner) = try first.ownershipCheck(session.id) else {
      Issue.record("the first owner did not notice the move")
      return
    }
    #expect(owner?.token == second.ownerIdentity.token)
    #expect(throws: OwnershipError.self) { try first.saveNotes("too late", sessionID: session.id, at: clock.now) }
    try second.saveNotes("the new owner writes", sessionID: session.id, at: clock.now)
    #expect(try second.session(id: session.id)?.notes == "the new owner writes")
  }

  @Test("a take-over from an owner that does not answer is forced, and the old owner's writes are refused")
  func takeOverForced() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let clock = ManualClock()
    let session = try Self.started(first, clock: clock)
    #expect(try second.claim(session.id, takeOver: true, handoverWait: 0.1) == .forced(from: first.ownerIdentity))
    #expect(throws: OwnershipError.self) { try first.append(.init(.pause, at: clock.now), to: session.id) }
    #expect(try second.session(id: session.id)?.events.count == 1)
  }

  @Test("delete of a session open in another process is refused; once it is released, delete works")
  func deleteRefusedWhileOwned() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let session = try Self.started(first, clock: ManualClock())
    #expect(throws: OwnershipError.self) { try second.delete(sessionID: session.id) }
    try first.release(session.id)
    #expect(try second.delete(sessionID: session.id))
  }

  @Test("a session deleted under its owner is reported as gone, and nothing is written to it")
  func deletedUnderTheOwner() throws {
    let folder = Fixtures.temporaryFolder()
    let store = try SessionStore.open(folder: folder)
    let clock = ManualClock()
    let session = try Self.started(store, clock: clock)
    try DatabaseQueue(path: store.databaseURL.path).write { db in
      try db.execute(sql: "PRAGMA foreign_keys = ON")
      try db.execute(sql: "DELETE FROM session WHERE id = ?", arguments: [session.id])
    }
    #expect(try store.ownershipCheck(session.id) == .gone)
    #expect(throws: OwnershipError.sessionGone(sessionID: session.id)) {
      try store.saveNotes("lost?", sessionID: session.id, at: clock.now)
    }
  }

  @Test("an abandoned session stays in history but is never offered for resume again")
  func abandonedIsNotResumable() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let clock = ManualClock()
    let older = try Self.started(store, clock: clock)
    clock.advance(minutes: 1)
    let newer = try Self.started(store, clock: clock)
    #expect(try store.unfinishedSessions().map(\.id) == [newer.id, older.id])
    try store.abandon(sessionID: newer.id, at: clock.now)
    #expect(try store.unfinishedSessions().map(\.id) == [older.id])
    #expect(try store.abandonedAt(sessionID: newer.id) == clock.now.roundedToMilliseconds)
    #expect(try store.session(id: newer.id) != nil)
  }

  @Test("the same event written twice (a retry, a replay) is stored once")
  func appendIsIdempotent() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let clock = ManualClock()
    let session = try Self.started(store, clock: clock)
    clock.advance(by: 30)
    let pause = SessionEvent(.pause, at: clock.now, reason: .user)
    try store.append(pause, to: session.id)
    try store.append(pause, to: session.id)
    #expect(try store.session(id: session.id)?.events.map(\.kind) == [.start, .pause])
  }
}

/// The result of work run on a thread of its own, waited for without the test pool.
final class ThreadResult<Value: Sendable>: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<Value, any Error>?

  init(_ work: @escaping @Sendable () throws -> Value) {
    Thread {
      self.result = Result { try work() }
      self.done.signal()
    }.start()
  }

  /// Waits for the work to end (the semaphore orders the write of `result` before this read).
  func value() throws -> Value {
    done.wait()
    defer { done.signal() }
    guard let result else { throw CancellationError() }
    return try result.get()
  }
}
