import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// What the candidate's app does with the interviewer's rows.
@Suite("The candidate's side of interviewer mode")
struct InterviewerStateTests {
  static let start = ScreenFixtures.start
  static let joined = SessionOwner(token: "t", pid: 1, terminal: nil, host: "h", since: start)

  static func asked(_ text: String, id: String = "f1") -> InterviewerFollowUp {
    InterviewerFollowUp(id: id, text: text, isImprovised: true, askedAt: start + 30)
  }

  @Test("a follow-up asked by the interviewer is revealed once, however often the rows are read")
  func followUpRevealedOnce() {
    var state = TrustStateTests.runningState()
    let side = InterviewerSide(participant: Self.joined, followUps: [Self.asked("What if a region goes dark?")])
    let first = state.handle(.interviewer(side, isPresent: true), now: Self.start + 40)
    let second = state.handle(.interviewer(side, isPresent: true), now: Self.start + 41)
    let live = TrustStateTests.live(state)
    #expect(live?.session.revealedFollowUps.map(\.text) == ["What if a region goes dark?"])
    #expect(
      first.contains { if case .save(.event(let event, _)) = $0 { event.kind == .followUpRevealed } else { false } })
    #expect(!second.contains { if case .save = $0 { true } else { false } })
    #expect(live?.interviewer == .joined)
  }

  @Test("a follow-up the interviewer made up counts in the total, so asked never passes it")
  func improvisedFollowUpCountsInTheTotal() throws {
    var state = TrustStateTests.runningState()
    let live = try #require(TrustStateTests.live(state))
    let scheduled = live.session.schedule(of: try #require(live.question)).followUps.count
    let side = InterviewerSide(participant: Self.joined, followUps: [Self.asked("What if a region goes dark?")])
    _ = state.handle(.interviewer(side, isPresent: true), now: Self.start + 40)
    let screen = AppScreen.render(state).text()
    #expect(screen.contains("Follow-ups 1/\(scheduled + 1)"), "\(screen)")
  }

  @Test("an interviewer whose process stopped reads as left")
  func interviewerLeft() {
    var state = TrustStateTests.runningState()
    _ = state.handle(.interviewer(InterviewerSide(participant: Self.joined), isPresent: false), now: Self.start + 5)
    #expect(TrustStateTests.live(state)?.interviewer == .left)
  }

  @Test("a new pause request pauses the mock, an old one found on the first read does not")
  func pauseRequestApplied() {
    var state = TrustStateTests.runningState()
    let old = PauseRequest(id: "old", paused: true, at: Self.start - 100)
    _ = state.handle(
      .interviewer(InterviewerSide(participant: Self.joined, pauseRequest: old), isPresent: true), now: Self.start + 5)
    #expect(TrustStateTests.live(state)?.session.timeline(at: Self.start + 5).isRunning == true)
    let new = PauseRequest(id: "new", paused: true, at: Self.start + 6)
    let effects = state.handle(
      .interviewer(InterviewerSide(participant: Self.joined, pauseRequest: new), isPresent: true), now: Self.start + 6)
    #expect(TrustStateTests.live(state)?.session.timeline(at: Self.start + 7).isPaused == true)
    #expect(effects.contains { if case .save(.event(let event, _)) = $0 { event.kind == .pause } else { false } })
  }
}
