import Foundation

/// A session with the facts every practice statistic reads, derived from its log once.
///
/// A session counts as an attempt of its question once it was started, finished or not; its
/// date is when it was started (when it was created if it never was). A class, so that sorting
/// and filtering thousands of them moves one reference each rather than a whole session.
final class PlayedSession {
  let session: Session
  /// The time line at the finish for a finished session, else as of `end`.
  let timeline: SessionTimeline
  /// Where the session's clock stops: its finish, else the last moment it was known to be alive
  /// (an unfinished session left running stops counting when the app stopped), at most `now`.
  let end: Date
  let date: Date

  init(_ session: Session, now: Date) {
    self.session = session
    end = session.storedEnd(now: now)
    timeline = session.storedTimeline(now: now)
    date = timeline.startedAt ?? session.createdAt
  }

  var isFinished: Bool { timeline.state == .finished }
  var isStarted: Bool { timeline.startedAt != nil }

  /// Oldest first; sessions of the same moment by id.
  static func chronologically(_ lhs: PlayedSession, _ rhs: PlayedSession) -> Bool {
    lhs.date != rhs.date ? lhs.date < rhs.date : lhs.session.id < rhs.session.id
  }
}
