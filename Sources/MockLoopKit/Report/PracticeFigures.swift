import Foundation

/// The figures of `PracticeStats` the whole-preparation report reads (counts, streak, questions
/// practised and waiting, what to practise next), computed with the same parts and rules from
/// sessions the report has already played once, and without the figures it does not show.
struct PracticeFigures {
  var totalSessions: Int
  var finishedSessions: Int
  var gradedSessions: Int
  var currentStreakDays: Int
  var dueQuestions: [PracticeStats.DueQuestion]
  var untouchedQuestions: [PracticeStats.QuestionReference]
  var suggestion: PracticeSuggestion?

  /// `played` is oldest first, as `PracticeStats` sorts it.
  init(played: [PlayedSession], content: ContentLibrary, rubric: Rubric?, now: Date, calendar: Calendar) {
    let days = PracticeCalendar(calendar: calendar)
    let finished = played.filter(\.isFinished)
    totalSessions = played.count
    finishedSessions = finished.count
    gradedSessions = finished.filter { $0.digest.grade != nil }.count
    currentStreakDays = PracticeStats.streak(of: finished, now: now, days: days)
    let attempts = QuestionAttempts(played: played, content: content, now: now, days: days)
    dueQuestions = attempts.due
    untouchedQuestions = attempts.untouched
    suggestion = PracticeSuggestion.next(played: played, rubric: rubric, attempts: attempts, content: content)
  }
}
