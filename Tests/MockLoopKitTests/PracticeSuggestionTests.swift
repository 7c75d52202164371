import Foundation
import Testing

@testable import MockLoopKit

@Suite("What to practise next: the session's level, the candidate's scores, a mock to start")
struct PracticeSuggestionTests {
  /// L6 and L7 formats, a rubric with an L7-only dimension, and three L6/L7 questions.
  static let l6 = InterviewFormat(
    id: "l6", title: "L6 (30 min)", level: .l6,
    phases: [Phase(id: "all", title: "All", minutes: 30, goal: "Design", checklist: ["Drew it"])])
  static let l7 = InterviewFormat(
    id: "l7", title: "L7 (30 min)", level: .l7,
    phases: [Phase(id: "all", title: "All", minutes: 30, goal: "Design", checklist: ["Drew it"])])
  static let rubric = Rubric(
    id: "r", title: "R", scale: RubricScale(minimum: 1, maximum: 4, labels: ["1", "2", "3", "4"]),
    dimensions: [
      RubricDimension(id: "architecture", title: "Architecture", expectations: [:]),
      RubricDimension(id: "operations", title: "Operational excellence", expectations: [:]),
      RubricDimension(id: "platform-impact", title: "Platform impact", levels: [.l7], expectations: [:]),
    ],
    bars: [
      .l6: BarRule(minimumEach: 2, coreAverage: 3.0),
      .l7: BarRule(minimumEach: 2, coreAverage: 3.0, required: ["platform-impact": 3]),
    ])
  static let questions = [
    // Its title and focus say "platform" and "impact", which a word match would have taken.
    Question(
      id: "platform-impact-story", title: "Design a platform with impact", levels: [.l6, .l7], prompt: "P.",
      focus: ["Platform impact"], dimensions: ["platform-impact"]),
    Question(
      id: "pager", title: "Design a paging system", levels: [.l6, .l7], prompt: "P.", dimensions: ["operations"]),
    Question(id: "feed", title: "Design a news feed", levels: [.l6, .l7], prompt: "F.", dimensions: ["architecture"]),
    Question(id: "l7-only", title: "Design a cloud", levels: [.l7], prompt: "C.", dimensions: ["operations"]),
  ]
  static let content = ContentLibrary(
    formats: [l6, l7], decks: [Deck(id: "d", title: "D", questions: questions, file: "d.yaml")], rubrics: [rubric])
  static let now = Date(timeIntervalSince1970: 1_800_000_000)

  /// A finished session of `question` at `format`, `daysAgo` days before `now`, graded `scores`.
  static func session(
    _ id: String, question: String, format: InterviewFormat = l6, daysAgo: Double, scores: [String: Int]
  ) -> Session {
    let start = now - daysAgo * 86_400
    let title = questions.first { $0.id == question }?.title ?? question
    var session = Session(
      id: id, format: format, question: QuestionSnapshot(id: question, title: title, deckID: "d"),
      level: format.level, createdAt: start)
    session.start(at: start)
    session.finish(at: start + 1800)
    session.assessment = Assessment(rubricID: rubric.id, scores: scores, gradedAt: start + 1900)
    return session
  }

  static func suggestion(_ sessions: [Session]) throws -> PracticeSuggestion {
    try #require(PracticeStats(sessions: sessions, content: content, rubric: rubric, now: now).suggestion)
  }

  @Test("at L6 it never picks an L7-only dimension, however low its scores, and cites the L6 scores")
  func levelDimensionsOnly() throws {
    // Platform impact was scored 1 both times, but it is not an L6 dimension. Operational
    // excellence averages (2 + 2) / 2 = 2.0 against the core average 3.0; architecture 3.5.
    let sessions = [
      Self.session(
        "a", question: "feed", daysAgo: 3, scores: ["architecture": 4, "operations": 2, "platform-impact": 1]),
      Self.session(
        "b", question: "feed", daysAgo: 1, scores: ["architecture": 3, "operations": 2, "platform-impact": 1]),
    ]
    let suggestion = try Self.suggestion(sessions)
    #expect(suggestion.dimensionID == "operations")
    #expect(suggestion.questionID == "pager")
    #expect(suggestion.formatID == "l6")
    #expect(suggestion.level == .l6)
    #expect(
      suggestion.reason.hasPrefix(
        "Your lowest L6 dimension against its bar over your last 2 graded L6 mocks is Operational excellence at 2.0 "
          + "against a bar of 3.0."))
    #expect(!suggestion.reason.contains("Platform"))
    #expect(!suggestion.reason.contains("mentions"))
  }

  @Test("at L7 the bar's own requirement counts: platform impact 2 against 3 is furthest below")
  func l7Bar() throws {
    let sessions = [
      Self.session(
        "a", question: "feed", format: Self.l7, daysAgo: 2,
        scores: ["architecture": 3, "operations": 3, "platform-impact": 2])
    ]
    let suggestion = try Self.suggestion(sessions)
    #expect(suggestion.dimensionID == "platform-impact")
    #expect(suggestion.questionID == "platform-impact-story")
    #expect(suggestion.formatID == "l7")
    #expect(suggestion.reason.contains("over your one graded L7 mock is Platform impact at 2.0 against a bar of 3.0"))
  }

  @Test("a question practised today says today, with the score it got there, never 0 days ago")
  func today() throws {
    let sessions = [
      Self.session("a", question: "pager", daysAgo: 0.01, scores: ["architecture": 3, "operations": 2]),
      Self.session("b", question: "feed", daysAgo: 0.02, scores: ["architecture": 4, "operations": 3]),
      Self.session(
        "c", question: "platform-impact-story", daysAgo: 0.03, scores: ["architecture": 4, "operations": 3]),
    ]
    let suggestion = try Self.suggestion(sessions)
    // Every L6 question was practised today; only pager exercises operations.
    #expect(suggestion.questionID == "pager")
    #expect(
      suggestion.reason.hasSuffix(
        "'Design a paging system' exercises it and was last practised today; you scored Operational excellence 2 "
          + "on it last time."))
    #expect(!suggestion.reason.contains("0 days"))
  }

  @Test("a drill graded last, with its own rubric, neither sets the level nor the dimensions")
  func drillsDoNotCount() throws {
    let drill = InterviewFormat(
      id: "drill", title: "Drill", level: nil, rubricID: "drill-rubric",
      phases: [Phase(id: "answer", title: "Answer", minutes: 15, goal: "Explain", checklist: ["Defined it"])])
    let drillRubric = Rubric(
      id: "drill-rubric", title: "Drill", scale: Self.rubric.scale,
      dimensions: [RubricDimension(id: "clarity", title: "Clarity", expectations: [:])],
      bars: [.l7: BarRule(minimumEach: 2, coreAverage: 3.0)])
    let content = ContentLibrary(
      formats: [Self.l6, Self.l7, drill], decks: Self.content.decks, rubrics: [Self.rubric, drillRubric])
    var drilled = Self.session("d", question: "feed", format: drill, daysAgo: 0.5, scores: [:])
    drilled.level = .l7
    drilled.assessment = Assessment(rubricID: "drill-rubric", scores: ["clarity": 1], gradedAt: Self.now)
    let sessions = [
      Self.session("a", question: "feed", daysAgo: 2, scores: ["architecture": 3, "operations": 2]), drilled,
    ]
    let stats = PracticeStats(sessions: sessions, content: content, rubric: Self.rubric, now: Self.now)
    let suggestion = try #require(stats.suggestion)
    #expect(suggestion.dimensionID == "operations")
    #expect(suggestion.level == .l6)
    #expect(suggestion.reason.hasPrefix("Your lowest L6 dimension"))
  }

  @Test("an L7-only question is never suggested at L6")
  func levelQuestionsOnly() throws {
    let sessions = [
      Self.session("a", question: "pager", daysAgo: 5, scores: ["architecture": 3, "operations": 1])
    ]
    // pager (the L6 question that exercises operations) was practised; l7-only was not, and
    // exercises operations too, but does not run at L6.
    let suggestion = try Self.suggestion(sessions)
    #expect(suggestion.questionID == "pager")
    #expect(suggestion.reason.contains("was last practised 5 days ago"))
  }
}
