import Foundation
import MockLoopKit

@testable import MockLoopTUI

/// Fixed content and times for screen tests, so a golden file changes only when a screen does.
enum ScreenFixtures {
  static let start = Date(timeIntervalSince1970: 1_800_000_000)

  static let l6 = InterviewFormat(
    id: "amazon-l6", title: "Amazon L6 system design (60 min)", level: .l6,
    phases: [
      Phase(
        id: "requirements", title: "Clarify the problem", minutes: 10, goal: "Settle scope and scale.",
        checklist: ["Asked who the users are", "Put numbers on reads and writes", "Agreed what is out of scope"],
        roles: [.requirements]),
      Phase(
        id: "high-level", title: "High-level design", minutes: 20, goal: "Draw the system end to end.",
        checklist: ["Drew the request path", "Chose the data store and said why", "Defined the core API"],
        roles: [.highLevel]),
      Phase(
        id: "deep-dive", title: "Deep dive and scaling", minutes: 20, goal: "Go deep where it matters.",
        checklist: ["Sharding key and rebalancing", "Cache and its invalidation"], roles: [.deepDive, .scale]),
      Phase(
        id: "operations", title: "Operations and wrap-up", minutes: 10, goal: "Run it for real.",
        checklist: ["Metrics and alarms", "Summarised the trade-offs"], roles: [.operations, .wrapUp]),
    ])

  static let drill = InterviewFormat(
    id: "drill-15", title: "Single-topic drill (15 min)", level: nil, rubricID: "drill",
    phases: [
      Phase(
        id: "answer", title: "Answer", minutes: 15, goal: "Explain it crisply.", checklist: ["Defined it"],
        roles: [.requirements, .deepDive, .wrapUp])
    ])

  static let question = Question(
    id: "url-shortener", title: "Design a URL shortener", levels: [.l6, .l7],
    prompt:
      "Build a service that turns long links into short ones and redirects visitors quickly, for a large consumer audience.",
    functionalRequirements: [
      "Create a short link for a long URL", "Redirect a short link to its target", "Optional custom alias",
    ],
    nonFunctionalRequirements: ["Redirects under 50 ms at p99", "99.99% available for reads"],
    scale: ["100M new links a month", "100:1 reads to writes"],
    followUps: [
      FollowUp(
        role: .highLevel, at: 0.1, text: "How do you generate short codes without collisions?",
        answer: ["Leased id ranges per server", "Base62 of seven characters", "Conditional insert for aliases"]),
      FollowUp(
        role: .scale, at: 0.25, text: "One link goes viral at a million requests a second. What breaks?",
        answer: ["The cache shard holding the key", "A local cache of a few seconds", "The CDN caches the redirect"]),
      FollowUp(
        text: "How would you support link expiry?",
        answer: ["An expiry column checked on read", "Cache TTL never past the expiry", "A sweeper frees codes later"]),
    ],
    pitfalls: [
      "Sizing storage before agreeing how long links live", "A single counter for ids with no plan for its failure",
    ],
    reference: "Secret model answer that must never be drawn during the mock.")

  static let deck = Deck(id: "amazon-l6-l7", title: "Product design", questions: [question], file: "deck.yaml")

  static let rubric = Rubric(
    id: "amazon-l6-l7", title: "Amazon L6/L7 system design",
    scale: RubricScale(
      minimum: 1, maximum: 4, labels: ["Strong no hire", "No hire", "Hire", "Strong hire"],
      meanings: ["Well below the level.", "Not shown consistently.", "Meets this level.", "Clearly above the level."]),
    dimensions: [
      RubricDimension(
        id: "requirements", title: "Requirements and scoping",
        expectations: [
          .l6: "Asks focused questions and sizes the problem.", .l7: "Frames a platform with several users.",
        ],
        anchors: [
          .l6: ["No questions asked.", "Scale left open.", "Needs and numbers settled.", "Finds the hidden need."],
          .l7: [
            "One team only.", "Tenants only when asked.", "Adds to L6: tenants and regions.", "Adds: explicit bets.",
          ],
        ]),
      RubricDimension(
        id: "trade-offs", title: "Trade-off depth",
        expectations: [
          .l6: "Names the main trade-offs.", .l7: "Decides under ambiguity and says what would change it.",
        ],
        anchors: [
          .l6: [
            "One option only.", "Trade-offs in general terms.", "Main trade-offs, each choice explained.",
            "Numbers on each.",
          ],
          .l7: ["Surface only.", "One region only.", "Adds to L6: across regions.", "Adds: removes the trade-off."],
        ]),
      RubricDimension(
        id: "communication", title: "Communication",
        expectations: [.l6: "Clear and paced.", .l7: "Leads the room."]),
      RubricDimension(
        id: "platform-impact", title: "Platform and organisational impact", levels: [.l7],
        expectations: [.l6: "A plus when present.", .l7: "Shapes teams and the platform for years."]),
    ],
    bars: [
      .l6: BarRule(minimumEach: 2, coreAverage: 3.0),
      .l7: BarRule(minimumEach: 2, coreAverage: 3.0, required: ["trade-offs": 3, "platform-impact": 3]),
    ],
    selfAssessment: [
      SelfAssessmentGroup(
        id: "technical", title: "Technical accuracy", items: ["My estimates were sensible", "I named failure modes"])
    ])

  /// A two-dimension drill rubric, named by `drill`.
  static let drillRubric = Rubric(
    id: "drill", title: "Short drill", scale: rubric.scale,
    dimensions: [
      RubricDimension(id: "concept-accuracy", title: "Concept accuracy", expectations: [.l6: "Right.", .l7: "Right."]),
      RubricDimension(id: "clarity", title: "Clarity", expectations: [.l6: "Clear.", .l7: "Clear."]),
    ],
    bars: [.l6: BarRule(minimumEach: 2, coreAverage: 3.0), .l7: BarRule(minimumEach: 2, coreAverage: 3.0)])

  static let content = ContentLibrary(formats: [l6, drill], decks: [deck], rubrics: [rubric, drillRubric])

  /// A finished, graded session of the fixture question, `daysAgo` days before `start`.
  static func finishedSession(daysAgo: Double, scores: [String: Int], id: String) -> Session {
    let begin = start - daysAgo * 86_400
    var session = Session(
      id: id, format: l6, question: QuestionSnapshot(id: question.id, title: question.title, deckID: deck.id),
      level: .l6, createdAt: begin)
    session.start(at: begin)
    session.toggleMark(phase: 0, item: 0, at: begin + 60)
    session.advancePhase(at: begin + 11 * 60)
    session.reveal(question.followUps[0], onDemand: false, at: begin + 12 * 60)
    session.advancePhase(at: begin + 33 * 60)
    session.advancePhase(at: begin + 52 * 60)
    session.finish(at: begin + 61 * 60)
    session.notes = "Base62, 7 characters: 62^7 ≈ 3.5e12 codes.\nCache the hot 20% of links."
    if !scores.isEmpty {
      session.assessment = Assessment(
        rubricID: rubric.id, scores: scores, selfChecks: ["technical/0"], wentWell: "Clear estimates.",
        toImprove: "Spend less time on the API.", gradedAt: begin + 62 * 60)
    }
    return session
  }

  /// A session of the fixture question started at `start`.
  static func session() -> Session {
    var session = Session(
      id: "0123abcd-0000-0000-0000-000000000000", format: l6,
      question: QuestionSnapshot(id: question.id, title: question.title, deckID: deck.id), level: .l6,
      createdAt: start)
    session.start(at: start)
    return session
  }

  static func state(width: Int, height: Int, screen: AppState.Screen, now: Date = start) -> AppState {
    AppState(screen: screen, width: width, height: height, content: content, bellEnabled: true, now: now)
  }
}
