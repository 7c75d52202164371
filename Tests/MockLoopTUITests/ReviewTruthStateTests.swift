import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// The review keys: Enter on the progress screen's suggestion starts that mock as home's start
/// does, and `C` on a record opens every attempt of its question, `q` closing it again.
@Suite("Starting the suggestion and comparing attempts in the app")
struct ReviewTruthStateTests {
  static let start = ScreenFixtures.start

  static func statsState() -> AppState {
    let graded = ScreenFixtures.finishedSession(
      daysAgo: 1, scores: ["requirements": 3, "trade-offs": 2, "communication": 3], id: "aaaa1111")
    let stats = PracticeStats(
      sessions: [graded], content: ScreenFixtures.content, rubric: ScreenFixtures.rubric, now: start)
    return ScreenFixtures.state(width: 100, height: 30, screen: .stats(StatsState(stats: stats)))
  }

  @Test("the fixture's suggestion is the L6 mock of its one question, explained by the L6 scores")
  func fixtureSuggestion() throws {
    guard case .stats(let stats) = Self.statsState().screen else {
      Issue.record("not on stats")
      return
    }
    let suggestion = try #require(stats.stats.suggestion)
    #expect(suggestion.questionID == "url-shortener")
    #expect(suggestion.formatID == "amazon-l6")
    #expect(suggestion.dimensionID == "trade-offs")
    #expect(suggestion.reason.hasPrefix("Your lowest L6 dimension against its bar over your one graded L6 mock"))
  }

  @Test("Enter on the suggestion goes home, which starts the mock once it has loaded")
  func enterStarts() throws {
    var state = Self.statsState()
    let effects = state.handle(.key(.enter), now: Self.start)
    #expect(effects == [.load(.home)])
    guard case .home(let home) = state.screen else {
      Issue.record("not home: \(state.screen)")
      return
    }
    #expect(home.pendingStart?.questionID == "url-shortener")
    let started = state.handle(.loaded(.home(unfinished: [], attempts: [:])), now: Self.start + 0.1)
    guard case .session(let live) = state.screen else {
      Issue.record("no mock: \(state.screen)")
      return
    }
    #expect(live.session.question.id == "url-shortener")
    #expect(live.session.format.id == "amazon-l6")
    #expect(live.session.level == .l6)
    #expect(started == [.begin(live.session)])
  }

  @Test("with an unfinished session Enter on the suggestion asks first, as home's start does")
  func enterAsksAboutUnfinished() {
    var state = Self.statsState()
    _ = state.handle(.key(.enter), now: Self.start)
    let unfinished = TrustStateTests.summary("cccc3333")
    let effects = state.handle(.loaded(.home(unfinished: [unfinished], attempts: [:])), now: Self.start + 0.1)
    guard case .unfinishedBeforeStart(let asked, let pending)? = state.dialog else {
      Issue.record("no question: \(String(describing: state.dialog))")
      return
    }
    #expect(asked.id == "cccc3333")
    #expect(pending == PendingStart(formatID: "amazon-l6", questionID: "url-shortener", level: .l6))
    #expect(effects == [.load(.plan)])
    guard case .home(let home) = state.screen else {
      Issue.record("not home")
      return
    }
    #expect(home.pendingStart == nil)
  }

  @Test("C on a record loads the question's attempts; they show over the record, and q goes back to it")
  func compareKey() throws {
    let graded = ScreenFixtures.finishedSession(daysAgo: 1, scores: ["requirements": 3], id: "aaaa1111")
    let older = ScreenFixtures.finishedSession(daysAgo: 8, scores: ["requirements": 2], id: "bbbb2222")
    var state = ScreenFixtures.state(
      width: 100, height: 30, screen: .record(RecordState(session: graded, history: nil)))
    let effects = state.handle(.key(.character("C")), now: Self.start)
    #expect(effects == [.load(.comparison(questionID: "url-shortener"))])
    let comparison = AttemptComparison(
      questionID: "url-shortener", sessions: [graded, older], rubric: ScreenFixtures.rubric, now: Self.start)
    _ = state.handle(.loaded(.comparison(comparison)), now: Self.start)
    #expect(state.keyContext == .comparison)
    #expect(AppScreen.render(state).text().contains("2 attempts side by side"))
    _ = state.handle(.key(.character("G")), now: Self.start)
    _ = state.handle(.key(.character("q")), now: Self.start)
    guard case .record(let record) = state.screen else {
      Issue.record("left the record: \(state.screen)")
      return
    }
    #expect(record.comparison == nil)
    #expect(record.session.id == "aaaa1111")
  }
}

@Suite("The question's pitfalls: shown beside the reference once graded, hidden before")
struct PitfallVisibilityTests {
  /// The start of a fixture pitfall, short enough not to wrap in half of 120 columns.
  static let pitfall = "A single counter for ids"

  static func text(_ screen: AppState.Screen, height: Int = 200) -> String {
    AppScreen.render(ScreenFixtures.state(width: 120, height: height, screen: screen)).text()
  }

  @Test("a graded record and its reference view list the pitfalls")
  func gradedShows() {
    let graded = ScreenFixtures.finishedSession(daysAgo: 1, scores: ["requirements": 3], id: "aaaa1111")
    #expect(Self.text(.record(RecordState(session: graded, history: nil))).contains(Self.pitfall))
    var reference = RecordState(session: graded, history: nil)
    reference.showsReference = true
    #expect(Self.text(.record(reference)).contains(Self.pitfall))
  }

  @Test("an ungraded record and a running mock never show them")
  func ungradedHides() {
    let ungraded = ScreenFixtures.finishedSession(daysAgo: 1, scores: [:], id: "cccc3333")
    #expect(!Self.text(.record(RecordState(session: ungraded, history: nil))).contains("Pitfalls"))
    var state = ScreenFixtures.state(width: 200, height: 60, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    #expect(!AppScreen.render(state).text().contains(Self.pitfall))
  }
}

@Suite("The progress screen's pacing says when a phase was cut short")
struct StatsPacingTextTests {
  @Test("0:43 of a 10-minute phase reads skipped or cut short, never on time")
  func cutShort() {
    let begin = ScreenFixtures.start - 86_400
    var session = Session(
      id: "short", format: ScreenFixtures.l6,
      question: QuestionSnapshot(id: "url-shortener", title: "Design a URL shortener", deckID: "amazon-l6-l7"),
      level: .l6, createdAt: begin)
    session.start(at: begin)
    session.advancePhase(at: begin + 43)
    session.advancePhase(at: begin + 43 + 20 * 60)
    session.advancePhase(at: begin + 43 + 40 * 60)
    session.finish(at: begin + 43 + 50 * 60)
    let stats = PracticeStats(
      sessions: [session], content: ScreenFixtures.content, rubric: ScreenFixtures.rubric, now: ScreenFixtures.start)
    let text = StatsScreen.lines(stats, width: 200).map { $0.map(\.text).joined() }.joined(separator: "\n")
    let clarify = text.split(separator: "\n").first { $0.contains("Clarify the problem") } ?? ""
    #expect(clarify.contains("planned 10:00 · actual 0:43"))
    #expect(clarify.contains("skipped or cut short (under a third of plan) in 100% of sessions"))
    #expect(!clarify.contains("on time"))
    let high = text.split(separator: "\n").first { $0.contains("High-level design") } ?? ""
    #expect(high.contains("on time"))
  }
}
