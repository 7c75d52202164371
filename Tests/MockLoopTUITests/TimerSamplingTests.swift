import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("The timer is exact to the second")
struct TimerSamplingTests {
  /// A manual clock: time moves only when the test moves it.
  final class ManualClock {
    private(set) var now: Date
    init(_ start: Date = ScreenFixtures.start) { now = start }
    func advance(by seconds: TimeInterval) { now += seconds }
  }

  /// Two one-minute phases, so a whole phase and its overrun can be sampled finely.
  static let format = InterviewFormat(
    id: "short", title: "Two short phases", level: .l6,
    phases: [
      Phase(id: "one", title: "First", minutes: 1, goal: "Go.", checklist: ["Did it"]),
      Phase(id: "two", title: "Second", minutes: 1, goal: "Go on.", checklist: ["Did it too"]),
    ])

  /// A running mock of `format` started at the clock's time.
  static func running(on clock: ManualClock) -> AppState {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()), now: clock.now)
    _ = state.startSession(format: format, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    return state
  }

  /// The countdown the screen shows now: "01:00 left", "00:00 left", "+00:01 over".
  static func shown(_ state: inout AppState, at now: Date) -> String {
    _ = state.handle(.tick, now: now)
    let row = AppScreen.render(state).textLines()[3]
    guard let range = row.range(of: #"\+?\d\d:\d\d (left|over)"#, options: .regularExpression) else {
      Issue.record("no countdown in the timer row: \(row)")
      return ""
    }
    return String(row[range])
  }

  /// Consecutive samples that showed the same value, in order.
  static func runs(_ samples: [String]) -> [(value: String, count: Int)] {
    var runs: [(value: String, count: Int)] = []
    for sample in samples {
      if let last = runs.last, last.value == sample {
        runs[runs.count - 1].count += 1
      } else {
        runs.append((sample, 1))
      }
    }
    return runs
  }

  static let expected =
    (0...60).reversed().map { String(format: "%02d:%02d left", $0 / 60, $0 % 60) } + ["+00:01 over", "+00:02 over"]

  @Test("sampled every 100 ms, a whole phase shows each second once, in order, for one second each")
  func wholePhase() {
    let clock = ManualClock()
    var state = Self.running(on: clock)
    var samples: [String] = []
    for _ in 0..<630 {
      samples.append(Self.shown(&state, at: clock.now))
      clock.advance(by: 0.1)
    }
    let runs = Self.runs(samples)
    #expect(runs.map(\.value) == Self.expected)
    #expect(runs.allSatisfy { $0.count == 10 }, "\(runs.filter { $0.count != 10 })")
  }

  @Test("after ] mid-second the next phase's first value lasts one second, and the loop wakes for each")
  func nextPhaseMidSecond() {
    let clock = ManualClock()
    var state = Self.running(on: clock)
    clock.advance(by: 20.45)
    _ = state.handle(.key(.character("]")), now: clock.now)
    let pressed = clock.now
    var samples: [String] = []
    // From the press on: the press itself is the new phase's first moment.
    for _ in 0..<30 {
      samples.append(Self.shown(&state, at: clock.now))
      clock.advance(by: 0.1)
    }
    let runs = Self.runs(samples)
    #expect(runs.map(\.value) == ["01:00 left", "00:59 left", "00:58 left"])
    #expect(runs.allSatisfy { $0.count == 10 }, "\(runs)")

    // The loop sleeps until `nextWake`: every new value is drawn within a few milliseconds of
    // its second beginning (measured from the key press), and none is skipped.
    var wakeState = Self.running(on: ManualClock(pressed - 20.45))
    _ = wakeState.handle(.key(.character("]")), now: pressed)
    var now = pressed
    var firstSeen: [String: Date] = [:]
    var order: [String] = []
    while now < pressed + 5.5 {
      guard let wake = wakeState.nextWake else {
        Issue.record("a running clock must wake the loop")
        return
      }
      #expect(wake > now)
      now = wake
      let value = Self.shown(&wakeState, at: now)
      if firstSeen[value] == nil {
        firstSeen[value] = now
        order.append(value)
      }
    }
    #expect(order == ["01:00 left", "00:59 left", "00:58 left", "00:57 left", "00:56 left", "00:55 left"])
    for (second, value) in order.enumerated().dropFirst() {
      let late = firstSeen[value]!.timeIntervalSince(pressed + TimeInterval(second))
      #expect(late >= 0 && late < 0.01, "\(value) drawn \(late) s after its second began")
    }
  }

  @Test("00:00 is shown for the second when the planned time is up, and the bell rings then")
  func zeroHasItsSecond() {
    let clock = ManualClock()
    var state = Self.running(on: clock)
    clock.advance(by: 59.5)
    #expect(Self.shown(&state, at: clock.now) == "00:01 left")
    clock.advance(by: 0.5)
    #expect(state.handle(.tick, now: clock.now).contains(.alert))
    #expect(Self.shown(&state, at: clock.now) == "00:00 left")
    clock.advance(by: 0.999)
    #expect(Self.shown(&state, at: clock.now) == "00:00 left")
    clock.advance(by: 0.001)
    #expect(Self.shown(&state, at: clock.now) == "+00:01 over")
  }
}
