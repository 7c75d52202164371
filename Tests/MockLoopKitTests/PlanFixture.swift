import Foundation

@testable import MockLoopKit

/// Content and sessions for practice-plan tests, small enough to work every figure out by hand.
///
/// Formats: `mock-60` (L6, one 60-minute phase) and `drill-15` (any level, 15 minutes, only for
/// questions that name it). Rubric `plan-rubric`: requirements, scale, security and
/// communication, all core; the L6 bar asks a core average of 3.0 and nothing below 2.
///
/// Questions (L6), in content order, with the dimensions they exercise:
///
///     q-cache   requirements, scale      q-maps    communication
///     q-chat    communication, scale     q-search  scale
///     q-feed    scale, requirements      q-vault   security, requirements
///     q-news    requirements, scale      q-auth    security (a drill-15 drill)
///
/// Today is Tuesday 2026-03-10, 09:00 UTC; days are UTC days.
enum PlanFixture {
  static let mock = InterviewFormat(
    id: "mock-60", title: "Mock (60 min)", level: .l6,
    phases: [Phase(id: "all", title: "All of it", minutes: 60, goal: "Design", checklist: ["Did it"])])
  static let drill = InterviewFormat(
    id: "drill-15", title: "Drill (15 min)", level: nil,
    phases: [Phase(id: "all", title: "Drill", minutes: 15, goal: "Explain", checklist: ["Explained"])])

  static let rubric = Rubric(
    id: "plan-rubric", title: "Plan rubric",
    scale: RubricScale(minimum: 1, maximum: 4, labels: ["1", "2", "3", "4"]),
    dimensions: [
      RubricDimension(id: "requirements", title: "Requirements", expectations: [:]),
      RubricDimension(id: "scale", title: "Scale", expectations: [:]),
      RubricDimension(id: "security", title: "Security", expectations: [:]),
      RubricDimension(id: "communication", title: "Communication", expectations: [:]),
    ],
    bars: [.l6: BarRule(minimumEach: 2, coreAverage: 3.0)])

  static func question(_ id: String, _ dimensions: [String], formats: [String] = []) -> Question {
    Question(
      id: id, title: "Question \(id)", levels: [.l6], formats: formats, prompt: "Design it.", dimensions: dimensions)
  }

  static let questions = [
    question("q-cache", ["requirements", "scale"]), question("q-chat", ["communication", "scale"]),
    question("q-feed", ["scale", "requirements"]), question("q-news", ["requirements", "scale"]),
    question("q-maps", ["communication"]), question("q-search", ["scale"]),
    question("q-vault", ["security", "requirements"]), question("q-auth", ["security"], formats: ["drill-15"]),
  ]

  static func content(without removed: Set<String> = []) -> ContentLibrary {
    ContentLibrary(
      formats: [mock, drill],
      decks: [
        Deck(id: "plan", title: "Plan", questions: questions.filter { !removed.contains($0.id) }, file: "plan.yaml")
      ],
      rubrics: [rubric])
  }

  static let now = date("2026-03-10T09:00:00Z")

  static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  /// Scores that meet the bar with a core average of 3.0 (a Good review).
  static let good = ["requirements": 3, "scale": 3, "security": 3, "communication": 3]

  /// A finished session of `question` in `format`, graded with `scores` at `graded` (UTC,
  /// ISO 8601), started an hour before; ungraded when `scores` is nil.
  static func session(
    _ id: String, _ question: String, graded: String, scores: [String: Int]? = good, format: InterviewFormat = mock
  ) -> Session {
    let end = date(graded)
    var session = Session(
      id: id, format: format, question: QuestionSnapshot(id: question, title: "Question \(question)", deckID: "plan"),
      level: .l6, createdAt: end - 3600)
    session.start(at: end - 3600)
    session.finish(at: end - 60)
    if let scores { session.assessment = Assessment(rubricID: rubric.id, scores: scores, gradedAt: end) }
    return session
  }

  static func plan(
    _ sessions: [Session], minutes: Int = 60, interview: String? = nil, content: ContentLibrary = content(),
    now: Date = now
  ) -> PracticePlan {
    PracticePlan(
      sessions: sessions, content: content,
      settings: PlanSettings(level: .l6, interview: interview.flatMap(CalendarDay.init), minutesPerDay: minutes),
      now: now, calendar: utc)
  }

  static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }
}
