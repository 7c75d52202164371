import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("The resume chooser with many unfinished sessions")
struct ResumeChooserTests {
  static let sessions = (1...12).map { number in
    SessionSummary(
      id: "s\(number)", createdAt: ScreenFixtures.start - Double(number) * 600, formatID: "amazon-l6",
      questionID: "q\(number)", questionTitle: "Question number \(number)", deckID: "d", level: .l6, finishedAt: nil,
      activeSeconds: nil, isGraded: false)
  }

  static func screen(cursor: Int) -> String {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    state.dialog = .chooseResume(sessions, cursor: cursor)
    return AppScreen.render(state).text()
  }

  @Test("the first nine are shown with their digits while the cursor is among them")
  func firstNine() {
    let text = Self.screen(cursor: 0)
    #expect(text.contains("▸ 1 Question number 1 "))
    #expect(text.contains("9 Question number 9 "))
    #expect(!text.contains("Question number 10"))
    #expect(text.contains("12 sessions are unfinished. 1–9 shown."))
  }

  @Test("moving past the ninth scrolls the list so the cursor stays in sight")
  func scrollsWithTheCursor() {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    state.dialog = .chooseResume(Self.sessions, cursor: 8)
    for _ in 0..<3 { _ = state.handle(.key(.character("j")), now: ScreenFixtures.start) }
    guard case .chooseResume(_, let cursor) = state.dialog else {
      Issue.record("the chooser closed")
      return
    }
    #expect(cursor == 11)
    let text = AppScreen.render(state).text()
    #expect(text.contains("▸   Question number 12"))
    #expect(!text.contains("Question number 3 "))
    #expect(text.contains("4–12 shown."))
  }

  @Test("the window never runs past either end")
  func windowBounds() {
    #expect(DialogOverlay.resumeWindow(count: 3, cursor: 2) == 0..<3)
    #expect(DialogOverlay.resumeWindow(count: 12, cursor: 0) == 0..<9)
    #expect(DialogOverlay.resumeWindow(count: 12, cursor: 9) == 1..<10)
    #expect(DialogOverlay.resumeWindow(count: 12, cursor: 11) == 3..<12)
  }
}
