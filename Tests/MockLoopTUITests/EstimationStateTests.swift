import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// The calculator line of a mock and a set of estimation drills, driven through
/// `AppState.handle` as the runtime drives them.
@Suite("Calculator line and estimation drills in the app state")
struct EstimationStateTests {
  static let start = ScreenFixtures.start

  static func live(_ state: AppState) -> SessionScreenState? {
    if case .session(let live) = state.screen { return live }
    return nil
  }

  static func drills(_ state: AppState) -> EstimationState? {
    if case .estimation(let drills) = state.screen { return drills }
    return nil
  }

  static func type(_ text: String, into state: inout AppState, at now: Date) -> [Effect] {
    text.flatMap { state.handle(.key(.character($0)), now: now) }
  }

  static let drill = EstimationDrill(
    id: "shortener-storage", title: "Five years of links", topic: .storage, question: "url-shortener",
    scenario: "100M links a month, 500 bytes each.", asked: "storage after five years", unit: "TB",
    inputs: [
      DrillInput(name: "new_links", expression: "100M links/month"),
      DrillInput(name: "record_size", expression: "500 B/link"),
    ], expected: "new_links * record_size * 5 years", explanation: "Six billion links.", minutes: 3)

  static func drillState() -> AppState {
    var content = ScreenFixtures.content
    let drills = (0..<5).map { index in
      var copy = drill
      copy.id = "drill-\(index)"
      copy.topic = EstimateTopic.allCases[index]
      return copy
    }
    content = ContentLibrary(
      formats: content.formats,
      decks: content.decks + [Deck(id: "estimation", title: "E", questions: [], estimates: drills, file: "e.yaml")],
      rubrics: content.rubrics)
    return AppState(
      screen: .home(HomeState()), width: 100, height: 30, content: content, bellEnabled: true, now: start)
  }

  @Test("= opens the calculator, Enter shows the result and keeps it, Tab puts it into the notes")
  func calculatorIntoNotes() throws {
    var state = TrustStateTests.runningState()
    #expect(state.handle(.key(.character("=")), now: Self.start + 1).isEmpty)
    #expect(state.keyContext == .calculator)
    _ = Self.type("100M req/day in /s", into: &state, at: Self.start + 2)
    let effects = state.handle(.key(.enter), now: Self.start + 3)
    let calculator = try #require(Self.live(state)?.calculator)
    #expect(calculator.result?.text == "1,157 req/s")
    guard case .save(.calculation(let kept))? = effects.first else {
      Issue.record("no calculation saved: \(effects)")
      return
    }
    #expect(kept.expression == "100M req/day in /s")
    #expect(kept.result == "1,157 req/s")
    #expect(kept.at == Self.start + 3)
    #expect(kept.sessionID == Self.live(state)?.session.id)
    // Enter again on the same line keeps nothing twice.
    #expect(state.handle(.key(.enter), now: Self.start + 4).isEmpty)
    _ = state.handle(.key(.tab), now: Self.start + 5)
    #expect(Self.live(state)?.calculator == nil)
    #expect(Self.live(state)?.editor.text == "100M req/day in /s = 1,157 req/s")
    #expect(Self.live(state)?.hasUnsavedNotes == true)
  }

  @Test("an error keeps the line open and says where; Esc closes without saving anything")
  func calculatorError() throws {
    var state = TrustStateTests.runningState()
    _ = state.handle(.key(.character("=")), now: Self.start + 1)
    _ = Self.type("5 TB + 3 s", into: &state, at: Self.start + 2)
    #expect(state.handle(.key(.enter), now: Self.start + 3).isEmpty)
    #expect(Self.live(state)?.calculator?.error?.description == "cannot add TB and s at column 6")
    let canvas = AppScreen.render(state)
    #expect(canvas.text().contains("cannot add TB and s at column 6"))
    #expect(state.handle(.key(.escape), now: Self.start + 4).isEmpty)
    #expect(Self.live(state)?.calculator == nil)
    #expect(Self.live(state)?.editor.text == "")
  }

  @Test("Alt-= opens the calculator from the notes editor, and Tab brings the result back into them")
  func calculatorFromNotes() {
    var state = TrustStateTests.runningState()
    _ = state.handle(.key(.tab), now: Self.start + 1)
    _ = Self.type("peak: ", into: &state, at: Self.start + 2)
    _ = state.handle(.key(.alt("=")), now: Self.start + 3)
    #expect(state.keyContext == .calculator)
    _ = Self.type("4000 * 500 B/s", into: &state, at: Self.start + 4)
    _ = state.handle(.key(.tab), now: Self.start + 5)
    #expect(Self.live(state)?.editor.text == "peak: 4000 * 500 B/s = 2 MB/s")
    #expect(state.keyContext == .notes)
  }

  @Test("a drill set runs to its score: answers judged and stored, calculation revealed, set finished")
  func drillSetRuns() throws {
    var state = Self.drillState()
    #expect(state.handle(.key(.character("e")), now: Self.start) == [.load(.drillPractice)])
    let effects = state.handle(.loaded(.drillPractice([:])), now: Self.start)
    let begun = try #require(Self.drills(state))
    #expect(begun.drills.count == 5)
    #expect(effects == [.save(.estimateRun(begun.run))])
    let answers = ["3 TB", "30 TB", "1 PB", "6 TB", "nonsense +"]
    var saved: [EstimateAnswer] = []
    for (index, answer) in answers.enumerated() {
      let now = Self.start + Double(index * 60 + 30)
      _ = Self.type(answer, into: &state, at: now)
      var effects = state.handle(.key(.enter), now: now)
      if index == 4 {
        #expect(Self.drills(state)?.problem != nil)
        effects = state.handle(.key(.tab), now: now)
      }
      for case .save(.estimateAnswer(let stored, _)) in effects { saved.append(stored) }
      #expect(AppScreen.render(state).text().contains("Expected:      3.042 TB"))
      _ = state.handle(.key(.enter), now: now + 1)
    }
    #expect(saved.map(\.grade) == [.right, .close, .off, .right, .skipped])
    #expect(saved.first?.seconds == 30)
    let done = try #require(Self.drills(state))
    #expect(done.step == .finished)
    #expect(done.run.score == "2 of 5 within 2x, 1 within 10x")
    _ = state.handle(.loaded(.estimateStats(EstimateStats(runs: [done.run]))), now: Self.start + 400)
    let screen = AppScreen.render(state).text()
    #expect(screen.contains("Score: 2 of 5 within 2x, 1 within 10x"))
    #expect(screen.contains("estimates within 2x: 40 %"))
  }

  @Test("when the set's 15 minutes run out, the drills left are stored as not answered")
  func drillSetTimesOut() throws {
    var state = Self.drillState()
    _ = state.handle(.loaded(.drillPractice([:])), now: Self.start)
    _ = Self.type("3", into: &state, at: Self.start + 10)
    _ = state.handle(.key(.enter), now: Self.start + 10)
    _ = state.handle(.key(.enter), now: Self.start + 11)
    #expect(state.nextWake != nil)
    let effects = state.handle(.tick, now: Self.start + 15 * 60)
    let stored = effects.compactMap { effect -> EstimateGrade? in
      if case .save(.estimateAnswer(let answer, _)) = effect { return answer.grade }
      return nil
    }
    #expect(stored == [.skipped, .skipped, .skipped, .skipped])
    #expect(Self.drills(state)?.step == .finished)
    #expect(effects.contains(.load(.estimateStats)))
    #expect(state.status == "Time is up: the drills left count as not answered.")
  }
}

extension EstimationStateTests {
  @Test("a record asks for its calculations and lists them with their time, m:ss")
  func recordShowsCalculations() throws {
    var state = TrustStateTests.runningState()
    let session = try #require(Self.live(state)?.session)
    let effects = state.handle(.loaded(.record(session, history: nil)), now: Self.start + 600)
    #expect(effects == [.load(.calculations(sessionID: session.id))])
    let calculation = Calculation(
      id: "c1", sessionID: session.id, expression: "20M * 5 Mbps in Tbps", result: "100 Tbps", value: 100,
      unit: "Tbps", at: Self.start + 185)
    _ = state.handle(.loaded(.calculations([calculation], sessionID: session.id)), now: Self.start + 601)
    state.height = 80
    #expect(AppScreen.render(state).text().contains("  3:05 20M * 5 Mbps in Tbps = 100 Tbps"))
  }
}

extension EstimationStateTests {
  @Test("the progress screen shows the estimation share once there are drill sets, and nothing before")
  func progressScreen() {
    var stats = PracticeStats(sessions: [], content: ScreenFixtures.content, rubric: nil, now: Self.start)
    let state = ScreenFixtures.state(width: 100, height: 40, screen: .stats(StatsState(stats: stats)))
    #expect(!AppScreen.render(state).text().contains("Estimation"))
    let answer = EstimateAnswer(
      position: 0, drillID: "d", drillTitle: "D", topic: .cost, answer: "1", answerText: "1 USD", expected: "1 USD",
      grade: .right, ratio: 1, seconds: 10, answeredAt: Self.start)
    stats.estimates = EstimateStats(runs: [
      EstimateRun(id: "r", startedAt: Self.start, plannedSeconds: 900, drillIDs: ["d"], answers: [answer])
    ])
    let shown = ScreenFixtures.state(width: 100, height: 40, screen: .stats(StatsState(stats: stats)))
    let text = AppScreen.render(shown).text()
    #expect(text.contains("Estimation estimates within 2x: 100 % (1 set)"))
    #expect(text.contains("within 2x by topic: cost 1/1"))
  }
}

extension EstimationStateTests {
  @Test("a resumed mock reads its calculations, and ↑ in the calculator recalls them newest first")
  func resumeRecalls() throws {
    let running = TrustStateTests.runningState()
    let session = try #require(Self.live(running)?.session)
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    let effects = state.handle(.loaded(.resume(session, claim: .free)), now: Self.start + 60)
    #expect(effects.last == .load(.calculations(sessionID: session.id)))
    let older = Calculation(
      id: "a", sessionID: session.id, expression: "1 TB * 3", result: "3 TB", value: 3, unit: "TB", at: Self.start)
    var newer = older
    newer.id = "b"
    newer.expression = "2 GB * 2"
    _ = state.handle(.loaded(.calculations([older, newer], sessionID: session.id)), now: Self.start + 61)
    _ = state.handle(.key(.character("=")), now: Self.start + 62)
    _ = state.handle(.key(.up), now: Self.start + 63)
    #expect(Self.live(state)?.calculator?.input == "2 GB * 2")
    _ = state.handle(.key(.up), now: Self.start + 64)
    #expect(Self.live(state)?.calculator?.input == "1 TB * 3")
    _ = state.handle(.key(.down), now: Self.start + 65)
    _ = state.handle(.key(.down), now: Self.start + 66)
    #expect(Self.live(state)?.calculator?.input == "")
  }
}
