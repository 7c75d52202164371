import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("The mouse: the wheel scrolls the pane under it, a click focuses a pane or picks a row")
struct MouseTests {
  static let start = ScreenFixtures.start

  static func runningMock() -> AppState {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    return state
  }

  static func live(_ state: AppState) -> SessionScreenState? {
    if case .session(let live) = state.screen { return live }
    return nil
  }

  static func center(_ rect: Rect) -> (row: Int, column: Int) {
    (rect.row + rect.height / 2, rect.column + rect.width / 2)
  }

  static func event(_ rect: Rect, _ kind: MouseEvent.Kind) -> AppEvent {
    let point = center(rect)
    return .mouse(MouseEvent(row: point.row, column: point.column, kind: kind))
  }

  @Test("every session pane is found where SessionLayout puts it; title, timer and footer are no pane")
  func sessionPanesFollowTheLayout() {
    let state = Self.runningMock()
    let layout = state.sessionLayout
    let expected: [(ScreenPane, Rect)] = [
      (.question, layout.question), (.followUps, layout.followUps), (.checklist, layout.checklist),
      (.notes, layout.notes),
    ]
    for (pane, rect) in expected {
      let point = Self.center(rect)
      #expect(state.pane(at: Point(row: point.row, column: point.column))?.pane == pane)
      #expect(state.pane(at: rect.origin)?.frame == rect)
    }
    #expect(state.pane(at: Point(row: layout.title.row, column: 5)) == nil)
    #expect(state.pane(at: Point(row: layout.timer.row, column: 5)) == nil)
    #expect(state.pane(at: Point(row: layout.footer.row, column: 5)) == nil)
  }

  @Test("the wheel over the checklist moves its selection, down then up")
  func wheelOverChecklist() {
    var state = Self.runningMock()
    let checklist = state.sessionLayout.checklist
    _ = state.handle(Self.event(checklist, .wheelDown), now: Self.start + 1)
    _ = state.handle(Self.event(checklist, .wheelDown), now: Self.start + 1)
    #expect(Self.live(state)?.checklistCursor == 2)
    _ = state.handle(Self.event(checklist, .wheelUp), now: Self.start + 1)
    #expect(Self.live(state)?.checklistCursor == 1)
  }

  @Test("the wheel over the notes scrolls them, even while the checklist has the focus")
  func wheelOverNotes() {
    var state = Self.runningMock()
    _ = state.handle(.key(.tab), now: Self.start + 1)
    _ = state.handle(.typed((1...60).map { "line \($0)" }.joined(separator: "\n")), now: Self.start + 1)
    _ = state.handle(.key(.escape), now: Self.start + 2)
    let notes = state.sessionLayout.notes
    let width = state.sessionLayout.notesText.width
    let bottom = Self.live(state)?.editor.scrollOffset(width: width) ?? 0
    #expect(bottom > 0)
    for _ in 0..<10 { _ = state.handle(Self.event(notes, .wheelUp), now: Self.start + 3) }
    let scrolled = Self.live(state)?.editor.scrollOffset(width: width) ?? 0
    #expect(scrolled < bottom)
    #expect(Self.live(state)?.focus == .checklist)
    #expect(Self.live(state)?.editor.text.hasPrefix("line 1\n") == true)
  }

  @Test("a click on the notes gives them the focus; a click on the checklist takes it back and saves the notes")
  func clickFocusesPanes() {
    var state = Self.runningMock()
    let layout = state.sessionLayout
    _ = state.handle(Self.event(layout.notes, .press(.left)), now: Self.start + 1)
    #expect(Self.live(state)?.focus == .notes)
    _ = state.handle(.key(.character("x")), now: Self.start + 2)
    let effects = state.handle(Self.event(layout.checklist, .press(.left)), now: Self.start + 3)
    #expect(Self.live(state)?.focus == .checklist)
    #expect(effects.contains { if case .save(.notes("x", _, _)) = $0 { true } else { false } })
  }

  @Test("releases, the middle and right buttons, and the mouse over a dialog do nothing")
  func otherMouseEventsDoNothing() {
    var state = Self.runningMock()
    let notes = state.sessionLayout.notes
    for kind in [MouseEvent.Kind.release, .press(.right), .press(.middle)] {
      #expect(state.handle(Self.event(notes, kind), now: Self.start + 1).isEmpty)
    }
    #expect(Self.live(state)?.focus == .checklist)
    _ = state.handle(.key(.character("q")), now: Self.start + 2)
    #expect(state.dialog == .leaveSession)
    _ = state.handle(Self.event(notes, .press(.left)), now: Self.start + 3)
    #expect(Self.live(state)?.focus == .checklist)
    #expect(state.dialog == .leaveSession)
  }

  @Test("home: a click in the formats picks the format clicked; in the questions, the question")
  func homeClickPicksRows() {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    let layout = HomeLayout(width: 100, height: 30, hasBanner: false)
    let second = layout.formats.inset(by: 1).row + 1
    _ = state.handle(
      .mouse(MouseEvent(row: second, column: layout.formats.column + 3, kind: .press(.left))), now: Self.start)
    guard case .home(let home) = state.screen else {
      Issue.record("left home")
      return
    }
    #expect(home.formatIndex == 1)
    #expect(home.pane == .formats)
    _ = state.handle(
      .mouse(MouseEvent(row: layout.questions.row + 1, column: layout.questions.column + 3, kind: .press(.left))),
      now: Self.start)
    guard case .home(let after) = state.screen else { return }
    #expect(after.pane == .questions)
    #expect(after.questionIndex == 0)
    // Below the last row: the pane takes the focus, the selection stays.
    _ = state.handle(
      .mouse(MouseEvent(row: layout.formats.bottom - 2, column: layout.formats.column + 3, kind: .press(.left))),
      now: Self.start)
    guard case .home(let below) = state.screen else { return }
    #expect(below.pane == .formats)
    #expect(below.formatIndex == 1)
  }

  @Test("history: a click picks the session clicked, the wheel moves the selection")
  func historyClickAndWheel() {
    let sessions = (0..<5).map { index in
      SessionSummary(
        id: "id\(index)", createdAt: Self.start, formatID: "amazon-l6", questionID: "url-shortener",
        questionTitle: "Design a URL shortener", deckID: "amazon-l6-l7", level: .l6, finishedAt: nil,
        activeSeconds: nil, isGraded: false, rubricID: nil, scores: nil)
    }
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .history(HistoryState(sessions: sessions)))
    let list = HistoryLayout(width: 100, height: 30).list
    _ = state.handle(.mouse(MouseEvent(row: list.row + 3, column: 10, kind: .press(.left))), now: Self.start)
    guard case .history(let clicked) = state.screen else {
      Issue.record("left history")
      return
    }
    #expect(clicked.cursor == 3)
    _ = state.handle(.mouse(MouseEvent(row: list.row, column: 10, kind: .wheelDown)), now: Self.start)
    guard case .history(let wheeled) = state.screen else { return }
    #expect(wheeled.cursor == 4)
  }

  @Test("the wheel scrolls the record three rows a notch")
  func wheelScrollsRecord() {
    let session = ScreenFixtures.finishedSession(daysAgo: 1, scores: ["requirements": 3], id: "abcd0001")
    var state = ScreenFixtures.state(
      width: 100, height: 30, screen: .record(RecordState(session: session, history: nil)))
    _ = state.handle(.mouse(MouseEvent(row: 10, column: 10, kind: .wheelDown)), now: Self.start)
    guard case .record(let record) = state.screen else {
      Issue.record("left the record")
      return
    }
    #expect(record.scroll == AppState.wheelRows)
  }
}
