import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// The session screen remembers its parts between ticks of the clock; a part is drawn again
/// whenever what it shows changes, and a remembered part looks as a fresh one does.
@Suite("Session screen parts")
struct SessionScreenPartsTests {
  let start = ScreenFixtures.start

  static func focusNotes(_ state: inout AppState) {
    for _ in 0..<4 {
      guard case .session(let live) = state.screen, live.focus != .notes else { return }
      _ = state.handle(.key(.tab), now: ScreenFixtures.start + 5)
    }
  }

  @Test("typing, asking a follow-up and scrolling redraw their parts; going back draws the first frame")
  func partsFollowTheirState() throws {
    var state = ScreenFitTests.session(width: 100, height: 30)
    _ = state.handle(.tick, now: start + 2)
    let first = AppScreen.render(state)
    #expect(AppScreen.render(state) == first)
    #expect(first.text().contains("Your notes: numbers"))

    var typed = state
    Self.focusNotes(&typed)
    _ = typed.handle(.typed("qps 12k"), now: start + 6)
    let afterTyping = AppScreen.render(typed)
    #expect(afterTyping.text().contains("qps 12k"))
    #expect(afterTyping.text().contains("Notes · editing"))
    #expect(!afterTyping.text().contains("Your notes: numbers"))
    #expect(afterTyping.cursor != nil)

    var asked = state
    _ = asked.handle(.key(.character("f")), now: start + 7)
    let afterAsking = AppScreen.render(asked)
    #expect(afterAsking.text().contains("Follow-ups 1/"), "\(afterAsking.text())")
    #expect(!first.text().contains("Follow-ups 1/"))
    guard case .session(let live) = asked.screen, let followUp = live.session.revealedFollowUps.first else {
      Issue.record("no follow-up was asked")
      return
    }
    #expect(afterAsking.text().contains(String(followUp.text.prefix(20))))

    // The same state, drawn after the others, gives the same frame as at first.
    #expect(AppScreen.render(state) == first)
    #expect(AppScreen.render(state).styleLayer() == first.styleLayer())
    #expect(AppScreen.render(typed) == afterTyping)
  }

  @Test("a tick redraws the timer row and leaves every remembered part as it was drawn")
  func ticksRedrawTheClock() {
    var state = ScreenFitTests.session(width: 100, height: 30)
    _ = state.handle(.tick, now: start + 2)
    let before = AppScreen.render(state).textLines()
    _ = state.handle(.tick, now: start + 3)
    let after = AppScreen.render(state).textLines()
    let changed = before.indices.filter { before[$0] != after[$0] }
    #expect(changed == [3], "\(changed)")
  }
}
