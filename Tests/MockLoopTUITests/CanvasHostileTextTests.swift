import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// Every screen draws text into a `Canvas` through `write`, so a control character in a deck, a
/// theme, the notes or an import is stopped there, for every screen at once.
@Suite("Hostile text is drawn harmless")
struct CanvasHostileTextTests {
  static let hostile: [(name: String, text: String, shown: String)] = [
    ("ESC [2J", "a\u{1B}[2Jb", "a?[2Jb"),
    ("OSC 0 title BEL", "\u{1B}]0;t\u{07}x", "?]0;t?x"),
    ("C1 CSI U+009B", "p\u{9B}31mq", "p?31mq"),
    ("DEL", "d\u{7F}e", "d?e"),
    ("NUL", "n\u{0}m", "n?m"),
    ("CR", "c\rr", "c?r"),
    ("combining mark", "e\u{301}!", "e\u{301}!"),
    ("emoji", "ok🙂", "ok🙂"),
  ]

  @Test("each hostile string becomes cells without control characters; marks and emoji stay")
  func hostileStrings() {
    for sample in Self.hostile {
      var canvas = Canvas(width: 12, height: 1)
      canvas.write(sample.text, row: 0, column: 0)
      let line = canvas.textLines()[0]
      #expect(line.hasPrefix(sample.shown), "\(sample.name): \(line)")
      #expect(!line.holdsTerminalControls, "\(sample.name)")
    }
  }

  @Test("a running session whose question, follow-ups and notes hold escapes draws no control character")
  func sessionScreen() {
    var question = ScreenFixtures.question
    question.title = "Design\u{1B}[2J a \u{9B}31m shortener\u{07}"
    question.prompt = "Prompt \u{1B}]0;pwned\u{07} here"
    question.followUps = [FollowUp(text: "Ask \u{1B}[5m now", answer: ["a", "b", "c"])]
    let content = ContentLibrary(
      formats: [ScreenFixtures.l6],
      decks: [Deck(id: "d", title: "D\u{7F}", questions: [question], file: "d.yaml")])
    let start = ScreenFixtures.start
    var state = AppState(
      screen: .home(HomeState()), width: 100, height: 30, content: content, bellEnabled: false, now: start)
    _ = state.startSession(format: ScreenFixtures.l6, question: (question, content.decks[0]), level: .l6)
    _ = state.handle(.key(.tab), now: start + 5)
    _ = state.handle(.paste("notes \u{1B}[31m red \u{9B}0m\r over"), now: start + 6)
    let text = AppScreen.render(state).text()
    #expect(text.contains("Design"))
    #expect(!text.holdsTerminalControls)
    #expect(!text.contains("\u{1B}"))
  }
}
