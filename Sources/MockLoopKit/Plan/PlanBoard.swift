import Foundation

/// The day-by-day placement behind a `PracticePlan`: which card goes on which day, in which
/// format, within the minutes of each day.
///
/// Each day takes, in order, the cards due by then (the longest overdue first) and then new
/// cards, as long as the day's minutes last. New cards come at most `newCardsPerWeek` in any
/// seven days and spaced out over the week; among them the plan prefers the question that
/// exercises the weakest dimension still short of two exercises. A card is placed once.
struct PlanBoard {
  /// A reviewed card of the plan's level whose question is loaded.
  struct Review {
    var card: PracticeCard
    var state: CardState
    var question: Question
    /// Days from today to its due day (negative: overdue).
    var dueOffset: Int
  }

  /// A question never reviewed at the plan's level.
  struct Candidate {
    var question: Question
    /// Its place in the content, which breaks ties.
    var order: Int
    /// Whether a session of it at the level exists (started but never graded).
    var wasTried: Bool
  }

  /// One placement of the whole horizon.
  struct Run {
    var days: [[PlanItem]]
    /// Planned mocks per dimension id.
    var exercised: [String: Int]
    /// Cards due within the horizon that found no day.
    var missedDue: [Review]
    var newCardsPerWeek: Int
  }

  let today: CalendarDay
  let level: Level
  let content: ContentLibrary
  let reviews: [Review]
  let candidates: [Candidate]
  /// Weak dimensions, weakest first.
  let weak: [DimensionStanding]
  let weakRank: [String: Int]
  /// Days from today to the interview; nil without one.
  let interviewOffset: Int?
  /// Days placed: up to the interview, else the days shown.
  let horizon: Int
  /// Days from today of the first reviews of this level's cards (all today or before).
  let pastIntroductions: [Int]
  let minutesDoneToday: Int
  let newCardsPerWeek: Int

  init(
    today: CalendarDay, level: Level, content: ContentLibrary, cards: [PracticeCard], sessions: [SessionDigest],
    standings: [DimensionStanding], interview: CalendarDay?, now: Date, calendar: Calendar
  ) {
    self.today = today
    self.level = level
    self.content = content
    let atLevel = cards.filter { $0.key.level == level }
    reviews = atLevel.compactMap { card in
      guard let question = content.question(id: card.key.questionID)?.question else { return nil }
      let state = CardState(card, calendar: calendar)
      return Review(card: card, state: state, question: question, dueOffset: today.days(to: state.due))
    }.sorted { lhs, rhs in
      (lhs.dueOffset, lhs.card.memory.stability, lhs.card.key) < (
        rhs.dueOffset, rhs.card.memory.stability, rhs.card.key
      )
    }
    let reviewed = Set(atLevel.map(\.key.questionID))
    let tried = Set(sessions.filter { ($0.level ?? $0.format.level) == level }.map(\.question.id))
    var seen = Set<String>()
    candidates = content.allQuestions.enumerated().compactMap { order, entry in
      let question = entry.question
      guard question.levels.contains(level), !reviewed.contains(question.id), seen.insert(question.id).inserted,
        !Self.formats(for: question, level: level, content: content).isEmpty
      else { return nil }
      return Candidate(question: question, order: order, wasTried: tried.contains(question.id))
    }
    weak = DimensionStanding.weakest(standings)
    weakRank = Dictionary(weak.enumerated().map { ($0.element.id, $0.offset) }) { first, _ in first }
    interviewOffset = interview.map { max(today.days(to: $0), 0) }
    horizon = interviewOffset.map { min($0, 366) } ?? PracticePlan.shownDays
    pastIntroductions = atLevel.map { today.days(to: CalendarDay($0.firstReviewedAt, in: calendar)) }
      .filter { $0 <= 0 }
    minutesDoneToday = sessions.filter { $0.isFinished && CalendarDay($0.createdAt, in: calendar) == today }
      .reduce(0) { $0 + $1.format.totalMinutes }
    newCardsPerWeek = PracticePlan.newCardsPerWeek
  }

  // MARK: Formats

  /// The formats `question` runs in at `level`: formats of that level first, then formats of
  /// any level, each in the content's order.
  static func formats(for question: Question, level: Level, content: ContentLibrary) -> [InterviewFormat] {
    let fitting = content.formats(for: question)
    return fitting.filter { $0.level == level } + fitting.filter { $0.level == nil }
  }

  /// The format to run `question` in within `minutes`: `preferred` when it fits, else the
  /// first that fits; nil when none does.
  func format(for question: Question, preferred: String?, within minutes: Int) -> InterviewFormat? {
    let formats = Self.formats(for: question, level: level, content: content)
    if let preferred, let format = formats.first(where: { $0.id == preferred }), format.totalMinutes <= minutes {
      return format
    }
    return formats.first { $0.totalMinutes <= minutes }
  }

  /// The shortest format `question` runs in at the level.
  func shortestFormat(for question: Question) -> InterviewFormat? {
    Self.formats(for: question, level: level, content: content).min { $0.totalMinutes < $1.totalMinutes }
  }

  // MARK: Placing

  /// The new cards allowed in seven days when an interview is set: enough for the weak
  /// dimensions that due cards do not already bring to two exercises, spread over the days
  /// left, and never fewer than the usual ration.
  var newCardsAllowed: Int {
    guard let days = interviewOffset, days > 0 else { return newCardsPerWeek }
    var counts: [String: Int] = [:]
    for review in reviews where review.dueOffset < horizon {
      for id in review.question.dimensions { counts[id, default: 0] += 1 }
    }
    var pool = candidates
    var needed = 0
    while true {
      let short = weak.map(\.id).filter { counts[$0, default: 0] < DimensionCoverage.neededExercises }
      guard !short.isEmpty else { break }
      let gains = pool.map { candidate in candidate.question.dimensions.filter(short.contains).count }
      guard let best = gains.indices.max(by: { (gains[$0], -$0) < (gains[$1], -$1) }), gains[best] > 0 else { break }
      for id in pool[best].question.dimensions { counts[id, default: 0] += 1 }
      pool.remove(at: best)
      needed += 1
    }
    let spread = Int((Double(needed) * 7 / Double(min(days, horizon))).rounded(.up))
    return max(newCardsPerWeek, spread)
  }

  /// Places every card over the horizon with `minutesPerDay` minutes a day.
  func place(minutesPerDay: Int) -> Run {
    let allowed = newCardsAllowed
    let spacing = 7 / allowed
    let newPerDay = spacing >= 1 ? 1 : Int((Double(allowed) / 7).rounded(.up))
    var days: [[PlanItem]] = []
    var placed = Set<CardKey>()
    var exercised: [String: Int] = [:]
    var introductions = pastIntroductions
    var pool = candidates
    for day in 0..<horizon {
      let minutes = minutesPerDay - (day == 0 ? minutesDoneToday : 0)
      var left = minutes
      var items: [PlanItem] = []
      func add(_ item: PlanItem, question: Question) {
        items.append(item)
        left -= item.minutes
        placed.insert(item.card)
        for id in question.dimensions { exercised[id, default: 0] += 1 }
      }
      for review in reviews where review.dueOffset <= day && !placed.contains(review.card.key) {
        // A card keeps its format from day to day: the last one it ran in if a day holds it.
        if let format = format(for: review.question, preferred: review.card.lastFormatID, within: minutesPerDay) {
          guard format.totalMinutes <= left else { continue }
          add(item(for: review, on: day, format: format), question: review.question)
          continue
        }
        // Longer than any day: it takes a day of its own.
        guard items.isEmpty, minutes == minutesPerDay, let format = shortestFormat(for: review.question) else {
          continue
        }
        add(item(for: review, on: day, format: format), question: review.question)
      }
      var newToday = 0
      while newToday < newPerDay, introductions.filter({ $0 > day - 7 && $0 <= day }).count < allowed,
        introductions.filter({ $0 <= day }).max().map({ day - $0 >= spacing }) ?? true,
        let pick = bestCandidate(in: pool, within: left, exercised: exercised)
      {
        let candidate = pool.remove(at: pick.index)
        add(item(for: candidate, format: pick.format, exercised: exercised), question: candidate.question)
        introductions.append(day)
        newToday += 1
      }
      days.append(items)
    }
    let missed = reviews.filter { $0.dueOffset < horizon && !placed.contains($0.card.key) }
    return Run(days: days, exercised: exercised, missedDue: missed, newCardsPerWeek: allowed)
  }

  /// The new card to introduce next, with its format: one that exercises the weakest dimension
  /// still short of two planned exercises (the more such dimensions the better), else one that
  /// exercises a weak dimension at all, else any; among equals the longest mock that fits,
  /// then the first in the content's order.
  func bestCandidate(
    in pool: [Candidate], within minutes: Int, exercised: [String: Int]
  ) -> (index: Int, format: InterviewFormat)? {
    var best: (index: Int, format: InterviewFormat, key: [Int])?
    for (index, candidate) in pool.enumerated() {
      guard let format = format(for: candidate.question, preferred: nil, within: minutes) else { continue }
      let weakOnes = candidate.question.dimensions.compactMap { weakRank[$0] }
      let short = candidate.question.dimensions.filter {
        weakRank[$0] != nil && exercised[$0, default: 0] < DimensionCoverage.neededExercises
      }.compactMap { weakRank[$0] }
      // Ties go to the longer mock (a whole interview rehearses more than a drill), then to
      // the content's order.
      let rest = [-format.totalMinutes, candidate.order]
      let key =
        !short.isEmpty
        ? [0, short.min() ?? 0, -short.count] + rest
        : !weakOnes.isEmpty ? [1, weakOnes.min() ?? 0, -weakOnes.count] + rest : [2, 0, 0] + rest
      if best.map({ key.lexicographicallyPrecedes($0.key) }) ?? true { best = (index, format, key) }
    }
    return best.map { ($0.index, $0.format) }
  }
}
