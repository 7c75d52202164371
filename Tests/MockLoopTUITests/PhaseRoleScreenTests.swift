import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("Roles, prompts, answer notes and the drill rubric on screen")
struct PhaseRoleScreenTests {
  static let prompts = (1...8).map { "Prompt number \($0): tell me about a system you ran." }

  static let leadershipFormat = InterviewFormat(
    id: "amazon-l6-lp", title: "Amazon L6 with leadership principles (60 min)", level: .l6,
    phases: [
      Phase(
        id: "leadership", title: "Leadership principles", minutes: 8, goal: "Tell one story.",
        checklist: ["Picked a story"], roles: [.leadership], prompts: prompts)
    ] + Array(ScreenFixtures.l6.phases.dropFirst()))

  @Test("a leadership phase shows two of its prompts under its goal, the same two for the same session")
  func promptsShown() throws {
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    _ = state.startSession(
      format: Self.leadershipFormat, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    guard case .session(let live) = state.screen else {
      Issue.record("no session started")
      return
    }
    let shown = Self.leadershipFormat.phases[0].prompts(forSession: live.session.id)
    #expect(shown.count == Phase.promptsShown)
    #expect(shown == Self.leadershipFormat.phases[0].prompts(forSession: live.session.id))
    let text = AppScreen.render(state).text()
    for prompt in Self.prompts {
      #expect(text.contains(prompt) == shown.contains(prompt), "\(prompt)")
    }
    #expect(text.contains("Tell one story."))
  }

  @Test("different sessions see different prompts")
  func promptsVary() {
    let phase = Self.leadershipFormat.phases[0]
    let picks = Set((0..<20).map { phase.prompts(forSession: "session-\($0)") })
    #expect(picks.count > 1)
  }

  @Test("a drill-15 session is graded with the drill rubric, also when stored before formats named one")
  func drillRubric() throws {
    var session = Session(
      format: ScreenFixtures.drill,
      question: QuestionSnapshot(id: "quorum", title: "Quorum reads", deckID: "drills"), level: .l6,
      createdAt: ScreenFixtures.start)
    session.start(at: ScreenFixtures.start)
    session.finish(at: ScreenFixtures.start + 900)
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.openGrading(session, returnTo: nil)
    guard case .grading(let grading, _) = state.screen else {
      Issue.record("not on the grading screen")
      return
    }
    #expect(grading.rubric.id == "drill")
    var old = session
    old.format.rubricID = nil
    _ = state.openGrading(old, returnTo: nil)
    guard case .grading(let oldGrading, _) = state.screen else {
      Issue.record("not on the grading screen")
      return
    }
    #expect(oldGrading.rubric.id == "drill")
    let amazon = ScreenFixtures.finishedSession(daysAgo: 0, scores: [:], id: "eeee5555")
    _ = state.openGrading(amazon, returnTo: nil)
    guard case .grading(let main, _) = state.screen else {
      Issue.record("not on the grading screen")
      return
    }
    #expect(main.rubric.id == "amazon-l6-l7")
  }

  @Test("answer notes are drawn in the graded record's reference view and never during the mock")
  func answerNotes() throws {
    let answers = ScreenFixtures.question.followUps.flatMap(\.answer)
    for name in ScreenGoldenTests.names {
      let text = AppScreen.render(ScreenGoldenTests.scenario(name, width: 200, height: 60)).text()
      for answer in answers { #expect(!text.contains(answer), "\(name) shows '\(answer)'") }
    }
    let ungraded = ScreenFixtures.finishedSession(daysAgo: 0, scores: [:], id: "ffff6666")
    var state = ScreenFixtures.state(
      width: 120, height: 40, screen: .record(RecordState(session: ungraded, history: nil)))
    _ = state.handle(.key(.character("r")), now: ScreenFixtures.start)
    let before = AppScreen.render(state).text()
    #expect(!before.contains(answers[0]))
    let graded = ScreenFixtures.finishedSession(daysAgo: 0, scores: ["requirements": 3], id: "ffff7777")
    state.screen = .record(RecordState(session: graded, history: nil))
    _ = state.handle(.key(.character("r")), now: ScreenFixtures.start)
    let after = AppScreen.render(state).text()
    #expect(after.contains(answers[0]))
    #expect(after.contains("What strong answers to the follow-ups cover"))
  }

  @Test("the grading screen states the bar of the level aimed for in the rubric's words")
  func barOnGradingScreen() throws {
    let session = ScreenFixtures.finishedSession(daysAgo: 0, scores: [:], id: "abab1212")
    var state = ScreenFixtures.state(width: 200, height: 60, screen: .home(HomeState()))
    _ = state.openGrading(session, returnTo: nil)
    let statement = try #require(ScreenFixtures.rubric.barStatement(for: .l6))
    #expect(AppScreen.render(state).text().contains(statement))
  }
}
