import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("The keymap drives the app")
struct KeymapTests {
  @Test("no key is bound twice in one context")
  func noConflicts() {
    for context in KeyContext.allCases {
      let keys = Keymap.bindings.filter { $0.context == context && $0.action != nil }.flatMap(\.keys)
      #expect(Set(keys).count == keys.count, "\(context) binds a key twice")
    }
  }

  @Test("footer hints and help come from the same bindings")
  func footerFromBindings() {
    let footer = Keymap.footer(for: .session).map(\.label)
    #expect(footer.prefix(3) == ["tick", "pause", "next"])
    #expect(footer.contains("pane"))
    #expect(footer.suffix(2) == ["help", "quit"])
    #expect(Keymap.markdownTable().contains("| `p` | pause or resume the clock |"))
  }

  /// A key sequence typed into the notes (after Tab) and the text and cursor it must give.
  struct Typing: Sendable, CustomTestStringConvertible {
    var name: String
    var keys: [Key]
    var text: String
    var cursor: TextPosition
    var testDescription: String { name }
  }

  static func chars(_ text: String) -> [Key] { text.map { .character($0) } }

  static let typings: [Typing] = [
    Typing(name: "plain typing", keys: chars("abc"), text: "abc", cursor: TextPosition(line: 0, column: 3)),
    Typing(
      name: "CJK and emoji, backspace removes one grapheme", keys: chars("漢字🙂👩‍👩‍👧") + [.backspace],
      text: "漢字🙂", cursor: TextPosition(line: 0, column: 3)),
    Typing(
      name: "Enter splits the line", keys: chars("ab") + [.left, .enter], text: "a\nb",
      cursor: TextPosition(line: 1, column: 0)),
    Typing(
      name: "Ctrl-W deletes the word before the cursor", keys: chars("shard key") + [.control("w")], text: "shard ",
      cursor: TextPosition(line: 0, column: 6)),
    Typing(
      name: "Ctrl-U deletes to the line start", keys: chars("x\nhello") + [.control("u")], text: "x\n",
      cursor: TextPosition(line: 1, column: 0)),
    Typing(
      name: "Home then typing inserts at the start", keys: chars("cache") + [.home] + chars("L1 "), text: "L1 cache",
      cursor: TextPosition(line: 0, column: 3)),
    Typing(
      name: "Ctrl-Z undoes the last word", keys: chars("read heavy") + [.control("z")], text: "read ",
      cursor: TextPosition(line: 0, column: 5)),
    Typing(
      name: "keys that are commands elsewhere are text here", keys: chars("q p ] [ f ?"), text: "q p ] [ f ?",
      cursor: TextPosition(line: 0, column: 11)),
  ]

  @Test("keys typed into the notes give the text and cursor", arguments: typings)
  func notesTyping(_ typing: Typing) throws {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    _ = state.handle(.key(.tab), now: ScreenFixtures.start)
    for key in typing.keys { _ = state.handle(.key(key), now: ScreenFixtures.start + 1) }
    guard case .session(let live) = state.screen else {
      Issue.record("left the session screen")
      return
    }
    #expect(live.focus == .notes)
    #expect(live.editor.text == typing.text)
    #expect(live.editor.cursor == typing.cursor)
    #expect(live.session.notes == typing.text)
  }

  @Test("notes are saved after a quiet 0.3 s, and at least once a second while typing goes on")
  func notesDebounce() {
    let start = ScreenFixtures.start
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    _ = state.handle(.key(.tab), now: start)
    func notesSaves(_ effects: [Effect]) -> Int {
      effects.filter { if case .save(.notes) = $0 { return true } else { return false } }.count
    }
    var saves = 0
    // A key every 0.2 s for 3 s: never quiet for 0.3 s, so the one-second rule must save.
    for step in 0..<15 {
      let now = start + 1 + Double(step) * 0.2
      saves += notesSaves(state.handle(.key(.character("x")), now: now))
      saves += notesSaves(state.handle(.tick, now: now + 0.1))
    }
    #expect(saves >= 2)
    let quiet = start + 1 + 15 * 0.2 + 0.31
    saves = notesSaves(state.handle(.tick, now: quiet))
    #expect(saves == 1)
    #expect(state.nextWake != nil)
  }

  @Test("a paused session wakes about once a second: when the paused time's second changes")
  func pausedSleeps() {
    let start = ScreenFixtures.start
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    #expect(state.nextWake != nil)
    _ = state.handle(.key(.character("p")), now: start + 5.5)
    _ = state.handle(.tick, now: start + 5.6)
    // 0.1 s paused: the next paused second is 0.9 s away, sooner than the ownership look.
    #expect(state.nextWake == start + 5.6 + 0.9 + 0.002)
    #expect(state.nextWake.map { $0 <= start + 5.6 + SessionScreenState.ownershipCheckInterval } == true)
  }
}
