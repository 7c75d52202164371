import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// The interviewer's screen and what its keys ask for.
@Suite("The interviewer's screen")
struct InterviewerScreenTests {
  static let start = ScreenFixtures.start

  static func state(ownerIsAlive: Bool = true, session: Session = ScreenFixtures.session()) -> InterviewerState {
    var running = session
    running.notes = "Base62 codes, 7 chars"
    running.lastSeenAt = start + 120
    return InterviewerState(
      session: running, side: InterviewerSide(), ownerIsAlive: ownerIsAlive, content: ScreenFixtures.content,
      width: 100, height: 30, now: start + 125, random: SplitMix64(seed: 7))
  }

  static func saves(_ effects: [InterviewerState.Effect]) -> [SaveRequest] {
    effects.compactMap { if case .save(let request) = $0 { request } else { nil } }
  }

  @Test("the interviewer's screen at 100x30 shows the reference, the queue with answer notes and the candidate's notes")
  func golden() throws {
    let canvas = InterviewerScreen.render(Self.state())
    try Golden.check(canvas, named: "interviewer-100x30")
    let text = canvas.text()
    #expect(text.contains("Secret model answer"))
    #expect(text.contains("Base62 codes, 7 chars"))
    #expect(text.contains("Leased id ranges per server"))
  }

  @Test("? shows the interviewer's keys over the screen; the next key closes it and does nothing else")
  func helpOverlay() {
    var state = Self.state()
    _ = state.handle(.key(.character("?")), now: Self.start + 126)
    let text = InterviewerScreen.render(state).text()
    #expect(text.contains(HelpOverlay.title))
    #expect(text.contains("ask the selected follow-up now"))
    #expect(Self.saves(state.handle(.key(.character("f")), now: Self.start + 127)).isEmpty)
    #expect(!state.showsHelp)
    #expect(!InterviewerScreen.render(state).text().contains(HelpOverlay.title))
    _ = state.handle(.key(.character("a")), now: Self.start + 128)
    _ = state.handle(.typed("Why?"), now: Self.start + 129)
    #expect(state.draft == "Why?" && !state.showsHelp)
  }

  @Test("the interviewer's help scrolls with j when it does not fit, as the app's help does")
  func helpScrolls() {
    var state = Self.state()
    state.width = 80
    state.height = 24
    _ = state.handle(.key(.character("?")), now: Self.start + 126)
    _ = state.handle(.key(.character("j")), now: Self.start + 127)
    #expect(state.showsHelp)
    #expect(state.helpScroll.offset == 1)
  }

  @Test("f asks the selected follow-up once, as the interviewer's own row")
  func askSelectedOnce() {
    var state = Self.state()
    let first = Self.saves(state.handle(.key(.character("f")), now: Self.start + 126))
    guard case .interviewerFollowUp(let asked, _)? = first.first else {
      Issue.record("no follow-up saved: \(first)")
      return
    }
    #expect(asked.text == ScreenFixtures.question.followUps[0].text)
    #expect(!asked.isImprovised)
    #expect(Self.saves(state.handle(.key(.character("f")), now: Self.start + 127)).isEmpty)
    #expect(state.status == "That follow-up was asked already.")
  }

  @Test("a opens a line for a follow-up of one's own; Enter asks it, Esc drops it")
  func improvisedFollowUp() {
    var state = Self.state()
    _ = state.handle(.key(.character("a")), now: Self.start + 126)
    _ = state.handle(.typed("What about abuse?"), now: Self.start + 127)
    #expect(InterviewerScreen.render(state).text().contains("Your follow-up: What about abuse?"))
    let saved = Self.saves(state.handle(.key(.enter), now: Self.start + 128))
    guard case .interviewerFollowUp(let asked, _)? = saved.first else {
      Issue.record("nothing saved: \(saved)")
      return
    }
    #expect(asked.text == "What about abuse?" && asked.isImprovised)
    _ = state.handle(.key(.character("a")), now: Self.start + 129)
    _ = state.handle(.typed("dropped"), now: Self.start + 130)
    #expect(Self.saves(state.handle(.key(.escape), now: Self.start + 131)).isEmpty)
    #expect(state.draft == nil)
  }

  @Test("a follow-up typed with its Return in one read (fast typing, ssh) is asked, and what follows goes on")
  func improvisedFollowUpWithReturnInOneRead() {
    var state = Self.state()
    _ = state.handle(.key(.character("a")), now: Self.start + 126)
    let saved = Self.saves(state.handle(.typed("Where were we?\n"), now: Self.start + 127))
    guard case .interviewerFollowUp(let asked, _)? = saved.first else {
      Issue.record("nothing saved: \(saved)")
      return
    }
    #expect(asked.text == "Where were we?")
    #expect(state.draft == nil)
    _ = state.handle(.key(.character("a")), now: Self.start + 128)
    let two = Self.saves(state.handle(.typed("first\nasecond"), now: Self.start + 129))
    #expect(two.count == 1)
    #expect(state.draft == "second")
  }

  @Test("when the candidate's process is gone the screen says so and the clock stands at its last-alive time")
  func ownerGone() {
    var state = Self.state(ownerIsAlive: false)
    let text = InterviewerScreen.render(state).text()
    #expect(text.contains("The candidate's MockLoop stopped; everything you wrote is saved."))
    #expect(state.timeline.activeSeconds == 120)
    #expect(Self.saves(state.handle(.key(.character("p")), now: Self.start + 126)).isEmpty)
  }

  @Test("the interviewer grades blind: the grading starts from the interviewer's grade, not the candidate's")
  func gradingIsBlind() {
    let finished = ScreenFixtures.finishedSession(daysAgo: 0, scores: ["requirements": 4], id: "fin")
    var state = Self.state(session: finished)
    _ = state.handle(.key(.character("g")), now: Self.start + 126)
    guard case .grading(let grading, _)? = state.grading?.screen else {
      Issue.record("no grading opened: \(String(describing: state.status))")
      return
    }
    #expect(grading.grader == .interviewer)
    #expect(grading.assessment.scores.isEmpty)
    let saved = Self.saves(state.handle(.key(.character("2")), now: Self.start + 127))
    guard case .interviewerGrade(let grade, _)? = saved.first else {
      Issue.record("the score was not saved as the interviewer's: \(saved)")
      return
    }
    #expect(grade.scores.values.first == 2)
    _ = state.handle(.key(.character("q")), now: Self.start + 128)
    #expect(state.grading == nil)
    #expect(state.side.grade?.scores.values.first == 2)
  }
}

@Suite("Calibration on the progress screen")
struct CalibrationLinesTests {
  @Test("the progress screen shows the calibration sentence and each dimension's difference")
  func progressScreenShowsCalibration() {
    let dimension = RubricDimension(id: "requirements", title: "Requirements", expectations: [:])
    let pair = GradePair(
      candidate: Assessment(rubricID: "r", scores: ["requirements": 4], gradedAt: ScreenFixtures.start),
      interviewer: Assessment(rubricID: "r", scores: ["requirements": 3], gradedAt: ScreenFixtures.start))
    let calibration = Calibration(pairs: [pair], dimensions: [dimension])
    let text = CalibrationLines.lines(calibration, width: 100).map { $0.map(\.text).joined() }.joined(separator: "\n")
    #expect(text.contains("You grade your requirements 1.0 higher than your interviewers do"))
    #expect(text.contains("Requirements  +1.0 ± 0.0 over 1"))
    #expect(CalibrationLines.lines(nil, width: 100).isEmpty)
  }
}
