import Foundation

/// The one rule for where a session's clock stops when nobody is running it.
///
/// A session is alive while a MockLoop process runs its clock. Its last sign of life is the later
/// of its newest event and its alive mark; the time after that, up to a resume or a finish, is
/// not interview time. The clock, resume, `show`, `compare`, `stats` and the exports all read
/// the time through these two members, so they never disagree about an unfinished session.
extension Session {
  /// The last moment the session is known to have been alive.
  public var lastAliveAt: Date {
    let lastEvent = events.last?.at ?? createdAt
    return max(lastSeenAt ?? lastEvent, lastEvent)
  }

  /// The time line as stored: a finished session as of its finish, an unfinished one as of its
  /// last sign of life (never later than `now`).
  public func storedTimeline(now: Date) -> SessionTimeline {
    if isFinished { return timeline(at: .distantFuture) }
    return timeline(at: min(lastAliveAt, max(now, events.last?.at ?? createdAt)))
  }

  /// Where the stored clock stops: the finish, else the last sign of life.
  public func storedEnd(now: Date) -> Date {
    if isFinished, let finish = timeline(at: .distantFuture).finishedAt { return finish }
    return min(lastAliveAt, max(now, events.last?.at ?? createdAt))
  }

  /// Logs the time from the last sign of life to `now` as an away pause, when the clock was
  /// running and more than `threshold` seconds passed unseen (a killed process, a stopped one,
  /// a suspended machine). Returns the event, which leaves the session paused.
  @discardableResult
  public mutating func recordAwayGap(now: Date, threshold: TimeInterval = 0) -> SessionEvent? {
    let lastAlive = min(lastAliveAt, now)
    guard timeline(at: now).isRunning, now.timeIntervalSince(lastAlive) > threshold else { return nil }
    let pause = SessionEvent(.pause, at: lastAlive, reason: .away)
    events.append(pause)
    return pause
  }
}
