import Foundation

/// What to practise today and on each of the next days, and why: the practice plan.
///
/// Cards (a question at a level) come from the graded sessions and are scheduled by FSRS; new
/// cards are introduced a few a week, preferring questions that exercise the weakest
/// dimensions; with an interview date the plan checks that every weak dimension is exercised
/// twice and every due card reviewed before it, within the minutes a day.
///
/// Invariants: `days` holds `PracticePlan.shownDays` consecutive days from `today`; within a
/// day overdue cards come first, then cards due that day, then new cards; a card appears at
/// most once in the whole plan; no day after the interview has items.
public struct PracticePlan: Sendable, Equatable, Codable {
  /// Today and the 14 days after it.
  public static let shownDays = 15
  /// New cards introduced at most in any seven days (see the README for why three).
  public static let newCardsPerWeek = 3

  public var today: CalendarDay
  public var level: Level
  public var interview: CalendarDay?
  public var minutesPerDay: Int
  /// Every card reviewed at least once, at any level, soonest due first.
  public var cards: [CardState]
  public var days: [PlanDay]
  /// Every dimension the plan's rubric scores at the level, in the rubric's order, with how
  /// often the plan exercises it (before the interview, else in the days shown).
  public var coverage: [DimensionCoverage]
  /// Problems in words: the interview date passed, or the minutes a day do not cover it.
  public var warnings: [String]
  /// The new cards the plan may introduce in any seven days (raised when the interview needs it).
  public var newCardsAllowedPerWeek: Int
  /// Minutes of mocks already finished today, taken off today's time.
  public var minutesDoneToday: Int

  public init(
    today: CalendarDay, level: Level, interview: CalendarDay?, minutesPerDay: Int, cards: [CardState],
    days: [PlanDay], coverage: [DimensionCoverage], warnings: [String], newCardsAllowedPerWeek: Int,
    minutesDoneToday: Int
  ) {
    self.today = today
    self.level = level
    self.interview = interview
    self.minutesPerDay = minutesPerDay
    self.cards = cards
    self.days = days
    self.coverage = coverage
    self.warnings = warnings
    self.newCardsAllowedPerWeek = newCardsAllowedPerWeek
    self.minutesDoneToday = minutesDoneToday
  }

  /// Days from today to the interview; nil without one.
  public var daysToInterview: Int? { interview.map { today.days(to: $0) } }

  /// What today holds.
  public var todayItems: [PlanItem] { days.first?.items ?? [] }

  /// The weak dimensions, weakest first.
  public var weakDimensions: [DimensionCoverage] {
    coverage.filter(\.standing.isWeak).sorted { lhs, rhs in
      (lhs.standing.recentAverage ?? 0, lhs.order) < (rhs.standing.recentAverage ?? 0, rhs.order)
    }
  }
}

/// A reviewed card's FSRS state after its last review.
public struct CardState: Sendable, Equatable, Codable {
  public var key: CardKey
  public var stability: Double
  public var difficulty: Double
  public var due: CalendarDay
  public var lastRating: ReviewRating
  public var reviews: Int
  public var lastReviewed: CalendarDay

  public init(
    key: CardKey, stability: Double, difficulty: Double, due: CalendarDay, lastRating: ReviewRating, reviews: Int,
    lastReviewed: CalendarDay
  ) {
    self.key = key
    self.stability = stability
    self.difficulty = difficulty
    self.due = due
    self.lastRating = lastRating
    self.reviews = reviews
    self.lastReviewed = lastReviewed
  }
}

/// One day of the plan.
public struct PlanDay: Sendable, Equatable, Codable {
  public var date: CalendarDay
  public var items: [PlanItem]

  public init(date: CalendarDay, items: [PlanItem]) {
    self.date = date
    self.items = items
  }

  public var minutes: Int { items.reduce(0) { $0 + $1.minutes } }
}

/// One mock to do on a day: a card in a format, and why it is there.
public struct PlanItem: Sendable, Equatable, Codable {
  public enum Kind: String, Sendable, Codable {
    /// A reviewed card due before this day.
    case overdue
    /// A reviewed card due this day.
    case due
    /// A card never reviewed, introduced this day.
    case new
  }

  public var card: CardKey
  public var title: String
  public var formatID: String
  public var minutes: Int
  public var kind: Kind
  public var why: String
  /// The weak dimensions it exercises, weakest first.
  public var weakDimensions: [String]

  public init(
    card: CardKey, title: String, formatID: String, minutes: Int, kind: Kind, why: String, weakDimensions: [String]
  ) {
    self.card = card
    self.title = title
    self.formatID = formatID
    self.minutes = minutes
    self.kind = kind
    self.why = why
    self.weakDimensions = weakDimensions
  }
}

/// How the plan covers one rubric dimension.
public struct DimensionCoverage: Sendable, Equatable, Codable {
  /// Exercises a weak dimension needs before the interview.
  public static let neededExercises = 2

  public var standing: DimensionStanding
  /// The dimension's place in the rubric.
  public var order: Int
  /// Planned mocks that exercise it: before the interview, else in the days shown.
  public var planned: Int

  public init(standing: DimensionStanding, order: Int, planned: Int) {
    self.standing = standing
    self.order = order
    self.planned = planned
  }

  /// A weak dimension exercised fewer than twice.
  public var isShort: Bool { standing.isWeak && planned < Self.neededExercises }
}
