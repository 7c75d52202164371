import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// The owner's once-a-second look reads the owner rows only when something could have changed
/// them. Two stores on one file stand for two processes (each has its own connection, so the
/// other's commits move its `data_version`).
@Suite("The owner's check skips the rows while nothing changed")
struct OwnershipMemoTests {
  @Test("with no commit elsewhere, a second check does not read the owner rows")
  func unchangedCheckReadsNothing() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let session = try SessionOwnershipTests.started(store, clock: ManualClock())
    #expect(try store.ownershipCheck(session.id) == .owned)
    let reads = store.ownershipMemo.rowReadCount
    #expect(try store.ownershipCheck(session.id) == .owned)
    #expect(try store.ownershipCheck(session.id) == .owned)
    #expect(store.ownershipMemo.rowReadCount == reads)
  }

  @Test("this store's own writes that are no owner change keep the memo; its alive mark refreshes it")
  func ownWritesKeepTheMemo() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let clock = ManualClock()
    let session = try SessionOwnershipTests.started(store, clock: clock)
    try store.markAlive(sessionID: session.id, at: clock.now)
    let reads = store.ownershipMemo.rowReadCount
    try store.saveNotes("typed", sessionID: session.id, at: clock.now)
    #expect(try store.ownershipCheck(session.id) == .owned)
    #expect(store.ownershipMemo.rowReadCount == reads)
  }

  @Test("a commit by another connection makes the next check read the rows again")
  func otherCommitRereads() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let session = try SessionOwnershipTests.started(first, clock: ManualClock())
    #expect(try first.ownershipCheck(session.id) == .owned)
    let reads = first.ownershipMemo.rowReadCount
    _ = try SessionOwnershipTests.started(second, clock: ManualClock())
    #expect(try first.ownershipCheck(session.id) == .owned)
    #expect(first.ownershipMemo.rowReadCount == reads + 1)
  }

  @Test("a take-over by a second store is seen by the first's next check, after checks that read nothing")
  func takeOverSeenThroughTheMemo() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let clock = ManualClock()
    let session = try SessionOwnershipTests.started(first, clock: clock)
    try first.markAlive(sessionID: session.id, at: clock.now)
    #expect(try first.ownershipCheck(session.id) == .owned)
    #expect(try second.claim(session.id, takeOver: true, handoverWait: 0.05) == .forced(from: first.ownerIdentity))
    guard case .lost(let owner) = try first.ownershipCheck(session.id) else {
      Issue.record("the first store did not see the take-over")
      return
    }
    #expect(owner?.token == second.ownerIdentity.token)
  }

  @Test("a take-over request by a second store is seen while the first's memo is warm")
  func handoverRequestSeenThroughTheMemo() throws {
    let folder = Fixtures.temporaryFolder()
    let first = try SessionStore.open(folder: folder)
    let second = try SessionStore.open(folder: folder)
    let clock = ManualClock()
    let session = try SessionOwnershipTests.started(first, clock: clock)
    #expect(try first.ownershipCheck(session.id) == .owned)
    let taker = ThreadResult { try second.claim(session.id, takeOver: true, handoverWait: 30) }
    var check: SessionStore.OwnershipCheck = .owned
    let deadline = ContinuousClock.now + .seconds(30)
    while check == .owned && ContinuousClock.now < deadline {
      Thread.sleep(forTimeInterval: 0.01)
      try first.markAlive(sessionID: session.id, at: clock.now)
      check = try first.ownershipCheck(session.id)
    }
    guard case .handoverRequested(let successor) = check else {
      Issue.record("no take-over request seen: \(check)")
      return
    }
    try first.handOver(session.id, to: successor)
    #expect(try taker.value() == .handedOver(from: first.ownerIdentity))
  }

  @Test("this store's own release, hand-over or abandon is seen at once, though data_version did not move")
  func ownOwnerChangesForgetTheMemo() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    let clock = ManualClock()
    let session = try SessionOwnershipTests.started(store, clock: clock)
    #expect(try store.ownershipCheck(session.id) == .owned)
    try store.release(session.id)
    #expect(try store.ownershipCheck(session.id) == .lost(to: nil))
    try store.claim(session.id)
    #expect(try store.ownershipCheck(session.id) == .owned)
    try store.abandon(sessionID: session.id, at: clock.now)
    #expect(try store.ownershipCheck(session.id) == .lost(to: nil))
    try store.delete(sessionID: session.id)
    #expect(try store.ownershipCheck(session.id) == .gone)
  }

  @Test("a remembered check is trusted for ten seconds at most, and only at the version it was read at")
  func memoAgesOut() {
    let memo = OwnershipMemo()
    let start = Date(timeIntervalSince1970: 1_000_000)
    memo.remember(
      .init(sessionID: "s", dataVersion: 3, check: .owned, checkedAt: start), ifGeneration: memo.generation)
    #expect(memo.check(of: "s", dataVersion: 3, now: start + 9.9) == .owned)
    #expect(memo.check(of: "s", dataVersion: 3, now: start + OwnershipMemo.maximumAge) == nil)
    #expect(memo.check(of: "s", dataVersion: 4, now: start + 1) == nil)
    #expect(memo.check(of: "other", dataVersion: 3, now: start + 1) == nil)
  }

  @Test("a check read before the store changed an owner is not remembered after it")
  func staleReadIsNotRemembered() {
    let memo = OwnershipMemo()
    let start = Date(timeIntervalSince1970: 1_000_000)
    let generation = memo.generation
    memo.forget()
    memo.remember(.init(sessionID: "s", dataVersion: 3, check: .owned, checkedAt: start), ifGeneration: generation)
    #expect(memo.check(of: "s", dataVersion: 3, now: start) == nil)
  }
}
