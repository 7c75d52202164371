import Foundation

/// A session as every practice statistic reads it: its digest (`SessionDigest`, which the store
/// keeps per session) and the date it counts on.
///
/// A session counts as an attempt of its question once it was started, finished or not; its
/// date is when it was started (when it was created if it never was). A class, so that sorting
/// and filtering thousands of them moves one reference each rather than a whole digest.
final class PlayedSession {
  let digest: SessionDigest
  let date: Date

  init(_ digest: SessionDigest) {
    self.digest = digest
    date = digest.startedAt ?? digest.createdAt
  }

  var isFinished: Bool { digest.isFinished }
  var isStarted: Bool { digest.isStarted }

  /// Oldest first; sessions of the same moment by id.
  static func chronologically(_ lhs: PlayedSession, _ rhs: PlayedSession) -> Bool {
    lhs.date != rhs.date ? lhs.date < rhs.date : lhs.digest.id < rhs.digest.id
  }
}
