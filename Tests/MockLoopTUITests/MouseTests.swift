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

  static func event(_ rect: Rect, _ kind: MouseEvent.Kind) -> AppEvent {
    .mouse(MouseEvent(row: rect.row + rect.height / 2, column: rect.column + rect.width / 2, kind: kind))
  }

  @Test("every pane of the mock is found where the screen draws it")
  func panesAreFound() throws {
    let state = Self.runningMock()
    for id in [PaneID.question, .followUps, .checklist, .notes] {
      let pane = try #require(state.pane(id))
      let center = Point(row: pane.frame.row + pane.frame.height / 2, column: pane.frame.column + pane.frame.width / 2)
      #expect(state.pane(at: center)?.id == id)
    }
    #expect(state.pane(at: Point(row: 0, column: 5)) == nil)
  }

  @Test("the wheel over the checklist moves its selection one row a notch, down then up")
  func wheelOverChecklist() throws {
    var state = Self.runningMock()
    let checklist = try #require(state.pane(.checklist)).frame
    _ = state.handle(Self.event(checklist, .wheelDown), now: Self.start + 1)
    _ = state.handle(Self.event(checklist, .wheelDown), now: Self.start + 1)
    #expect(try #require(Self.live(state)).checklistCursor == 2)
    _ = state.handle(Self.event(checklist, .wheelUp), now: Self.start + 1)
    #expect(try #require(Self.live(state)).checklistCursor == 1)
  }

  @Test("a click on the notes gives them the focus; a click on the checklist takes it back and saves the notes")
  func clickFocuses() throws {
    var state = Self.runningMock()
    let notes = try #require(state.pane(.notes)).frame
    let checklist = try #require(state.pane(.checklist)).frame
    _ = state.handle(Self.event(notes, .press(.left)), now: Self.start + 1)
    #expect(Self.live(state)?.focus == .notes)
    _ = state.handle(.key(.character("z")), now: Self.start + 2)
    let effects = state.handle(Self.event(checklist, .press(.left)), now: Self.start + 3)
    #expect(Self.live(state)?.focus == .checklist)
    let id = try #require(Self.live(state)).session.id
    #expect(effects.contains(.save(.notes("z", sessionID: id, at: Self.start + 3))))
  }

  @Test("releases, the middle and right buttons, and the mouse over a dialog do nothing")
  func otherEventsDoNothing() throws {
    var state = Self.runningMock()
    let notes = try #require(state.pane(.notes)).frame
    for kind: MouseEvent.Kind in [.release, .press(.middle), .press(.right)] {
      #expect(state.handle(Self.event(notes, kind), now: Self.start + 1).isEmpty)
      #expect(Self.live(state)?.focus == .checklist)
    }
    _ = state.handle(.key(.character("q")), now: Self.start + 2)
    #expect(state.dialog == .leaveSession)
    _ = state.handle(Self.event(notes, .press(.left)), now: Self.start + 3)
    #expect(Self.live(state)?.focus == .checklist)
  }
}
