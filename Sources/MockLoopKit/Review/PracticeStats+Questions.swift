import Foundation

extension PracticeStats {
  /// A content question, by id and title: the same three facts a session keeps of its question.
  public typealias QuestionReference = QuestionSnapshot

  /// A content question already attempted, with how long it has waited since.
  public struct DueQuestion: Sendable, Codable, Equatable {
    public var id: String
    public var title: String
    public var deckID: String
    /// Started sessions of it, finished or not.
    public var attempts: Int
    public var lastAttemptedAt: Date
    /// Calendar days from the last attempt's day to today's.
    public var daysSince: Int

    public init(id: String, title: String, deckID: String, attempts: Int, lastAttemptedAt: Date, daysSince: Int) {
      self.id = id
      self.title = title
      self.deckID = deckID
      self.attempts = attempts
      self.lastAttemptedAt = lastAttemptedAt
      self.daysSince = daysSince
    }
  }
}

/// Which content questions were attempted (any started session counts) and when last.
struct QuestionAttempts {
  /// Never attempted, by id.
  var untouched: [PracticeStats.QuestionReference] = []
  /// Attempted, the oldest last attempt first, ties by id.
  var due: [PracticeStats.DueQuestion] = []

  init(played: [PlayedSession], content: ContentLibrary, now: Date, days: PracticeCalendar) {
    // One look-up per session: the last attempt and the count of each question together.
    var attempted: [String: Attempts] = [:]
    for session in played where session.isStarted {
      attempted[session.digest.question.id, default: Attempts(last: session.date)].add(at: session.date)
    }
    for (question, deck) in content.allQuestions {
      if let attempts = attempted[question.id] {
        due.append(
          PracticeStats.DueQuestion(
            id: question.id, title: question.title, deckID: deck.id, attempts: attempts.count,
            lastAttemptedAt: attempts.last, daysSince: days.days(from: attempts.last, to: now)))
      } else {
        untouched.append(PracticeStats.QuestionReference(id: question.id, title: question.title, deckID: deck.id))
      }
    }
    untouched.sort { $0.id < $1.id }
    due.sort { $0.lastAttemptedAt != $1.lastAttemptedAt ? $0.lastAttemptedAt < $1.lastAttemptedAt : $0.id < $1.id }
  }

  /// The attempts of one question so far: the latest and how many.
  private struct Attempts {
    var last: Date
    var count = 0

    mutating func add(at date: Date) {
      last = max(last, date)
      count += 1
    }
  }
}
