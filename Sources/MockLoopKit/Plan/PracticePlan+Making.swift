import Foundation

extension PracticePlan {
  /// The plan as of `now`: the cards from `sessions`, scheduled by `fsrs`, with new cards from
  /// `content`, for the level, interview date and minutes of `settings`. Days are those of
  /// `calendar`. The same inputs always give the same plan.
  public init(
    sessions: [Session], content: ContentLibrary, settings: PlanSettings, now: Date, calendar: Calendar,
    fsrs: FSRS = FSRS()
  ) {
    self.init(
      digests: sessions.map(SessionDigest.init), content: content, settings: settings, now: now, calendar: calendar,
      fsrs: fsrs)
  }

  /// The plan as of `now` from the sessions' digests (what the store keeps per session), by the
  /// same rules.
  public init(
    digests sessions: [SessionDigest], content: ContentLibrary, settings: PlanSettings, now: Date,
    calendar: Calendar, fsrs: FSRS = FSRS()
  ) {
    let today = CalendarDay(now, in: calendar)
    let cards = PracticeCard.cards(from: sessions, content: content, fsrs: fsrs)
    let level = settings.level ?? Self.latestLevel(of: cards) ?? .l6
    let minutes = settings.minutesPerDay ?? PlanSettings.defaultMinutesPerDay
    let standings =
      content.mainRubric.map { DimensionStanding.all(rubric: $0, level: level, sessions: sessions, content: content) }
      ?? []
    var warnings: [String] = []
    var interview = settings.interview
    if let date = interview, date < today {
      warnings.append("The interview date \(date) has passed; set the next one with --interview YYYY-MM-DD.")
      interview = nil
    } else if let date = interview, date == today {
      warnings.append("The interview is today, so nothing more is planned before it. Good luck.")
    }
    let board = PlanBoard(
      today: today, level: level, content: content, cards: cards, sessions: sessions, standings: standings,
      interview: interview, now: now, calendar: calendar)
    let run = board.place(minutesPerDay: minutes)
    warnings += board.warnings(for: run, minutesPerDay: minutes)

    self.init(
      today: today, level: level, interview: interview, minutesPerDay: minutes,
      cards: cards.map { CardState($0, calendar: calendar) }.sorted { ($0.due, $0.key) < ($1.due, $1.key) },
      days: (0..<Self.shownDays).map { offset in
        PlanDay(date: today.adding(days: offset), items: run.days.indices.contains(offset) ? run.days[offset] : [])
      },
      coverage: standings.enumerated().map { order, standing in
        DimensionCoverage(standing: standing, order: order, planned: run.exercised[standing.id, default: 0])
      },
      warnings: warnings, newCardsAllowedPerWeek: run.newCardsPerWeek, minutesDoneToday: board.minutesDoneToday)
  }

  /// The level of the card graded last.
  static func latestLevel(of cards: [PracticeCard]) -> Level? {
    cards.max { ($0.memory.reviewedAt, $0.key) < ($1.memory.reviewedAt, $1.key) }?.key.level
  }
}

extension CardState {
  init(_ card: PracticeCard, calendar: Calendar) {
    self.init(
      key: card.key, stability: card.memory.stability, difficulty: card.memory.difficulty,
      due: CalendarDay(card.memory.dueDay(in: calendar), in: calendar), lastRating: card.lastRating,
      reviews: card.reviews.count, lastReviewed: CalendarDay(card.memory.reviewedAt, in: calendar))
  }
}
