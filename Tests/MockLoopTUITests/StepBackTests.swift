import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("q steps back one screen")
struct StepBackTests {
  static let start = ScreenFixtures.start

  static func graded() -> Session {
    ScreenFixtures.finishedSession(daysAgo: 1, scores: ["requirements": 3], id: "graded-0000-0000-0000-000000000000")
  }

  static func press(_ key: Key, _ state: inout AppState) -> [Effect] {
    state.handle(.key(key), now: start)
  }

  /// The kind of screen shown, for the expectations.
  static func kind(_ state: AppState) -> String {
    switch state.screen {
    case .home: "home"
    case .session: "session"
    case .finished: "finished"
    case .grading: "grading"
    case .history: "history"
    case .record(let record): record.showsReference ? "reference" : "record"
    case .stats: "stats"
    case .estimation: "estimation"
    }
  }

  @Test("history → record → reference, then q three times: reference → record → history → home")
  func referenceToRecordToHistoryToHome() {
    let session = Self.graded()
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    let history = HistoryState(sessions: [SessionSummary(session)])
    state.screen = .history(history)
    _ = state.handle(.loaded(.record(session, history: history)), now: Self.start)
    #expect(Self.kind(state) == "record")
    _ = Self.press(.character("r"), &state)
    #expect(Self.kind(state) == "reference")
    #expect(Self.press(.character("q"), &state).isEmpty)
    #expect(Self.kind(state) == "record")
    #expect(Self.press(.character("q"), &state) == [.load(.history)])
    #expect(Self.kind(state) == "history")
    #expect(Self.press(.character("q"), &state) == [.load(.home)])
    #expect(Self.kind(state) == "home")
  }

  @Test("Esc from the reference also goes back to the record, keeping the session")
  func escapeFromReference() {
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    var record = RecordState(session: Self.graded(), history: nil)
    record.showsReference = true
    state.screen = .record(record)
    _ = Self.press(.escape, &state)
    guard case .record(let back) = state.screen else {
      Issue.record("not on the record: \(Self.kind(state))")
      return
    }
    #expect(!back.showsReference)
    #expect(back.session.id == record.session.id)
  }

  @Test("a record opened without a history goes home; grading goes back to its record; progress goes home")
  func otherParents() {
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    state.screen = .record(RecordState(session: Self.graded(), history: nil))
    #expect(Self.press(.character("q"), &state) == [.load(.home)])
    #expect(Self.kind(state) == "home")

    state.screen = .record(RecordState(session: Self.graded(), history: nil))
    _ = Self.press(.character("R"), &state)
    #expect(Self.kind(state) == "grading")
    _ = Self.press(.character("q"), &state)
    #expect(Self.kind(state) == "record")

    let stats = PracticeStats(
      sessions: [Self.graded()], content: ScreenFixtures.content, rubric: ScreenFixtures.rubric, now: Self.start)
    state.screen = .stats(StatsState(stats: stats))
    #expect(Self.press(.character("q"), &state) == [.load(.home)])
    #expect(Self.kind(state) == "home")
  }
}
