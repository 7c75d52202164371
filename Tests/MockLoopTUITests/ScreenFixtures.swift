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
        checklist: ["Asked who the users are", "Put numbers on reads and writes", "Agreed what is out of scope"]),
      Phase(
        id: "high-level", title: "High-level design", minutes: 20, goal: "Draw the system end to end.",
        checklist: ["Drew the request path", "Chose the data store and said why", "Defined the core API"]),
      Phase(
        id: "deep-dive", title: "Deep dive and scaling", minutes: 20, goal: "Go deep where it matters.",
        checklist: ["Sharding key and rebalancing", "Cache and its invalidation"]),
      Phase(
        id: "operations", title: "Operations and wrap-up", minutes: 10, goal: "Run it for real.",
        checklist: ["Metrics and alarms", "Summarised the trade-offs"]),
    ])

  static let drill = InterviewFormat(
    id: "drill-15", title: "Single-topic drill (15 min)", level: nil,
    phases: [Phase(id: "answer", title: "Answer", minutes: 15, goal: "Explain it crisply.", checklist: ["Defined it"])])

  static let question = Question(
    id: "url-shortener", title: "Design a URL shortener", levels: [.l6, .l7],
    prompt: "Build a service that turns long links into short ones and redirects visitors quickly, for a large consumer audience.",
    functionalRequirements: ["Create a short link for a long URL", "Redirect a short link to its target", "Optional custom alias"],
    nonFunctionalRequirements: ["Redirects under 50 ms at p99", "99.99% available for reads"],
    scale: ["100M new links a month", "100:1 reads to writes"],
    followUps: [
      FollowUp(minute: 12, text: "How do you generate short codes without collisions?"),
      FollowUp(minute: 35, text: "One link goes viral at a million requests a second. What breaks?"),
      FollowUp(minute: nil, text: "How would you support link expiry?"),
    ],
    reference: "Secret model answer that must never be drawn during the mock.")

  static let deck = Deck(id: "amazon-l6-l7", title: "Product design", questions: [question], file: "deck.yaml")

  static let content = ContentLibrary(formats: [l6, drill], decks: [deck])

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
