import Foundation
import GRDB

/// The last owner check of a session, kept with the store's `PRAGMA data_version` read before
/// it, so that the owner's once-a-second look can skip the owner row while nothing changed.
///
/// The owner row can change in two ways only: another connection commits (another process, or
/// another store in this one), which moves `data_version`; or this store writes it itself (a
/// claim, a hand-over, a release, an abandon, a delete), which does not move it. For those the
/// memo watches its store's own connection (a transaction observer of `session_owner` and of
/// deleted sessions) and forgets when such a change commits, whichever writer made it. A
/// remembered check is trusted for `maximumAge` at most, as a safety net.
final class OwnershipMemo: TransactionObserver, @unchecked Sendable {
  struct Entry: Equatable {
    var sessionID: String
    /// Read before the check's rows, so a commit between the two only makes the memo stale early.
    var dataVersion: Int
    var check: SessionStore.OwnershipCheck
    var checkedAt: Date
  }

  /// How long a remembered check is trusted without reading the rows again.
  static let maximumAge: TimeInterval = 10

  private let lock = NSLock()
  private var entry: Entry?
  private var rowReads = 0
  private var forgotten = 0
  /// Whether the transaction under way changed an owner row or deleted a session; touched only
  /// on the connection's own queue, inside its transactions.
  private var ownersChanged = false

  /// The remembered check of `sessionID`, if `dataVersion` has not moved since and it is recent.
  func check(of sessionID: String, dataVersion: Int, now: Date) -> SessionStore.OwnershipCheck? {
    lock.withLock {
      guard let entry, entry.sessionID == sessionID, entry.dataVersion == dataVersion else { return nil }
      let age = now.timeIntervalSince(entry.checkedAt)
      guard age >= 0, age < Self.maximumAge else { return nil }
      return entry.check
    }
  }

  /// Counts the calls to `forget`: read it before reading the rows, and pass it to `remember`.
  var generation: Int { lock.withLock { forgotten } }

  /// Remembers a check made from the rows, unless the memo was told to forget since
  /// `generation` was read (this store changed an owner meanwhile: the check may predate it).
  func remember(_ entry: Entry, ifGeneration generation: Int) {
    lock.withLock {
      guard generation == forgotten else { return }
      self.entry = entry
    }
  }

  /// Forgets every remembered check: this store changed an owner row or deleted a session.
  func forget() {
    lock.withLock {
      entry = nil
      forgotten += 1
    }
  }

  // MARK: Watching the store's own writes

  func observes(eventsOfKind eventKind: DatabaseEventKind) -> Bool {
    switch eventKind {
    case .delete(let table): table == "session_owner" || table == "session"
    case .insert(let table), .update(let table, _): table == "session_owner"
    }
  }

  func databaseDidChange(with event: DatabaseEvent) {
    ownersChanged = true
  }

  func databaseDidChange() {
    ownersChanged = true
  }

  func databaseDidCommit(_ db: Database) {
    if ownersChanged { forget() }
    ownersChanged = false
  }

  func databaseDidRollback(_ db: Database) {
    ownersChanged = false
  }

  /// Counts one `ownershipCheck` that had to read the rows.
  func countRowRead() {
    lock.withLock { rowReads += 1 }
  }

  /// How many times `ownershipCheck` read the rows (for tests).
  var rowReadCount: Int { lock.withLock { rowReads } }
}
