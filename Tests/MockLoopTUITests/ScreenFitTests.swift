import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// Rows with figures give way part by part; text that is a sentence wraps; nothing is cut
/// mid-word.
@Suite("Screens at small sizes cut nothing mid-word")
struct ScreenFitTests {
  static let checklist = [
    "Listed the core functional requirements and parked the nice-to-haves",
    "Put numbers on users, requests per second, data size and growth",
    "Agreed availability, latency and consistency targets",
    "Stated my assumptions and had the interviewer confirm them",
    "Named the metrics that would show the system is succeeding",
  ]

  static let format = InterviewFormat(
    id: "amazon-l6", title: "Amazon L6 system design (60 min)", level: .l6,
    phases: [
      Phase(
        id: "clarify", title: "Clarify the problem", minutes: 10,
        goal: "Pin down what the system must do, for whom, how well and at what scale before drawing anything.",
        checklist: checklist),
      Phase(
        id: "wrap-up", title: "Operational excellence and wrap-up", minutes: 50,
        goal: "Show the system can be run.", checklist: checklist),
    ])

  static func session(width: Int, height: Int) -> AppState {
    var state = ScreenFixtures.state(width: width, height: height, screen: .home(HomeState()))
    _ = state.startSession(format: format, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    return state
  }

  /// The words of `row` that are not whole words of `source` and do not end in an ellipsis.
  static func cutWords(in row: String, of source: String) -> [String] {
    let words = Set(source.split(whereSeparator: \.isWhitespace).map(String.init))
    return row.split(whereSeparator: \.isWhitespace).map(String.init).filter { word in
      !word.hasSuffix("…") && !words.contains(word)
    }
  }

  @Test("at 80x24 the timer row keeps the phase's and the interview's time left whole, even paused")
  func timerRow() {
    var state = Self.session(width: 80, height: 24)
    let start = ScreenFixtures.start
    _ = state.handle(.key(.character("]")), now: start + 600)
    _ = state.handle(.key(.character("p")), now: start + 700)
    _ = state.handle(.key(.character("p")), now: start + 1400)
    _ = state.handle(.key(.character("p")), now: start + 1500)
    func rows() -> (small: String, wide: String) {
      var wide = state
      _ = wide.handle(.resize(width: 200, height: 24), now: state.now)
      return (AppScreen.render(state).textLines()[3], AppScreen.render(wide).textLines()[3])
    }
    let paused = rows()
    #expect(paused.wide.contains("paused 11:40"), "\(paused.wide)")
    #expect(paused.small.contains("PAUSED 46:40"), "\(paused.small)")
    #expect(paused.small.contains("total left 46:40"), "\(paused.small)")
    #expect(Self.cutWords(in: paused.small, of: paused.wide).isEmpty, "\(paused.small)")
    _ = state.handle(.key(.character("p")), now: start + 1510)
    _ = state.handle(.tick, now: start + 1520)
    let running = rows()
    #expect(running.small.contains("46:30 left"), "\(running.small)")
    #expect(running.small.contains("total left 46:30"), "\(running.small)")
    #expect(Self.cutWords(in: running.small, of: running.wide).isEmpty, "\(running.small)")
  }

  @Test("at 80x24 the footer keeps ? help and q quit")
  func footer() {
    for state in [
      Self.session(width: 80, height: 24), ScreenFixtures.state(width: 80, height: 24, screen: .home(HomeState())),
    ] {
      let footer = AppScreen.render(state).textLines()[23]
      #expect(footer.contains("? help"), "\(footer)")
      #expect(footer.contains("q quit"), "\(footer)")
      #expect(!footer.contains("…"), "a hint was cut: \(footer)")
    }
  }

  @Test("at 80x24 a five-item phase shows at least four items whole")
  func checklistItems() {
    let canvas = AppScreen.render(Self.session(width: 80, height: 24))
    let right = canvas.textLines().map { String($0.dropFirst(36)) }.joined(separator: "\n")
    let whole = Self.checklist.filter { item in
      let words = item.split(separator: " ")
      return right.contains(String(words.last!)) && right.contains(String(words.first!))
    }
    #expect(whole.count >= 4, "\(right)")
  }

  @Test("at 60x16 the title bar cuts at a word and says so")
  func titleAt60x16() {
    let row = AppScreen.render(Self.session(width: 60, height: 16)).textLines()[0]
    #expect(
      Self.cutWords(in: row, of: "MockLoop Design a URL shortener Amazon L6 system design (60 min) · L6").isEmpty,
      "\(row)")
    #expect(row.contains("Design a URL shortener"))
  }

  @Test("the phase bar never cuts a word without an ellipsis, at any size")
  func phaseBar() {
    for width in [60, 80, 100, 120, 200] {
      let row = AppScreen.render(Self.session(width: width, height: 24)).textLines()[1]
      let source = Self.format.phases.map { "\($0.title) \($0.minutes)m" }.joined(separator: " ") + " 1 2"
      #expect(Self.cutWords(in: row.replacingOccurrences(of: "│", with: " "), of: source).isEmpty, "\(row)")
      #expect(row.contains("1 Clarify the problem 10m"), "at \(width): \(row)")
    }
  }

  @Test("home's format line wraps instead of being cut")
  func homeDetails() {
    var home = HomeState()
    home.pane = .questions
    let text = AppScreen.render(ScreenFixtures.state(width: 80, height: 24, screen: .home(home))).textLines()
      .joined(separator: " ")
    #expect(text.contains("Operations and wrap-up 10 min"))
  }

  @Test("grading wraps a long self-assessment item and the record wraps follow-ups and notes to improve")
  func wrapsSentences() {
    var rubric = ScreenFixtures.rubric
    rubric.selfAssessment = [
      SelfAssessmentGroup(
        id: "ownership", title: "Ownership",
        items: ["I treated running the system as my problem, not someone else's, from the first minute"])
    ]
    let content = ContentLibrary(
      formats: [ScreenFixtures.l6], decks: [ScreenFixtures.deck], rubrics: [rubric, ScreenFixtures.drillRubric])
    var session = ScreenFixtures.finishedSession(daysAgo: 1, scores: ["requirements": 3], id: "aaaa1111")
    session.assessment?.toImprove =
      "Spend less time on the API and more on the read path, and say the numbers out loud before drawing anything"
    var state = AppState(
      screen: .home(HomeState()), width: 80, height: 24, content: content, bellEnabled: true, now: ScreenFixtures.start)
    _ = state.openGrading(session, returnTo: nil)
    let grading = AppScreen.render(state).text()
    #expect(grading.contains("someone else's, from"), "\(grading)")
    #expect(grading.contains("the first minute"), "\(grading)")

    state.screen = .record(RecordState(session: session, history: nil))
    var seen = ""
    for _ in 0..<12 {
      seen += AppScreen.render(state).text()
      _ = state.handle(.key(.control("d")), now: ScreenFixtures.start)
    }
    #expect(seen.contains("before drawing anything"))
    #expect(seen.contains("without collisions?"))
  }
}
