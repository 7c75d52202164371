import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("Scrolling is clamped at both ends")
struct ScrollStateTests {
  @Test("a text pane stops at its last page, and the first key back moves it")
  func clampedAtTheEnd() {
    var scroll = ScrollState()
    for _ in 0..<75 { scroll.apply(.lines(1), contentHeight: 41, viewportHeight: 10) }
    #expect(scroll.offset == 31)
    scroll.apply(.lines(-1), contentHeight: 41, viewportHeight: 10)
    #expect(scroll.offset == 30)
    for _ in 0..<40 { scroll.apply(.lines(-1), contentHeight: 41, viewportHeight: 10) }
    #expect(scroll.offset == 0)
  }

  @Test("half pages, pages and the ends move by the viewport")
  func motions() {
    var scroll = ScrollState()
    scroll.apply(.halfPages(1), contentHeight: 100, viewportHeight: 20)
    #expect(scroll.offset == 10)
    scroll.apply(.pages(1), contentHeight: 100, viewportHeight: 20)
    #expect(scroll.offset == 29)
    scroll.apply(.bottom, contentHeight: 100, viewportHeight: 20)
    #expect(scroll.offset == 80)
    scroll.apply(.pages(-1), contentHeight: 100, viewportHeight: 20)
    #expect(scroll.offset == 61)
    scroll.apply(.top, contentHeight: 100, viewportHeight: 20)
    #expect(scroll.offset == 0)
  }

  @Test("content that fits never scrolls and shows no position")
  func fits() {
    var scroll = ScrollState()
    scroll.apply(.bottom, contentHeight: 8, viewportHeight: 10)
    #expect(scroll.offset == 0)
    #expect(scroll.position(contentHeight: 8, viewportHeight: 10) == nil)
    #expect(ScrollState(offset: 5).position(contentHeight: 41, viewportHeight: 10) == "6-15/41")
  }

  @Test("a larger window clamps an offset stored at a smaller one")
  func resized() {
    let scroll = ScrollState(offset: 31)
    #expect(scroll.clampedOffset(contentHeight: 41, viewportHeight: 30) == 11)
    #expect(scroll.position(contentHeight: 41, viewportHeight: 30) == "12-41/41")
  }

  @Test("a list's selection is clamped and its view follows it")
  func list() {
    var list = ListState()
    list.apply(.bottom, count: 41, viewportHeight: 10)
    #expect(list.selected == 40)
    #expect(list.visibleOffset(count: 41, viewportHeight: 10) == 31)
    #expect(list.position(count: 41, viewportHeight: 10) == "41/41")
    list.apply(.lines(5), count: 41, viewportHeight: 10)
    #expect(list.selected == 40)
    list.apply(.lines(-1), count: 41, viewportHeight: 10)
    #expect(list.selected == 39)
    #expect(list.visibleOffset(count: 41, viewportHeight: 10) == 31)
    list.apply(.halfPages(-1), count: 41, viewportHeight: 10)
    #expect(list.selected == 34)
    #expect(list.visibleOffset(count: 41, viewportHeight: 10) == 26)
    list.apply(.top, count: 41, viewportHeight: 10)
    #expect(list == ListState(selected: 0, offset: 0))
    #expect(ListState().position(count: 5, viewportHeight: 10) == nil)
  }

  @Test("the record's scroll is clamped: after 75 j one k moves it")
  func recordClamped() {
    let session = ScreenFixtures.finishedSession(daysAgo: 1, scores: ["requirements": 3], id: "aaaa1111")
    var state = ScreenFixtures.state(
      width: 80, height: 24, screen: .record(RecordState(session: session, history: nil)))
    let now = ScreenFixtures.start
    for _ in 0..<75 { _ = state.handle(.key(.character("j")), now: now) }
    let atEnd = AppScreen.render(state).text()
    _ = state.handle(.key(.character("j")), now: now)
    #expect(AppScreen.render(state).text() == atEnd)
    _ = state.handle(.key(.character("k")), now: now)
    #expect(AppScreen.render(state).text() != atEnd)
    _ = state.handle(.key(.character("G")), now: now)
    #expect(AppScreen.render(state).text() == atEnd)
  }

  @Test("G on a long question list selects its last question and shows where it is")
  func homeListEnd() {
    let questions = (1...41).map { number in
      Question(id: "drill-\(number)", title: "Drill number \(number)", levels: [.l6, .l7], prompt: "Explain it.")
    }
    let deck = Deck(id: "drills", title: "Drills", questions: questions, file: "drills.yaml")
    let content = ContentLibrary(formats: [ScreenFixtures.drill], decks: [deck], rubrics: [ScreenFixtures.drillRubric])
    var state = AppState(
      screen: .home(HomeState()), width: 80, height: 24, content: content, bellEnabled: true, now: ScreenFixtures.start)
    _ = state.handle(.key(.tab), now: ScreenFixtures.start)
    _ = state.handle(.key(.character("G")), now: ScreenFixtures.start)
    let text = AppScreen.render(state).text()
    #expect(text.contains("Drill number 41"))
    #expect(text.contains("41/41"))
    _ = state.handle(.key(.pageUp), now: ScreenFixtures.start)
    let paged = AppScreen.render(state).text()
    #expect(paged.contains("29/41"), "\(paged)")
  }

  @Test("Tab visits every pane of the mock and Shift-Tab goes back")
  func focusCycle() {
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    var seen: [PaneID?] = [state.focusedPane]
    for _ in 0..<4 {
      _ = state.handle(.key(.tab), now: ScreenFixtures.start + 1)
      seen.append(state.focusedPane)
    }
    #expect(seen == [.checklist, .notes, .question, .followUps, .checklist])
    _ = state.handle(.key(.backTab), now: ScreenFixtures.start + 2)
    #expect(state.focusedPane == .followUps)
  }

  @Test("the mouse finds the pane under a point, and a click on a checklist row selects it")
  func mouse() {
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    let layout = state.sessionLayout
    #expect(state.pane(at: Point(row: layout.question.row + 2, column: layout.question.column + 3))?.id == .question)
    #expect(layout.pane(at: Point(row: layout.followUps.row + 1, column: layout.followUps.column + 1)) == .followUps)
    // The checklist's third item is on its box's fourth inner row (after the goal).
    _ = state.click(at: Point(row: layout.checklist.row + 4, column: layout.checklist.column + 5))
    guard case .session(let live) = state.screen else {
      Issue.record("left the session")
      return
    }
    #expect(live.focus == .checklist)
    #expect(live.checklistCursor == 2)
    // At 80x24 the question is longer than its box: the wheel over it scrolls it.
    _ = state.handle(.resize(width: 80, height: 24), now: ScreenFixtures.start + 1)
    let small = state.sessionLayout
    let moved = state.wheel(at: Point(row: small.question.row + 1, column: small.question.column + 1), lines: 3)
    #expect(moved)
    guard case .session(let scrolled) = state.screen else { return }
    #expect(scrolled.questionScroll.offset == 3)
  }
}
