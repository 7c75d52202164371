import Foundation
import MockLoopKit

/// Watches another participant's rows for a loop that wakes anyway: each look costs one
/// `PRAGMA data_version` (no disk read); the rows are read again only when it moved, and the
/// other process's presence lock is tried once a second. Reports only what changed.
struct InterviewerWatch {
  private var sessionID: String?
  private var dataVersion: Int?
  private var lastPresenceCheck = Date.distantPast
  private var side = InterviewerSide()
  private var isPresent = false
  private var hasReported = false

  /// How often the other process's presence lock is tried.
  static let presenceInterval: TimeInterval = 1

  /// The interviewer's rows and presence when either changed since the last report (or for a
  /// session not looked at before); nil otherwise or when the store cannot be read.
  mutating func look(at id: String, store: SessionStore, now: Date) -> (side: InterviewerSide, isPresent: Bool)? {
    if id != sessionID {
      self = InterviewerWatch()
      sessionID = id
    }
    guard let version = try? store.dataVersion() else { return nil }
    var changed = !hasReported
    if version != dataVersion {
      dataVersion = version
      if let read = try? store.interviewerSide(of: id), read != side {
        side = read
        changed = true
      }
    }
    if now.timeIntervalSince(lastPresenceCheck) >= Self.presenceInterval || changed {
      lastPresenceCheck = now
      let present = side.participant.map { store.isAlive(token: $0.token) } ?? false
      if present != isPresent {
        isPresent = present
        changed = true
      }
    }
    guard changed else { return nil }
    hasReported = true
    return (side, isPresent)
  }
}
