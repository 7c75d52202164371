import Foundation

/// How practice is going across every session: how often, how well per rubric dimension, where
/// time runs over, what gets skipped, which questions wait, and what to practise next.
///
/// Invariants: everything is computed from the sessions, the content, the rubric, `now` and the
/// calendar alone, so the same inputs always give the same value; whenever an order could tie it
/// is broken by id. Only finished sessions count, except `totalSessions` and what counts as an
/// attempt of a question (any started session). Scores count only from finished sessions graded
/// with `rubric`.
public struct PracticeStats: Sendable, Codable, Equatable {
  /// The moment the figures are as of.
  public var asOf: Date
  /// The rubric the dimensions come from; nil when there is none.
  public var rubricID: String?
  /// Every session given, started or not.
  public var totalSessions: Int
  public var finishedSessions: Int
  /// Finished sessions with an assessment against any rubric.
  public var gradedSessions: Int
  /// Finished sessions in each of the last `WeekCount.weeksShown` weeks, oldest first, the
  /// current week last; weeks without a session are listed with a count of 0.
  public var sessionsPerWeek: [WeekCount]
  /// Consecutive days, ending today (or yesterday when nothing was finished yet today), with
  /// at least one finished session.
  public var currentStreakDays: Int
  /// One per rubric dimension, in the rubric's order.
  public var dimensions: [DimensionProgress]
  /// One per format id, by format id.
  public var pacing: [FormatPacing]
  /// The checklist items most often left unticked, most missed first, at most 10.
  public var missedChecklistItems: [MissedItem]
  /// Content questions never attempted, by id.
  public var untouchedQuestions: [QuestionReference]
  /// Content questions attempted, the one left alone longest first.
  public var dueQuestions: [DueQuestion]
  /// What to practise next; nil when the content has no questions.
  public var suggestion: PracticeSuggestion?
  /// Estimation drill sets, when the caller read them (`stats` does).
  public var estimates: EstimateStats?
  /// Self-grades against interviewers' grades, when the caller read them (`stats` does) and
  /// some session was graded by both.
  public var calibration: Calibration?

  /// The default calendar: Gregorian in UTC, so the figures do not move with the machine's zone.
  public static let gregorianUTC: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    calendar.locale = Locale(identifier: "en_US_POSIX")
    return calendar
  }()

  public init(
    sessions: [Session], content: ContentLibrary, rubric: Rubric?, now: Date, calendar: Calendar = gregorianUTC
  ) {
    self.init(
      digests: sessions.map(SessionDigest.init), content: content, rubric: rubric, now: now, calendar: calendar)
  }

  /// The figures from the sessions' digests (what the store keeps per session), by the same rules.
  public init(
    digests: [SessionDigest], content: ContentLibrary, rubric: Rubric?, now: Date, calendar: Calendar = gregorianUTC
  ) {
    let days = PracticeCalendar(calendar: calendar)
    let played = PlayedSession.all(digests).sorted(by: PlayedSession.chronologically)
    let finished = played.filter(\.isFinished)
    asOf = now
    rubricID = rubric?.id
    totalSessions = digests.count
    finishedSessions = finished.count
    gradedSessions = finished.filter { $0.digest.grade != nil }.count
    sessionsPerWeek = WeekCount.lastWeeks(of: finished, now: now, days: days)
    currentStreakDays = Self.streak(of: finished, now: now, days: days)
    let graded = rubric.map { rubric in finished.filter { $0.digest.grade?.rubricID == rubric.id } } ?? []
    dimensions = rubric.map { DimensionProgress.all(of: $0, graded: graded) } ?? []
    pacing = FormatPacing.all(of: finished)
    missedChecklistItems = MissedItem.top(of: finished)
    let attempts = QuestionAttempts(played: played, content: content, now: now, days: days)
    untouchedQuestions = attempts.untouched
    dueQuestions = attempts.due
    suggestion = PracticeSuggestion.next(played: played, rubric: rubric, attempts: attempts, content: content)
  }

  /// Days in a row with a finished session, counted back from today, or from yesterday when
  /// today has none yet (the streak is still alive until the day ends).
  static func streak(of finished: [PlayedSession], now: Date, days: PracticeCalendar) -> Int {
    let today = days.day(of: now)
    let tomorrow = days.adding(days: 1, to: today)
    let yesterday = days.adding(days: -1, to: today)
    var needed: Date?  // the day the run needs next, once it has begun
    var count = 0
    // Newest first (the list is oldest first), stopping at the first day missing from the run.
    for session in finished.reversed() where session.date < tomorrow {
      let day = days.day(of: session.date)
      if let next = needed {
        if day < next { break }
        guard day == next else { continue }  // another session of a day already counted
      } else if day != today && day != yesterday {
        break
      }
      count += 1
      needed = days.adding(days: -1, to: day)
    }
    return count
  }
}
