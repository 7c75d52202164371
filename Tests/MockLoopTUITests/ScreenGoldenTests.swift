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
    case "record-ungraded":
      state.screen = .record(RecordState(session: ungraded, history: nil))
    case "record-reference":
      var record = RecordState(session: graded, history: nil)
      record.showsReference = true
      state.screen = .record(record)
    case "compare":
      var record = RecordState(session: graded, history: nil)
      record.comparison = ComparisonState(
        comparison: AttemptComparison(
          questionID: graded.question.id, sessions: [graded, older, ungraded], rubric: ScreenFixtures.rubric, now: start
        ))
      state.screen = .record(record)
    default:
      let stats = PracticeStats(
        sessions: [graded, older, ungraded], content: ScreenFixtures.content, rubric: ScreenFixtures.rubric, now: start)
      state.screen = .stats(StatsState(stats: stats))
    }
    return state
  }

  static let reviewNames = [
    "grading", "history", "record", "record-ungraded", "record-reference", "stats", "compare",
  ]

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

@Suite("Scrolled screens match their golden files")
struct ScrolledScreenGoldenTests {
  /// States reached through keys only, from a session of the long question or a graded record.
  static func scenario(_ name: String, width: Int, height: Int) -> AppState {
    let start = ScreenFixtures.start
    var state = ScrollFixtures.state(width: width, height: height)
    func press(_ key: Key, _ seconds: TimeInterval) { _ = state.handle(.key(key), now: start + seconds) }
    func tick(_ seconds: TimeInterval) { _ = state.handle(.tick, now: start + seconds) }
    let format = name == "phase-bar-long-titles" ? ScrollFixtures.longTitles : ScreenFixtures.l6
    if name == "record-scrolled-to-end" {
      let graded = ScreenFixtures.finishedSession(
        daysAgo: 1, scores: ["requirements": 3, "trade-offs": 2, "communication": 3], id: "aaaa1111")
      state.screen = .record(RecordState(session: graded, history: nil))
      press(.character("G"), 0)
      return state
    }
    _ = state.startSession(
      format: format, question: (ScrollFixtures.longQuestion, ScrollFixtures.deck), level: .l6)
    switch name {
    case "question-scrolled-to-end":
      press(.tab, 30)
      press(.tab, 31)
      press(.character("G"), 32)
      tick(40)
    case "question-half-page-down":
      press(.tab, 30)
      press(.tab, 31)
      press(.control("d"), 32)
      tick(40)
    case "follow-ups-all-asked":
      for minute in 1...7 { press(.character("f"), TimeInterval(minute * 60)) }
      press(.tab, 470)
      press(.tab, 471)
      press(.tab, 472)
      press(.character("G"), 473)
      tick(480)
    case "phase-bar-long-titles":
      press(.character("]"), 9 * 60)
      press(.character("]"), 25 * 60)
      tick(27 * 60 + 10)
    case "big-clock":
      press(.character("c"), 30)
      tick(10 * 60 + 42)
    default:
      Issue.record("unknown scenario \(name)")
    }
    return state
  }

  static let names = [
    "question-scrolled-to-end", "question-half-page-down", "follow-ups-all-asked", "phase-bar-long-titles",
    "record-scrolled-to-end", "big-clock",
  ]

  @Test("scrolled panes, long phase titles and the big clock at 80x24, 120x40 and 200x60", arguments: names)
  func screens(_ name: String) throws {
    for size in ScreenGoldenTests.sizes {
      let state = Self.scenario(name, width: size.width, height: size.height)
      try Golden.check(AppScreen.render(state), named: "\(name)-\(size.width)x\(size.height)")
    }
  }

  @Test("the end of a scrolled pane shows its last line and its position")
  func scrolledToEnd() {
    for size in ScreenGoldenTests.sizes {
      let question = AppScreen.render(Self.scenario("question-scrolled-to-end", width: size.width, height: size.height))
      #expect(question.text().contains("Rebalancing forecasts"), "at \(size.width)x\(size.height)")
      let followUps = AppScreen.render(Self.scenario("follow-ups-all-asked", width: size.width, height: size.height))
      #expect(followUps.text().contains("Follow-up number 1:"), "at \(size.width)x\(size.height)")
      #expect(followUps.text().contains("Follow-ups 7/"), "at \(size.width)x\(size.height)")
      let record = AppScreen.render(Self.scenario("record-scrolled-to-end", width: size.width, height: size.height))
      #expect(record.text().contains("Cache the hot 20% of links."), "at \(size.width)x\(size.height)")
    }
    let question = AppScreen.render(Self.scenario("question-scrolled-to-end", width: 80, height: 24))
    #expect(question.text().range(of: #"\d+-\d+/\d+"#, options: .regularExpression) != nil)
  }

  @Test("the active phase shows its whole title at every size")
  func activePhaseWhole() {
    for size in ScreenGoldenTests.sizes {
      let canvas = AppScreen.render(Self.scenario("phase-bar-long-titles", width: size.width, height: size.height))
      #expect(canvas.textLines()[1].contains("3 Interfaces between the services and their contracts 10m"))
    }
  }
}
