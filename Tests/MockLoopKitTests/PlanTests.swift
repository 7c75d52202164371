import Foundation
import Testing

@testable import MockLoopKit

@Suite("Grades as FSRS ratings")
struct PlanRatingTests {
  /// Scores at L6 on the built-in rubric: the eight core dimensions in order, then leadership.
  static func l6(_ core: [Int], leadership: Int = 3) -> [String: Int] {
    let ids = [
      "requirements", "architecture", "data-api", "scale-performance", "reliability-operations", "trade-off-depth",
      "security-compliance", "communication",
    ]
    return Dictionary(uniqueKeysWithValues: zip(ids, core)).merging(["leadership-principles": leadership]) { $1 }
  }

  /// At L7 platform-impact joins the core (nine).
  static func l7(_ core: [Int], platform: Int) -> [String: Int] {
    l6(core).merging(["platform-impact": platform]) { $1 }
  }

  struct Row: Sendable, CustomTestStringConvertible {
    var name: String
    var level: Level
    var scores: [String: Int]
    var rating: ReviewRating
    var testDescription: String { name }
  }

  static let table: [Row] = [
    Row(name: "all 3 at L6: met, average 3.0", level: .l6, scores: l6([3, 3, 3, 3, 3, 3, 3, 3]), rating: .good),
    Row(name: "all 4 at L6: met, average 4.0", level: .l6, scores: l6([4, 4, 4, 4, 4, 4, 4, 4]), rating: .easy),
    Row(
      name: "six 4s and two 3s at L6: met, average exactly 3.75", level: .l6, scores: l6([4, 4, 4, 4, 4, 4, 3, 3]),
      rating: .easy),
    Row(
      name: "five 4s and three 3s at L6: met, average 3.625", level: .l6, scores: l6([4, 4, 4, 4, 4, 3, 3, 3]),
      rating: .good),
    Row(
      name: "average 3.5 with one 1 at L6: missed on the floor", level: .l6, scores: l6([4, 4, 4, 4, 4, 4, 3, 1]),
      rating: .hard),
    Row(
      name: "average 2.875 at L6: missed, not below 2.5", level: .l6, scores: l6([3, 3, 3, 3, 3, 3, 3, 2]),
      rating: .hard),
    Row(
      name: "average exactly 2.5 at L6: missed, Hard", level: .l6, scores: l6([3, 3, 3, 3, 2, 2, 2, 2]),
      rating: .hard),
    Row(
      name: "average 2.375 at L6: missed, Again", level: .l6, scores: l6([3, 3, 3, 2, 2, 2, 2, 2]),
      rating: .again),
    Row(name: "all 1 at L6: Again", level: .l6, scores: l6([1, 1, 1, 1, 1, 1, 1, 1], leadership: 1), rating: .again),
    Row(
      name: "leadership 1 (not core) at L6 misses the floor: Hard", level: .l6,
      scores: l6([4, 4, 4, 4, 4, 4, 4, 4], leadership: 1), rating: .hard),
    Row(
      name: "strong L7 average with reliability 2: the L7 rule misses", level: .l7,
      scores: l7([4, 4, 4, 4, 2, 4, 4, 4], platform: 4), rating: .hard),
    Row(
      name: "seven 4s and two 3s at L7: met, average 3.78", level: .l7,
      scores: l7([4, 4, 4, 4, 3, 4, 4, 4], platform: 3),
      rating: .easy),
    Row(
      name: "all 3 at L7 with platform 3: met, Good", level: .l7, scores: l7([3, 3, 3, 3, 3, 3, 3, 3], platform: 3),
      rating: .good),
    Row(
      name: "L7 average 2.33 with platform 2: Again", level: .l7, scores: l7([3, 3, 2, 2, 2, 2, 2, 3], platform: 2),
      rating: .again),
  ]

  @Test("a graded session's rating follows the bar and the core average", arguments: table)
  func ratingOfScores(_ row: Row) throws {
    let rubric = try #require(BuiltInContentTests.library.rubric(id: "amazon-l6-l7"))
    let verdict = rubric.verdict(for: row.level, scores: row.scores)
    let average = try #require(rubric.coreAverage(for: row.level, scores: row.scores))
    #expect(ReviewRating(barMet: verdict.isMet, coreAverage: average) == row.rating, "\(verdict.summary)")
  }

  @Test("the rule at its edges: 2.5 is Hard and 3.75 is Easy")
  func edges() {
    #expect(ReviewRating(barMet: false, coreAverage: 2.49) == .again)
    #expect(ReviewRating(barMet: false, coreAverage: 2.5) == .hard)
    #expect(ReviewRating(barMet: false, coreAverage: 3.9) == .hard)
    #expect(ReviewRating(barMet: true, coreAverage: 3.74) == .good)
    #expect(ReviewRating(barMet: true, coreAverage: 15.0 / 4) == .easy)
  }
}

@Suite("Cards from graded sessions")
struct PlanCardTests {
  @Test("an ungraded session reviews nothing, and a graded one reviews its question at its level when graded")
  func gradedOnly() throws {
    let graded = PlanFixture.session("a", "q-cache", graded: "2026-03-01T10:00:00Z")
    let ungraded = PlanFixture.session("b", "q-chat", graded: "2026-03-02T10:00:00Z", scores: nil)
    let cards = PracticeCard.cards(from: [graded, ungraded], content: PlanFixture.content(), fsrs: FSRS())
    #expect(cards.map(\.key) == [CardKey(questionID: "q-cache", level: .l6)])
    let card = try #require(cards.first)
    #expect(card.reviews.map(\.rating) == [.good])
    #expect(card.memory.reviewedAt == PlanFixture.date("2026-03-01T10:00:00Z"))
    #expect(card.memory.stability == FSRS.defaultWeights[2])
  }

  @Test("regrading a session replaces its review: same count, the new rating at the new time")
  func regradeReplaces() throws {
    var session = PlanFixture.session("a", "q-cache", graded: "2026-03-01T10:00:00Z")
    let later = PlanFixture.session("b", "q-cache", graded: "2026-03-05T10:00:00Z")
    let before = PracticeCard.cards(from: [session, later], content: PlanFixture.content(), fsrs: FSRS())
    #expect(before.first?.reviews.map(\.rating) == [.good, .good])
    session.assessment?.scores = ["requirements": 1, "scale": 2, "security": 2, "communication": 2]
    session.assessment?.gradedAt = PlanFixture.date("2026-03-01T11:00:00Z")
    let after = try #require(
      PracticeCard.cards(from: [later, session], content: PlanFixture.content(), fsrs: FSRS()).first)
    #expect(after.reviews.map(\.rating) == [.again, .good])
    #expect(after.reviews.map(\.sessionID) == ["a", "b"])
    let expected = FSRS().state(after: [
      CardReview(at: PlanFixture.date("2026-03-01T11:00:00Z"), rating: .again),
      CardReview(at: PlanFixture.date("2026-03-05T10:00:00Z"), rating: .good),
    ])
    #expect(after.memory == expected)
  }

  @Test("the same question at two levels is two cards")
  func levelsAreCards() {
    var l7 = PlanFixture.session("b", "q-cache", graded: "2026-03-02T10:00:00Z")
    l7.level = .l7
    let cards = PracticeCard.cards(
      from: [PlanFixture.session("a", "q-cache", graded: "2026-03-01T10:00:00Z"), l7],
      content: PlanFixture.content(), fsrs: FSRS())
    #expect(cards.map(\.key.level) == [.l6, .l7])
  }
}

@Suite("The practice plan on a manual clock")
struct PlanTests {
  @Test("overdue cards come first, then cards due today, each saying why")
  func overdueFirst() throws {
    // q-chat graded Good on 03-08 is due 03-10 (today); q-cache graded Good on 02-20 was due 02-22.
    let plan = PlanFixture.plan(
      [
        PlanFixture.session("a", "q-chat", graded: "2026-03-08T10:00:00Z"),
        PlanFixture.session("b", "q-cache", graded: "2026-02-20T10:00:00Z"),
      ], minutes: 120)
    let today = try #require(plan.days.first)
    #expect(today.date == CalendarDay("2026-03-10"))
    #expect(today.items.map(\.card.questionID) == ["q-cache", "q-chat"])
    #expect(today.items.map(\.kind) == [.overdue, .due])
    #expect(today.items[0].why == "overdue by 16 days (due 2026-02-22); last rated good on 2026-02-20")
    #expect(today.items[1].why == "due; last rated good on 2026-03-08")
    #expect(today.items.map(\.formatID) == ["mock-60", "mock-60"])
    #expect(plan.days.count == 15)
    #expect(plan.cards.map(\.due) == [CalendarDay("2026-02-22"), CalendarDay("2026-03-10")])
  }

  @Test("a card that does not fit today moves to the next day, still first")
  func overflowMoves() throws {
    let plan = PlanFixture.plan([
      PlanFixture.session("a", "q-chat", graded: "2026-03-08T10:00:00Z"),
      PlanFixture.session("b", "q-cache", graded: "2026-02-20T10:00:00Z"),
    ])
    #expect(plan.days[0].items.map(\.card.questionID) == ["q-cache"])
    #expect(plan.days[1].items.first?.card.questionID == "q-chat")
    #expect(plan.days[1].items.first?.why == "due 2026-03-10, moved here for time; last rated good on 2026-03-08")
  }

  @Test("new cards are rationed: one a day at most, three in any seven days, spaced two days apart")
  func newCardsRationed() throws {
    let plan = PlanFixture.plan([], minutes: 240)
    let newDays = plan.days.enumerated().filter { !$0.element.items.isEmpty }.map(\.offset)
    #expect(newDays == [0, 2, 4, 7, 9, 11, 14])
    #expect(plan.days.allSatisfy { $0.items.count <= 1 && $0.items.allSatisfy { $0.kind == .new } })
    for start in 0...(plan.days.count - 7) {
      #expect(plan.days[start..<(start + 7)].reduce(0) { $0 + $1.items.count } <= PracticePlan.newCardsPerWeek)
    }
    #expect(plan.days[0].items.first?.why == "never tried")
    #expect(plan.days[0].items.first?.card.questionID == "q-cache")
  }

  @Test("a question introduced yesterday holds back today's new card")
  func introductionsCount() throws {
    let plan = PlanFixture.plan([PlanFixture.session("a", "q-cache", graded: "2026-03-09T10:00:00Z")], minutes: 240)
    #expect(plan.days[0].items.isEmpty)
    // q-cache (Good on 03-09) is due 03-11, and a new card follows it that day.
    #expect(plan.days[1].items.map(\.kind) == [.due, .new])
  }

  @Test("new cards prefer the weakest dimension and say so")
  func weakDimensionsPreferred() throws {
    let weakOnSecurity = ["requirements": 3, "scale": 3, "security": 2, "communication": 4]
    let plan = PlanFixture.plan(
      [
        PlanFixture.session("a", "q-cache", graded: "2026-03-01T10:00:00Z", scores: weakOnSecurity),
        PlanFixture.session("b", "q-chat", graded: "2026-03-02T10:00:00Z", scores: weakOnSecurity),
      ], minutes: 240)
    #expect(plan.weakDimensions.map(\.standing.id) == ["security"])
    let introduced = plan.days.flatMap(\.items).filter { $0.kind == .new }
    #expect(introduced.prefix(2).map(\.card.questionID) == ["q-vault", "q-auth"])
    #expect(introduced.first?.why == "never tried; picked for Security (2.0), your weakest at L6")
    #expect(introduced.first?.formatID == "mock-60")
    #expect(introduced.dropFirst().first?.formatID == "drill-15")
    // Once security has its two exercises, the content's order takes over.
    #expect(introduced.dropFirst(2).first?.card.questionID == "q-feed")
    #expect(plan.coverage.first { $0.standing.id == "security" }?.planned == 2)
  }

  @Test("minutes already practised today come off today's time")
  func doneToday() throws {
    let plan = PlanFixture.plan(
      [PlanFixture.session("a", "q-chat", graded: "2026-03-10T08:30:00Z", scores: nil)], minutes: 60)
    #expect(plan.minutesDoneToday == 60)
    #expect(plan.days[0].items.isEmpty)
    #expect(plan.days.flatMap(\.items).first { $0.card.questionID == "q-chat" }?.why == "tried but never graded")
  }

  @Test("an interview date the minutes cannot reach is warned about, with the minutes that would")
  func interviewWarning() throws {
    // Five cards, each graded Good more than two days ago: all overdue. Three days to 03-13.
    let sessions = ["q-cache", "q-chat", "q-feed", "q-news", "q-maps"].enumerated().map { index, question in
      PlanFixture.session("s\(index)", question, graded: "2026-02-2\(index)T10:00:00Z")
    }
    let tight = PlanFixture.plan(sessions, minutes: 60, interview: "2026-03-13")
    #expect(tight.daysToInterview == 3)
    #expect(
      tight.warnings == [
        "2 due mocks (q-news, q-maps) do not fit before the interview on 2026-03-13.",
        "60 minutes a day cannot cover it before 2026-03-13: 120 minutes a day would.",
      ])
    #expect(tight.days[3...].allSatisfy { $0.items.isEmpty })
    let roomy = PlanFixture.plan(sessions, minutes: 120, interview: "2026-03-13")
    #expect(roomy.warnings.isEmpty)
    #expect(roomy.days.prefix(3).flatMap(\.items).filter { $0.kind != .new }.count == 5)
  }

  @Test("a weak dimension too few questions exercise is warned about without asking for more time")
  func weakDimensionShortOfQuestions() throws {
    let weakOnSecurity = ["requirements": 3, "scale": 3, "security": 2, "communication": 4]
    let plan = PlanFixture.plan(
      [PlanFixture.session("a", "q-cache", graded: "2026-03-09T10:00:00Z", scores: weakOnSecurity)], minutes: 120,
      interview: "2026-03-20", content: PlanFixture.content(without: ["q-auth"]))
    #expect(
      plan.warnings == [
        "Security (weak, 2.0) is exercised once before the interview, not twice; only 1 L6 question can exercise it, so more time would not help."
      ])
  }

  @Test("with an interview date every weak dimension is exercised twice when the minutes allow")
  func interviewCoversWeakDimensions() throws {
    let weak = ["requirements": 3, "scale": 2, "security": 2, "communication": 2]
    let plan = PlanFixture.plan(
      [PlanFixture.session("a", "q-cache", graded: "2026-03-09T10:00:00Z", scores: weak)], minutes: 75,
      interview: "2026-03-17")
    #expect(plan.warnings.isEmpty, "\(plan.warnings)")
    for coverage in plan.weakDimensions { #expect(coverage.planned >= 2, "\(coverage.standing.id)") }
    #expect(plan.newCardsAllowedPerWeek > PracticePlan.newCardsPerWeek)
    #expect(plan.days[7...].allSatisfy { $0.items.isEmpty })
  }

  @Test("a past interview date is dropped with a warning")
  func pastInterview() {
    let plan = PlanFixture.plan([], interview: "2026-03-01")
    #expect(plan.interview == nil)
    #expect(
      plan.warnings == ["The interview date 2026-03-01 has passed; set the next one with --interview YYYY-MM-DD."])
  }
}
