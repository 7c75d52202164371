import Foundation
import Testing

@testable import MockLoopKit

@Suite("What the clock shows, second by second")
struct TimerDisplayTests {
  static let format = InterviewFormat(
    id: "short", title: "Short", level: .l6,
    phases: [
      Phase(id: "one", title: "One", minutes: 1, goal: "Go.", checklist: []),
      Phase(id: "two", title: "Two", minutes: 2, goal: "Go.", checklist: []),
    ])

  @Test("a phase shows its full length for its first second, 0 when time is up, -1 a second later")
  func countdown() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock, format: Self.format)
    session.start(at: clock.now)
    func shown() -> Int { session.timeline(at: clock.now).phaseCountdown }
    #expect(shown() == 60)
    clock.advance(by: 0.999)
    #expect(shown() == 60)
    clock.advance(by: 0.001)
    #expect(shown() == 59)
    clock.advance(by: 59)
    #expect(shown() == 0)
    #expect(session.timeline(at: clock.now).urgency == .warning)
    clock.advance(by: 0.9)
    #expect(shown() == 0)
    clock.advance(by: 0.1)
    #expect(shown() == -1)
    #expect(session.timeline(at: clock.now).urgency == .overrun)
  }

  @Test("elapsed and the total left always add up to the planned time")
  func totals() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock, format: Self.format)
    session.start(at: clock.now)
    for step in 0..<200 {
      clock.advance(by: 0.37)
      let timeline = session.timeline(at: clock.now)
      #expect(timeline.elapsedWholeSeconds + timeline.totalCountdown == 180, "step \(step)")
    }
  }

  @Test("after the next phase mid-second, the loop is told when each clock shows its next second")
  func nextChange() {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock, format: Self.format)
    session.start(at: clock.now)
    clock.advance(by: 10.3)
    session.advancePhase(at: clock.now)
    // Elapsed changes at 11.0 (in 0.7 s); the new phase's countdown at 11.3 (in 1 s).
    let change = session.timeline(at: clock.now).secondsToNextDisplayChange ?? -1
    #expect(abs(change - 0.699) < 0.0001)
    clock.advance(by: 0.75)
    let next = session.timeline(at: clock.now).secondsToNextDisplayChange ?? -1
    #expect(abs(next - 0.249) < 0.0001)
    #expect(session.timeline(at: clock.now).phaseCountdown == 120)
    session.pause(at: clock.now)
    #expect(session.timeline(at: clock.now).secondsToNextDisplayChange == nil)
  }

  @Test("a duration counts the whole seconds that have passed, a value within a millisecond under one counting as it")
  func durationText() {
    #expect(DurationText.clock(59.99) == "0:59")
    #expect(DurationText.clock(59.998) == "0:59")
    #expect(DurationText.clock(59.9995) == "1:00")
    #expect(DurationText.clock(-59.99) == "-0:59")
    #expect(DurationText.wholeSeconds(860.6) == 860)
    #expect(DurationText.clock(3725) == "1:02:05")
    #expect(DurationText.countdown(-61) == "01:01")
    #expect(DurationText.countdown(600) == "10:00")
  }
}
