import Foundation

/// A session as every practice statistic reads it: its digest (`SessionDigest`, which the store
/// keeps per session) and the date it counts on.
///
/// A session counts as an attempt of its question once it was started, finished or not; its
/// date is when it was started (when it was created if it never was). A small value: the digest
/// stays in the list it came in (`all(_:)`), found by its index, so that sorting and filtering
/// thousands of played sessions moves an index and a date each, and nothing is copied or freed
/// per session.
struct PlayedSession {
  /// The digests one list of played sessions was made from, shared by all of them.
  private final class Source: Sendable {
    let digests: [SessionDigest]

    init(_ digests: [SessionDigest]) { self.digests = digests }
  }

  private let source: Source
  private let index: Int
  let date: Date
  let isFinished: Bool
  let isStarted: Bool

  private init(source: Source, index: Int) {
    self.source = source
    self.index = index
    let digest = source.digests[index]
    date = digest.startedAt ?? digest.createdAt
    isFinished = digest.isFinished
    isStarted = digest.isStarted
  }

  /// One session on its own.
  init(_ digest: SessionDigest) { self.init(source: Source([digest]), index: 0) }

  /// Every digest of `digests`, in their order, sharing the one list.
  static func all(_ digests: [SessionDigest]) -> [PlayedSession] {
    let source = Source(digests)
    return digests.indices.map { PlayedSession(source: source, index: $0) }
  }

  /// The session's digest, read in place (not copied) where only a part of it is used.
  var digest: SessionDigest {
    _read { yield source.digests[index] }
  }

  /// Oldest first; sessions of the same moment by id.
  static func chronologically(_ lhs: PlayedSession, _ rhs: PlayedSession) -> Bool {
    lhs.date != rhs.date ? lhs.date < rhs.date : lhs.digest.id < rhs.digest.id
  }
}
