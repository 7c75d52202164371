import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// Home's Today pane and the plan on the progress screen, driven through `AppState.handle`.
///
/// Content: the screen fixtures' formats and rubric, with three L6 questions: url-shortener
/// (requirements), rate-limiter (trade-offs) and chat (communication). One session: the URL
/// shortener graded three days before `start` with trade-offs 2, so the bar is missed with a
/// core average of 2.67 (Hard: one day, overdue by two) and trade-offs is the weak dimension.
@Suite("Today: the practice plan on the home screen")
struct TodayScreenTests {
  static let questions = [
    Question(
      id: "url-shortener", title: "Design a URL shortener", levels: [.l6], prompt: "Shorten links.",
      dimensions: ["requirements"]),
    Question(
      id: "rate-limiter", title: "Design a rate limiter", levels: [.l6], prompt: "Limit callers fairly.",
      dimensions: ["trade-offs"]),
    Question(
      id: "chat", title: "Design a chat service", levels: [.l6], prompt: "Deliver messages in order.",
      dimensions: ["communication"]),
  ]

  static let content = ContentLibrary(
    formats: [ScreenFixtures.l6, ScreenFixtures.drill],
    decks: [Deck(id: "plan", title: "Plan", questions: questions, file: "plan.yaml")],
    rubrics: [ScreenFixtures.rubric, ScreenFixtures.drillRubric])

  static let utc: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    return calendar
  }()

  static var plan: PracticePlan {
    let graded = ScreenFixtures.finishedSession(
      daysAgo: 3, scores: ["requirements": 3, "trade-offs": 2, "communication": 3], id: "done-1")
    return PracticePlan(
      sessions: [graded], content: content,
      settings: PlanSettings(level: .l6, interview: CalendarDay("2027-02-01"), minutesPerDay: 120),
      now: ScreenFixtures.start, calendar: utc)
  }

  static func home(width: Int = 100, height: Int = 30) -> AppState {
    var state = AppState(
      screen: .home(HomeState()), width: width, height: height, content: content, bellEnabled: true,
      now: ScreenFixtures.start)
    #expect(state.handle(.loaded(.home(unfinished: [], attempts: [:])), now: ScreenFixtures.start) == [.load(.plan)])
    _ = state.handle(.loaded(.plan(plan)), now: ScreenFixtures.start)
    return state
  }

  static func homeState(_ state: AppState) -> HomeState? {
    if case .home(let home) = state.screen { return home }
    return nil
  }

  @Test("the plan puts the overdue card first today and picks the weak dimension's question next")
  func planOfTheFixture() {
    let entries = TodayEntry.all(of: Self.plan)
    #expect(entries.first?.item.card.questionID == "url-shortener")
    #expect(entries.first?.item.kind == .overdue)
    #expect(entries.first?.isToday == true)
    #expect(entries.first { $0.item.kind == .new }?.item.card.questionID == "rate-limiter")
  }

  @Test("home opens on Today once the plan arrives; a home the user already moved in stays put")
  func opensOnToday() {
    #expect(Self.homeState(Self.home())?.pane == .today)
    var moved = AppState(
      screen: .home(HomeState()), width: 100, height: 30, content: Self.content, bellEnabled: true,
      now: ScreenFixtures.start)
    _ = moved.handle(.key(.tab), now: ScreenFixtures.start)
    _ = moved.handle(.loaded(.plan(Self.plan)), now: ScreenFixtures.start)
    #expect(Self.homeState(moved)?.pane == .questions)
    #expect(Self.homeState(moved)?.plan != nil)
  }

  @Test("Enter on Today starts the selected mock in its planned format at its level")
  func enterStarts() throws {
    var state = Self.home()
    let effects = state.handle(.key(.enter), now: ScreenFixtures.start + 5)
    guard case .begin(let session)? = effects.first else {
      Issue.record("expected a new session, got \(effects)")
      return
    }
    #expect(session.question.id == "url-shortener")
    #expect(session.format.id == "amazon-l6")
    #expect(session.level == .l6)
    guard case .session = state.screen else {
      Issue.record("the session screen should be shown")
      return
    }
  }

  @Test("j moves down Today's list and Enter starts that one")
  func moveAndStart() throws {
    var state = Self.home()
    _ = state.handle(.key(.character("j")), now: ScreenFixtures.start)
    #expect(Self.homeState(state)?.todayIndex == 1)
    let second = TodayEntry.all(of: Self.plan)[1].item
    let effects = state.handle(.key(.enter), now: ScreenFixtures.start)
    guard case .begin(let session)? = effects.first else {
      Issue.record("expected a new session, got \(effects)")
      return
    }
    #expect(session.question.id == second.card.questionID)
    #expect(session.format.id == second.formatID)
  }

  @Test("Tab goes from Today to the questions, the formats, the details, then back to Today")
  func tabCycles() {
    var state = Self.home()
    var panes: [HomeState.Pane?] = []
    for _ in 0..<4 {
      _ = state.handle(.key(.tab), now: ScreenFixtures.start)
      panes.append(Self.homeState(state)?.pane)
    }
    #expect(panes == [.questions, .formats, .details, .today])
  }

  @Test("the surprise key picks a mock from today's plan and says why")
  func surpriseFromPlan() {
    var state = Self.home()
    _ = state.handle(.key(.tab), now: ScreenFixtures.start)
    _ = state.handle(.key(.character("s")), now: ScreenFixtures.start)
    let home = Self.homeState(state)
    let entries = TodayEntry.all(of: Self.plan)
    #expect(home?.pane == .today)
    let picked = home.map { entries[$0.todayIndex] }
    #expect(picked?.isToday == true)
    #expect(home?.message?.hasPrefix("From today's plan: \(picked?.item.title ?? "")") == true)
  }

  @Test("Today shows each mock with its format and why, and the interview in the title")
  func rendersToday() {
    let text = AppScreen.render(Self.home()).textLines().joined(separator: "\n")
    #expect(text.contains("Today 2027-01-15 · L6 · interview in 17 days · 120 min a day"))
    #expect(text.contains("today  overdue amazon-l6"))
    #expect(text.contains("overdue by 2 days (due 2027-01-13); last rated hard on 2027-01-12"))
    #expect(text.contains("Tab Formats and questions"))
  }

  @Test("the progress screen shows the plan's coverage of each dimension and the days left")
  func statsShowPlan() {
    var state = Self.home()
    let stats = PracticeStats(
      sessions: [], content: Self.content, rubric: ScreenFixtures.rubric, now: ScreenFixtures.start)
    _ = state.handle(.key(.character("t")), now: ScreenFixtures.start)
    #expect(state.handle(.loaded(.stats(stats)), now: ScreenFixtures.start) == [.load(.plan)])
    _ = state.handle(.loaded(.plan(Self.plan)), now: ScreenFixtures.start)
    let text = AppScreen.render(state).textLines().joined(separator: "\n")
    #expect(text.contains("Plan · L6 · interview 2027-02-01: 17 days left · 120 min a day"))
    #expect(text.contains("Trade-off depth"))
    #expect(text.contains("2.0   needs 3.0  planned"))
  }

  @Test("Today matches its golden files", arguments: [(80, 24), (120, 40)])
  func golden(_ size: (Int, Int)) throws {
    try Golden.check(
      AppScreen.render(Self.home(width: size.0, height: size.1)), named: "today-\(size.0)x\(size.1)")
  }
}
