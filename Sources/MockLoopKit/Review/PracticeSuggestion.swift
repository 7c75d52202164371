import Foundation

/// What to practise next, and why in plain words.
///
/// Picked for the weakest rubric dimension (the lowest average over the last graded sessions,
/// ties by dimension id): among the questions never attempted, or when every question was
/// attempted, among those left alone longest, the one whose title and focus share most words
/// with the dimension's title. With nothing graded it is simply the question left alone longest.
public struct PracticeSuggestion: Sendable, Codable, Equatable {
  public var questionID: String
  public var title: String
  /// The weakest dimension it was picked for; nil when nothing is graded yet.
  public var dimensionID: String?
  /// One or two sentences a person reads: why this dimension, and why this question.
  public var reason: String

  public init(questionID: String, title: String, dimensionID: String?, reason: String) {
    self.questionID = questionID
    self.title = title
    self.dimensionID = dimensionID
    self.reason = reason
  }

  static func next(
    dimensions: [PracticeStats.DimensionProgress], hasRubric: Bool, attempts: QuestionAttempts, content: ContentLibrary
  ) -> PracticeSuggestion? {
    let pool = Candidate.pool(attempts: attempts)
    let weakest = dimensions.filter { $0.recentAverage != nil }.min { lhs, rhs in
      lhs.recentAverage! != rhs.recentAverage! ? lhs.recentAverage! < rhs.recentAverage! : lhs.id < rhs.id
    }
    guard let weakest, let average = weakest.recentAverage else {
      guard let question = pool.first else { return nil }
      let why = hasRubric ? "Nothing is graded yet" : "There is no rubric to grade against"
      return PracticeSuggestion(
        questionID: question.id, title: question.title, dimensionID: nil,
        reason: "\(why), so here is the question left alone longest: \(question.status).")
    }
    let dimensionKeys = Keywords.of(weakest.title)
    let questions = Dictionary(content.allQuestions.map { ($0.question.id, $0.question) }) { first, _ in first }
    var best: (candidate: Candidate, matched: [String])?
    for candidate in pool {
      let text = ([candidate.title] + (questions[candidate.id]?.focus ?? [])).joined(separator: " ")
      let keys = Set(Keywords.of(text).map(\.key))
      let matched = dimensionKeys.filter { keys.contains($0.key) }.map(\.word)
      if best == nil || matched.count > best!.matched.count { best = (candidate, matched) }
    }
    guard let best else { return nil }
    let window =
      weakest.recentCount == weakest.recentSessions
      ? "your last \(weakest.recentCount.counted("graded session"))"
      : "\(weakest.recentCount) of your last \(weakest.recentSessions.counted("graded session"))"
    let covers = best.matched.isEmpty ? "" : " and its title or focus mentions \(best.matched.joined(separator: ", "))"
    return PracticeSuggestion(
      questionID: best.candidate.id, title: best.candidate.title, dimensionID: weakest.id,
      reason: "\(weakest.title) averages \(Rubric.format(average)) over \(window) (lowest); "
        + "\(best.candidate.status)\(covers).")
  }

  /// A question that could be suggested, with how its wait is said.
  private struct Candidate {
    var id: String
    var title: String
    var status: String

    /// The questions never attempted by id, else the attempted ones left alone longest first.
    static func pool(attempts: QuestionAttempts) -> [Candidate] {
      if !attempts.untouched.isEmpty {
        return attempts.untouched.map {
          Candidate(id: $0.id, title: $0.title, status: "'\($0.title)' has not been attempted")
        }
      }
      return attempts.due.map { question in
        let when =
          switch question.daysSince {
          case ...0: "today"
          case 1: "yesterday"
          default: "\(question.daysSince) days ago"
          }
        return Candidate(
          id: question.id, title: question.title, status: "'\(question.title)' was last attempted \(when)")
      }
    }
  }
}
