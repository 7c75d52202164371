import Foundation
import Testing

@testable import MockLoopKit

@Suite("Session timeline on a manual clock")
struct SessionTimelineTests {
  @Test("a whole 90-minute interview gives planned versus actual per phase to the second")
  func wholeInterview() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    #expect(session.start(at: clock.now) != nil)

    clock.advance(minutes: 15)
    session.advancePhase(at: clock.now)

    // Phase 2: ten minutes, a three-minute pause, then twenty more.
    clock.advance(minutes: 10)
    session.pause(at: clock.now)
    let frozen = session.timeline(at: clock.now).phaseRemainingSeconds
    clock.advance(minutes: 3)
    #expect(session.timeline(at: clock.now).phaseRemainingSeconds == frozen)
    #expect(session.timeline(at: clock.now).isPaused)
    session.resume(at: clock.now)
    clock.advance(minutes: 20)
    session.advancePhase(at: clock.now)

    // Phase 3 overruns by 2:30.
    clock.advance(minutes: 28, seconds: 30)
    #expect(session.timeline(at: clock.now).urgency == .warning)
    clock.advance(minutes: 4)
    let overrun = session.timeline(at: clock.now)
    #expect(overrun.urgency == .overrun)
    #expect(overrun.phaseRemainingSeconds == -150)
    session.advancePhase(at: clock.now)

    // Phase 4: five minutes, back to phase 3 for one, forward again for ten.
    clock.advance(minutes: 5)
    session.returnToPreviousPhase(at: clock.now)
    #expect(session.timeline(at: clock.now).phaseIndex == 2)
    clock.advance(minutes: 1)
    session.advancePhase(at: clock.now)
    clock.advance(minutes: 10)
    session.finish(at: clock.now)
    clock.advance(minutes: 30)  // time after the finish changes nothing

    let timeline = session.timeline(at: clock.now)
    #expect(timeline.state == .finished)
    #expect(timeline.phases.map(\.plannedSeconds) == [900, 1800, 1800, 900])
    #expect(timeline.phases.map(\.actualSeconds) == [900, 1800, 2010, 900])
    #expect(timeline.phases.map(\.overrunSeconds) == [0, 0, 210, 0])
    #expect(timeline.activeSeconds == 5610)
    #expect(timeline.pausedSeconds == 180)
    #expect(timeline.awaySeconds == 0)
    #expect(timeline.finishedAt!.timeIntervalSince(timeline.startedAt!) == 5790)
  }

  @Test("the countdown is amber in the last two minutes and red once over")
  func urgency() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    clock.advance(minutes: 12, seconds: 59)
    #expect(session.timeline(at: clock.now).urgency == .normal)
    clock.advance(by: 1)
    #expect(session.timeline(at: clock.now).urgency == .warning)
    clock.advance(minutes: 2, seconds: 1)
    #expect(session.timeline(at: clock.now).urgency == .overrun)
    #expect(session.timeline(at: clock.now).phaseRemainingSeconds == -1)
  }

  @Test("actions that make no sense in the current state log nothing")
  func invalidActions() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    #expect(session.pause(at: clock.now) == nil)
    #expect(session.advancePhase(at: clock.now) == nil)
    session.start(at: clock.now)
    #expect(session.start(at: clock.now) == nil)
    #expect(session.returnToPreviousPhase(at: clock.now) == nil)
    #expect(session.resume(at: clock.now) == nil)
    for _ in 0..<3 { session.advancePhase(at: clock.now) }
    #expect(session.advancePhase(at: clock.now) == nil)
    session.finish(at: clock.now)
    #expect(session.finish(at: clock.now) == nil)
    #expect(session.events.count == 5)
  }

  @Test("follow-ups come due at their minute of interview time, pauses excluded")
  func followUpsDue() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    clock.advance(minutes: 20, seconds: 59)
    #expect(session.dueFollowUps(of: Fixtures.question, at: clock.now).isEmpty)
    session.pause(at: clock.now)
    clock.advance(minutes: 5)
    #expect(session.dueFollowUps(of: Fixtures.question, at: clock.now).isEmpty)
    session.resume(at: clock.now)
    clock.advance(by: 1)
    let due = session.dueFollowUps(of: Fixtures.question, at: clock.now)
    #expect(due.map(\.text) == ["How do you generate ids?"])
    session.reveal(due[0], onDemand: false, at: clock.now)
    #expect(session.dueFollowUps(of: Fixtures.question, at: clock.now).isEmpty)
    #expect(session.nextUnaskedFollowUp(of: Fixtures.question)?.text == "A celebrity link goes viral.")
  }

  @Test("L7-only follow-ups are not asked in an L6 session")
  func levelledFollowUps() {
    let format = Fixtures.l7Format
    let l6 = FollowUpSchedule(question: Fixtures.question, format: format, level: .l6)
    let l7 = FollowUpSchedule(question: Fixtures.question, format: format, level: .l7)
    #expect(l6.timed.map(\.minute) == [21, 52.5])
    #expect(l7.timed.map(\.minute) == [21, 52.5, 60])
    #expect(l6.onDemand.map(\.text) == ["What about custom aliases?"])
  }

  @Test("time the app was not running counts as paused and away")
  func recoveryAfterKill() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    clock.advance(minutes: 7)
    session.lastSeenAt = clock.now  // the last heartbeat before the process died
    clock.advance(minutes: 12)  // the app was gone
    let pause = session.recoverAfterInterruption(now: clock.now)
    #expect(pause?.reason == .away)
    let timeline = session.timeline(at: clock.now)
    #expect(timeline.isPaused)
    #expect(timeline.activeSeconds == 420)
    #expect(timeline.awaySeconds == 720)
    #expect(timeline.pausedSeconds == 720)
  }

  @Test("ticking an item twice removes the mark")
  func toggleMarks() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    #expect(session.toggleMark(phase: 0, item: 1, at: clock.now)?.isChecked == true)
    #expect(session.isChecked(phase: "requirements", item: 1))
    #expect(session.toggleMark(phase: 0, item: 1, at: clock.now)?.isChecked == false)
    #expect(!session.isChecked(phase: "requirements", item: 1))
    #expect(session.toggleMark(phase: 0, item: 9, at: clock.now) == nil)
  }
}
