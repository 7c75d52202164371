import Foundation

/// What the plan schedules: one question at one level.
public struct CardKey: Sendable, Hashable, Codable, Comparable {
  public var questionID: String
  public var level: Level

  public init(questionID: String, level: Level) {
    self.questionID = questionID
    self.level = level
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    (lhs.questionID, lhs.level) < (rhs.questionID, rhs.level)
  }
}

/// A card with its reviews and the FSRS state they leave.
///
/// Invariants: `reviews` is oldest first and not empty; `memory` is FSRS's state after the
/// last of them.
public struct PracticeCard: Sendable, Equatable, Codable {
  public var key: CardKey
  public var reviews: [SessionReview]
  public var memory: MemoryState

  public init(key: CardKey, reviews: [SessionReview], memory: MemoryState) {
    self.key = key
    self.reviews = reviews
    self.memory = memory
  }

  public var lastRating: ReviewRating { reviews.last?.rating ?? .good }
  /// The format of the latest graded session, the one the card is practised in again.
  public var lastFormatID: String? { reviews.last?.formatID }
  /// When the card was first reviewed (its introduction).
  public var firstReviewedAt: Date { reviews.first?.at ?? memory.reviewedAt }

  /// Every card some graded session reviewed, by key, each scheduled by `fsrs` from its
  /// sessions' reviews in the order they were graded (ties by session id).
  public static func cards(from sessions: [Session], content: ContentLibrary, fsrs: FSRS) -> [PracticeCard] {
    cards(from: sessions.map(SessionDigest.init), content: content, fsrs: fsrs)
  }

  /// The cards from the sessions' digests, by the same rules.
  public static func cards(from sessions: [SessionDigest], content: ContentLibrary, fsrs: FSRS) -> [PracticeCard] {
    let reviews = sessions.compactMap { SessionReview($0, content: content) }
    return Dictionary(grouping: reviews, by: \.card).compactMap { key, reviews in
      let ordered = reviews.sorted { ($0.at, $0.sessionID) < ($1.at, $1.sessionID) }
      guard let memory = fsrs.state(after: ordered.map { CardReview(at: $0.at, rating: $0.rating) }) else {
        return nil
      }
      return PracticeCard(key: key, reviews: ordered, memory: memory)
    }.sorted { $0.key < $1.key }
  }
}
