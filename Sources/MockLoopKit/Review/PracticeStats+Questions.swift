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
    // Only the content's questions are listed: each has a slot, found by one look-up per session.
    let questions = content.allQuestions
    var slots: [String: Int] = [:]
    slots.reserveCapacity(questions.count)
    for (slot, entry) in questions.enumerated() where slots[entry.question.id] == nil {
      slots[entry.question.id] = slot
    }
    var attempted = [Attempts?](repeating: nil, count: questions.count)
    for session in played where session.isStarted {
      guard let slot = slots[session.digest.question.id] else { continue }
      if attempted[slot] == nil { attempted[slot] = Attempts(last: session.date) }
      attempted[slot]?.add(at: session.date)
    }
    for (slot, (question, deck)) in questions.enumerated() {
      if let attempts = attempted[slots[question.id] ?? slot] {
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
