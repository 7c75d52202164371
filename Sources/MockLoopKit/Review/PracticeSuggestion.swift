import Foundation

/// What to practise next, why in terms of the candidate's own scores, and the mock that starts it.
///
/// The level is that of the newest graded mock (a session of a format with a level; drills have
/// none and are graded with their own rubric), and only the dimensions its rubric scores at that
/// level count (`DimensionStanding`, the last graded mocks at the level): the one furthest below
/// the score the bar asks of it (the lowest average on a tie, then the rubric's order). The
/// question is one written for that level that fits one of its formats: among those whose deck
/// says they exercise the dimension, if any, the one never practised (by id), else the one left
/// alone longest. With no mock graded it is simply the question left alone longest.
public struct PracticeSuggestion: Sendable, Codable, Equatable {
  public var questionID: String
  public var title: String
  /// The dimension it was picked for; nil when nothing is graded yet.
  public var dimensionID: String?
  /// One or two sentences a person reads: why this dimension, and why this question.
  public var reason: String
  /// The format to run it in (one it fits), and the level of that mock; nil when no loaded
  /// format fits it.
  public var formatID: String?
  public var level: Level?

  public init(
    questionID: String, title: String, dimensionID: String?, reason: String, formatID: String? = nil,
    level: Level? = nil
  ) {
    self.questionID = questionID
    self.title = title
    self.dimensionID = dimensionID
    self.reason = reason
    self.formatID = formatID
    self.level = level
  }

  /// `played` is oldest first; `rubric` is the one the figures are judged with, used when the
  /// content has none for the newest graded session.
  static func next(
    played: [PlayedSession], rubric: Rubric?, attempts: QuestionAttempts, content: ContentLibrary
  ) -> PracticeSuggestion? {
    let graded = played.filter { $0.isFinished && $0.digest.grade.map { !$0.scores.isEmpty } == true }
    let mocks = graded.filter { $0.digest.format.level != nil }
    guard let newest = mocks.last, let level = newest.digest.level ?? newest.digest.format.level,
      let levelRubric = content.rubric(for: newest.digest) ?? rubric
    else {
      let why =
        rubric == nil
        ? "There is no rubric to grade against" : graded.isEmpty ? "Nothing is graded yet" : "No mock is graded yet"
      return firstToTry(attempts: attempts, content: content, why: why)
    }
    let standings = DimensionStanding.all(
      rubric: levelRubric, level: level, sessions: mocks.map(\.digest), content: content)
    let weakest = standings.enumerated().compactMap { index, standing in
      standing.recentAverage.map { (standing: standing, average: $0, index: index) }
    }.min { lhs, rhs in
      (lhs.average - lhs.standing.needs, lhs.average, lhs.index) < (
        rhs.average - rhs.standing.needs, rhs.average, rhs.index
      )
    }
    guard let weakest else { return firstToTry(attempts: attempts, content: content, why: "No mock is graded yet") }
    let preferred = content.format(id: newest.digest.format.id)
    let pool = Candidate.pool(attempts: attempts, content: content, level: level, preferred: preferred)
    let exercising = pool.filter { $0.question.dimensions.contains(weakest.standing.id) }
    guard let pick = exercising.first ?? pool.first else { return nil }
    let standing = weakest.standing
    let window =
      standing.scores == 1
      ? "your one graded \(level.rawValue) mock" : "your last \(standing.scores) graded \(level.rawValue) mocks"
    let against = weakest.average + 1e-9 < standing.needs ? " against a bar of" : ", at or above its bar of"
    var reason =
      "Your lowest \(level.rawValue) dimension against its bar over \(window) is \(standing.title) at "
      + "\(Rubric.format(weakest.average))\(against) \(Rubric.format(standing.needs)). "
    let exercises = exercising.isEmpty ? "" : " exercises it and"
    reason += "'\(pick.question.title)'\(exercises) \(pick.status)"
    if let score = lastScore(of: standing.id, question: pick.question.id, in: graded) {
      reason += "; you scored \(standing.title) \(score) on it last time"
    }
    reason += "."
    return PracticeSuggestion(
      questionID: pick.question.id, title: pick.question.title, dimensionID: standing.id, reason: reason,
      formatID: pick.format.id, level: pick.format.level ?? level)
  }

  /// With nothing graded (or no rubric): the question left alone longest, in the first format it fits.
  private static func firstToTry(attempts: QuestionAttempts, content: ContentLibrary, why: String)
    -> PracticeSuggestion?
  {
    guard let pick = Candidate.pool(attempts: attempts, content: content, level: nil, preferred: nil).first else {
      return nil
    }
    return PracticeSuggestion(
      questionID: pick.question.id, title: pick.question.title, dimensionID: nil,
      reason: "\(why), so here is the question left alone longest: '\(pick.question.title)' \(pick.status).",
      formatID: pick.format.id, level: pick.format.level ?? pick.question.levels.first)
  }

  /// The score of `dimensionID` in the newest graded session of `questionID` that scored it.
  private static func lastScore(of dimensionID: String, question questionID: String, in graded: [PlayedSession])
    -> Int?
  {
    graded.last { $0.digest.question.id == questionID && $0.digest.grade?.scores[dimensionID] != nil }?
      .digest.grade?.scores[dimensionID]
  }

  static func count(_ value: Int, _ noun: String) -> String { value == 1 ? "1 \(noun)" : "\(value) \(noun)s" }

  /// A question that could be suggested, the format to run it in, and how its wait is said.
  private struct Candidate {
    var question: Question
    var format: InterviewFormat
    var status: String

    /// The questions never practised by id, then the practised ones left alone longest first;
    /// only those written for `level` that fit a format of that level (with no level: any that
    /// fit any format), the `preferred` format first when they fit it.
    static func pool(attempts: QuestionAttempts, content: ContentLibrary, level: Level?, preferred: InterviewFormat?)
      -> [Candidate]
    {
      let questions = Dictionary(content.allQuestions.map { ($0.question.id, $0.question) }) { first, _ in first }
      func candidate(_ id: String, status: String) -> Candidate? {
        guard let question = questions[id], level.map(question.levels.contains) ?? true else { return nil }
        let formats = [preferred].compactMap { $0 } + content.formats
        guard
          let format = formats.first(where: { format in
            question.fits(format) && (level == nil || format.level == level)
          })
        else { return nil }
        return Candidate(question: question, format: format, status: status)
      }
      return attempts.untouched.compactMap { candidate($0.id, status: "was never practised") }
        + attempts.due.compactMap { candidate($0.id, status: "was last practised \($0.waited)") }
    }
  }
}

extension PracticeStats.DueQuestion {
  /// "today", "yesterday", "12 days ago": how long it has waited, never "0 days ago".
  public var waited: String {
    switch daysSince {
    case ...0: "today"
    case 1: "yesterday"
    default: "\(daysSince) days ago"
    }
  }
}
