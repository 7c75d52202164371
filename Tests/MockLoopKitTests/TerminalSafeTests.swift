import Foundation
import Testing

@testable import MockLoopKit

@Suite("Text from content and data reaches a terminal without control characters")
struct TerminalSafeTests {
  /// A hostile string and what a terminal must be given instead.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var text: String
    var safe: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "ESC [2J clears the screen", text: "Design\u{1B}[2J a cache", safe: "Design\u{FFFD}[2J a cache"),
    Case(
      name: "OSC 0 sets the window title, ended by BEL", text: "\u{1B}]0;owned\u{07}title",
      safe: "\u{FFFD}]0;owned\u{FFFD}title"),
    Case(name: "C1 CSI U+009B is a one-character escape", text: "a\u{9B}31mred", safe: "a\u{FFFD}31mred"),
    Case(name: "C1 OSC and ST", text: "\u{9D}0;x\u{9C}", safe: "\u{FFFD}0;x\u{FFFD}"),
    Case(name: "DEL", text: "rub\u{7F}out", safe: "rub\u{FFFD}out"),
    Case(name: "NUL", text: "nul\u{0}here", safe: "nul\u{FFFD}here"),
    Case(name: "CR returns to the start of the line", text: "fine\rEVIL", safe: "fine\u{FFFD}EVIL"),
    Case(name: "CR LF loses its CR, keeps its LF", text: "a\r\nb", safe: "a\u{FFFD}\nb"),
    Case(name: "backspace and vertical tab", text: "x\u{8}\u{B}y", safe: "x\u{FFFD}\u{FFFD}y"),
    Case(name: "newline and tab stay", text: "one\n\ttwo", safe: "one\n\ttwo"),
    Case(
      name: "a combining mark stays", text: "cafe\u{301} re\u{301}sume\u{301}", safe: "cafe\u{301} re\u{301}sume\u{301}"
    ),
    Case(name: "emoji, a ZWJ family and a flag stay", text: "ok 🙂 👩‍👩‍👧 🇯🇵", safe: "ok 🙂 👩‍👩‍👧 🇯🇵"),
    Case(name: "CJK and Latin-1 letters stay, U+00A0 too", text: "読み取り é\u{A0}ü", safe: "読み取り é\u{A0}ü"),
    Case(name: "U+0080 and U+009F, the ends of C1", text: "\u{80}\u{9F}\u{A0}", safe: "\u{FFFD}\u{FFFD}\u{A0}"),
  ]

  @Test("a hostile string is made safe", arguments: cases)
  func sanitises(_ sample: Case) {
    let safe = sample.text.terminalSafe
    #expect(safe == sample.safe)
    #expect(safe.unicodeScalars.allSatisfy { !String.isUnsafeControl($0.value) })
    #expect(sample.text.holdsTerminalControls == (sample.text != sample.safe))
  }

  @Test("every C0 control but newline and tab, DEL and every C1 control is replaced; nothing else")
  func exactSet() {
    for value in UInt32(0)...0x2FF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let replaced = String(Character(scalar)).terminalSafe != String(Character(scalar))
      let expected = (value < 0x20 && value != 0x0A && value != 0x09) || (0x7F...0x9F).contains(value)
      #expect(replaced == expected, "U+\(String(value, radix: 16))")
    }
  }

  @Test("the Markdown export of a session with hostile notes and title holds no control character")
  func markdownExport() {
    var session = SessionStoreTests.playedSession(clock: ManualClock())
    session.notes = "line\u{1B}[2J\u{9B}0m\u{7}"
    session.question.title = "Title\u{1B}]0;x\u{7}"
    let text = MarkdownExport.render(SessionReport(session: session, now: Date(), rubric: nil), rubric: nil)
    #expect(!text.holdsTerminalControls)
    #expect(text.contains("Title\u{FFFD}]0;x\u{FFFD}"))
  }
}
