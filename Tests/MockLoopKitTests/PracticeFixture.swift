import Foundation

@testable import MockLoopKit

/// A small practice history for statistics and comparison tests, small enough to compute every
/// expected figure by hand.
///
/// Format "mini" (L7): requirements 5 min [0 "Asked about users", 1 "Estimated scale"],
/// design 15 min [0 "Drew the services"], wrap-up 10 min [0 "Named alarms"].
/// Rubric: requirements and trade-offs are core, communication is not; the L7 bar needs nothing
/// below 2 and a core average of 3.0.
///
/// `now` is Wednesday 2026-11-25 12:00 UTC. The sessions (R = requirements phase minutes):
///
///     id  question       started (UTC)       R   ticked                      scores req/trade/comm
///     s1  url-shortener  Mon 11-02 09:00     6*  users, services             2 / 2 / 3
///     s2  chat           Tue 11-10 09:00     4   users, scale, services     3 / 2 / 3
///     s3  url-shortener  Mon 11-23 09:00     7   users, services, alarms    3 / 3 / 4
///     s4  chat           Tue 11-24 09:00     5   users, services, alarms    4 / 2 / 3
///     s5  url-shortener  Tue 11-24 20:00     8   all four                   (not graded)
///     s6  rate-limiter   Wed 11-25 08:00     2 min then the app died (running, unfinished)
///
/// (*) s1 runs 3 min, pauses 2 min, runs 3 more. Design is 15 min and wrap-up 10 min in every
/// finished session. Questions never attempted: api-gateway and global-cdn.
enum PracticeFixture {
  static let format = InterviewFormat(
    id: "mini", title: "Mini mock (30 min)", level: .l7,
    phases: [
      Phase(
        id: "requirements", title: "Requirements", minutes: 5, goal: "Scope",
        checklist: ["Asked about users", "Estimated scale"]),
      Phase(id: "design", title: "Design", minutes: 15, goal: "Design", checklist: ["Drew the services"]),
      Phase(id: "wrap-up", title: "Wrap-up", minutes: 10, goal: "Close", checklist: ["Named alarms"]),
    ])

  static let rubric = Rubric(
    id: "test-rubric", title: "Test rubric",
    scale: RubricScale(minimum: 1, maximum: 4, labels: ["Strong no", "No", "Yes", "Strong yes"]),
    dimensions: [
      RubricDimension(id: "requirements", title: "Requirements and scoping", expectations: [:]),
      RubricDimension(id: "trade-offs", title: "Trade-offs and depth", expectations: [:]),
      RubricDimension(id: "communication", title: "Communication", isCore: false, expectations: [:]),
    ],
    bars: [.l7: BarRule(minimumEach: 2, coreAverage: 3.0)])

  static let questions = [
    Question(
      id: "url-shortener", title: "Design a URL shortener", levels: [.l7], prompt: "Shorten links.",
      focus: ["Short codes"]),
    Question(id: "chat", title: "Design a chat service", levels: [.l7], prompt: "Chat.", focus: ["Delivery ordering"]),
    Question(
      id: "rate-limiter", title: "Design a rate limiter", levels: [.l7], prompt: "Limit.", focus: ["Token bucket"]),
    // Untouched; sorts first by id but its deck says it exercises requirements only.
    Question(
      id: "api-gateway", title: "Design an API gateway", levels: [.l7], prompt: "Route.", focus: ["Routing", "Auth"],
      dimensions: ["requirements"]),
    // Untouched; its deck says it exercises trade-offs.
    Question(
      id: "global-cdn", title: "Design a global CDN", levels: [.l7], prompt: "Serve.",
      focus: ["Freshness against cost", "Edge tiering"], dimensions: ["trade-offs", "communication"]),
  ]

  static let content = ContentLibrary(
    formats: [format], decks: [Deck(id: "test", title: "Test", questions: questions, file: "test.yaml")],
    rubrics: [rubric])

  static let now = date("2026-11-25T12:00:00Z")

  /// The six sessions above, newest first as the store returns them.
  static var sessions: [Session] {
    [
      session(
        "s1", question: "url-shortener", start: "2026-11-02T09:00:00Z", requirementsMinutes: 6, pauseMinutes: 2,
        ticks: [(0, 0), (1, 0)], scores: ["requirements": 2, "trade-offs": 2, "communication": 3]),
      session(
        "s2", question: "chat", start: "2026-11-10T09:00:00Z", requirementsMinutes: 4,
        ticks: [(0, 0), (0, 1), (1, 0)], scores: ["requirements": 3, "trade-offs": 2, "communication": 3]),
      session(
        "s3", question: "url-shortener", start: "2026-11-23T09:00:00Z", requirementsMinutes: 7,
        ticks: [(0, 0), (1, 0), (2, 0)], scores: ["requirements": 3, "trade-offs": 3, "communication": 4]),
      session(
        "s4", question: "chat", start: "2026-11-24T09:00:00Z", requirementsMinutes: 5,
        ticks: [(0, 0), (1, 0), (2, 0)], scores: ["requirements": 4, "trade-offs": 2, "communication": 3]),
      session(
        "s5", question: "url-shortener", start: "2026-11-24T20:00:00Z", requirementsMinutes: 8,
        ticks: [(0, 0), (0, 1), (1, 0), (2, 0)]),
      session("s6", question: "rate-limiter", start: "2026-11-25T08:00:00Z", requirementsMinutes: 2, finished: false),
    ].reversed()
  }

  /// Plays one session on a manual clock: the requirements phase for the given running minutes
  /// (split by a pause when asked), then design 15 and wrap-up 10, ticking each `(phase, item)`
  /// at the end of its phase. An unfinished session stops in requirements, still running.
  static func session(
    _ id: String, question: String, start: String, requirementsMinutes: Double, pauseMinutes: Double = 0,
    ticks: [(phase: Int, item: Int)] = [], scores: [String: Int]? = nil, finished: Bool = true
  ) -> Session {
    let clock = ManualClock(date(start))
    let title = questions.first { $0.id == question }!.title
    var session = Session(
      id: id, format: format, question: QuestionSnapshot(id: question, title: title, deckID: "test"), level: .l7,
      createdAt: clock.now)
    session.start(at: clock.now)
    let phaseMinutes = finished ? [requirementsMinutes, 15, 10] : [requirementsMinutes]
    for (phase, minutes) in phaseMinutes.enumerated() {
      if phase == 0, pauseMinutes > 0 {
        clock.advance(minutes: minutes / 2)
        session.pause(at: clock.now)
        clock.advance(minutes: pauseMinutes)
        session.resume(at: clock.now)
        clock.advance(minutes: minutes / 2)
      } else {
        clock.advance(minutes: minutes)
      }
      for tick in ticks where tick.phase == phase { session.toggleMark(phase: phase, item: tick.item, at: clock.now) }
      if phase < phaseMinutes.count - 1 { session.advancePhase(at: clock.now) }
    }
    if finished {
      session.finish(at: clock.now)
    }
    session.lastSeenAt = clock.now
    if let scores { session.assessment = Assessment(rubricID: rubric.id, scores: scores, gradedAt: clock.now) }
    return session
  }

  static func date(_ text: String) -> Date { try! Date(text, strategy: .iso8601) }
}
