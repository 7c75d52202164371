import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("Screens rendered at fixed sizes match their golden files")
struct ScreenGoldenTests {
  static let sizes: [(width: Int, height: Int)] = [(80, 24), (120, 40), (200, 60)]

  /// Named states built through the real update function.
  static func scenario(_ name: String, width: Int, height: Int) -> AppState {
    let start = ScreenFixtures.start
    var state = ScreenFixtures.state(width: width, height: height, screen: .home(HomeState()))
    func at(_ seconds: TimeInterval) -> Date { start + seconds }
    func press(_ key: Key, _ seconds: TimeInterval) { _ = state.handle(.key(key), now: at(seconds)) }
    func tick(_ seconds: TimeInterval) { _ = state.handle(.tick, now: at(seconds)) }

    switch name {
    case "home":
      var home = HomeState()
      home.resumable = [
        SessionSummary(
          id: "feedbeef", createdAt: start - 3600, formatID: "amazon-l6", questionID: "url-shortener",
          questionTitle: "Design a URL shortener", deckID: "amazon-l6-l7", level: .l6, finishedAt: nil,
          activeSeconds: nil, isGraded: false)
      ]
      home.attempts = ["url-shortener": 2]
      state.screen = .home(home)
      press(.tab, 0)
    default:
      _ = state.startSession(
        format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
      press(.character(" "), 60)
      press(.character("j"), 61)
      switch name {
      case "session-running":
        tick(205)
      case "session-amber":
        tick(8 * 60 + 30)
      case "session-overrun":
        tick(12 * 60 + 30)
      case "session-paused":
        tick(4 * 60)
        press(.character("p"), 4 * 60 + 10)
        tick(9 * 60)
      case "session-follow-up":
        press(.character("]"), 10 * 60)
        tick(12 * 60 + 5)
      case "session-notes-cjk-emoji":
        press(.tab, 90)
        _ = state.handle(.paste("容量: 1億リンク/月 🙂\nAPI: POST /links → 201 👩‍👩‍👧\nbase62 × 7 = 3.5兆"), now: at(100))
        tick(120)
      case "session-help":
        tick(150)
        press(.character("?"), 151)
      case "session-finished":
        press(.character("]"), 9 * 60)
        press(.character("]"), 31 * 60)
        press(.character("]"), 52 * 60)
        press(.character("]"), 63 * 60)
        press(.character("y"), 63 * 60 + 1)
        tick(64 * 60)
      default:
        Issue.record("unknown scenario \(name)")
      }
    }
    return state
  }

  /// Review screens (grading, history, record, reference, progress) built from fixture sessions.
  static func reviewScenario(_ name: String, width: Int, height: Int) -> AppState {
    let start = ScreenFixtures.start
    let graded = ScreenFixtures.finishedSession(
      daysAgo: 1, scores: ["requirements": 3, "trade-offs": 2, "communication": 3, "platform-impact": 2], id: "aaaa1111"
    )
    let older = ScreenFixtures.finishedSession(
      daysAgo: 8, scores: ["requirements": 2, "trade-offs": 3, "communication": 2], id: "bbbb2222")
    let ungraded = ScreenFixtures.finishedSession(daysAgo: 3, scores: [:], id: "cccc3333")
    var state = ScreenFixtures.state(width: width, height: height, screen: .home(HomeState()))
    let summaries = [graded, ungraded, older].map(SessionSummary.init)
    switch name {
    case "grading":
      _ = state.openGrading(graded, returnTo: nil)
      _ = state.handle(.key(.character("j")), now: start)
    case "history":
      state.screen = .history(HistoryState(sessions: summaries))
    case "record":
      state.screen = .record(RecordState(session: graded, history: nil))
    case "record-reference":
      var record = RecordState(session: graded, history: nil)
      record.showsReference = true
      state.screen = .record(record)
    default:
      let stats = PracticeStats(
        sessions: [graded, older, ungraded], content: ScreenFixtures.content, rubric: ScreenFixtures.rubric, now: start)
      state.screen = .stats(StatsState(stats: stats))
    }
    return state
  }

  static let reviewNames = ["grading", "history", "record", "record-reference", "stats"]

  @Test("every review screen at 80x24 and 120x40", arguments: reviewNames)
  func reviewScreens(_ name: String) throws {
    for size in Self.sizes.prefix(2) {
      let state = Self.reviewScenario(name, width: size.width, height: size.height)
      try Golden.check(AppScreen.render(state), named: "\(name)-\(size.width)x\(size.height)")
    }
  }

  static let names = [
    "home", "session-running", "session-amber", "session-overrun", "session-paused", "session-follow-up",
    "session-notes-cjk-emoji", "session-help", "session-finished",
  ]

  @Test("every screen at 80x24, 120x40 and 200x60", arguments: names)
  func screens(_ name: String) throws {
    for size in Self.sizes {
      let state = Self.scenario(name, width: size.width, height: size.height)
      try Golden.check(AppScreen.render(state), named: "\(name)-\(size.width)x\(size.height)")
    }
  }

  @Test("a tiny terminal shows a too-small notice with the size it needs")
  func tooSmall() throws {
    let state = Self.scenario("session-running", width: 20, height: 6)
    let canvas = AppScreen.render(state)
    #expect(canvas.text().contains("60x16"))
    try Golden.check(canvas, named: "too-small-20x6")
  }

  @Test("the reference answer is never drawn during the mock")
  func referenceHidden() {
    for name in Self.names where name.hasPrefix("session") && name != "session-finished" {
      let canvas = AppScreen.render(Self.scenario(name, width: 200, height: 60))
      #expect(!canvas.text().contains("Secret model answer"))
    }
  }
}

@Suite("Grading through keys")
struct GradingKeyTests {
  @Test("digits score the selected dimension and every change asks for a save")
  func digitsScore() throws {
    let session = ScreenFixtures.finishedSession(daysAgo: 0, scores: [:], id: "dddd4444")
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.openGrading(session, returnTo: nil)
    let start = ScreenFixtures.start
    #expect(state.handle(.key(.character("3")), now: start).count == 1)
    _ = state.handle(.key(.character("j")), now: start)
    _ = state.handle(.key(.character("4")), now: start)
    _ = state.handle(.key(.character("l")), now: start)  // already at the top of the scale
    _ = state.handle(.key(.character("j")), now: start)
    _ = state.handle(.key(.character("h")), now: start)  // unscored: lowering starts from the top
    guard case .grading(let grading, _) = state.screen else {
      Issue.record("not on the grading screen")
      return
    }
    #expect(grading.assessment.scores == ["requirements": 3, "trade-offs": 4, "communication": 4])
    _ = state.handle(.key(.character("q")), now: start)
    guard case .record(let record) = state.screen else {
      Issue.record("q did not open the record")
      return
    }
    #expect(record.session.assessment?.scores["trade-offs"] == 4)
  }
}
