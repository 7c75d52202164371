import Foundation
import Testing

@testable import MockLoopTUI

/// The terminal's bytes, fed to the decoder with the times they were read.
@Suite("Bytes from the terminal become keys, text, pastes and mouse reports")
struct InputDecoderTests {
  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }
  static let esc = "\u{1B}"

  /// Feeds each chunk at its time, then lets every wait run out; returns all events.
  static func decode(_ chunks: [(String, Double)]) -> [TerminalEvent] {
    var decoder = InputDecoder()
    var events: [TerminalEvent] = []
    for (text, time) in chunks { events += decoder.feed(bytes(text), at: time) }
    events += decoder.expire(at: (chunks.last?.1 ?? 0) + 10)
    return events
  }

  @Test("Esc, then j at a person's pace (120 ms later), is Escape then j")
  func escapeThenKeyAtAPersonsPace() {
    #expect(Self.decode([(Self.esc, 0), ("j", 0.120)]) == [.key(.escape), .key(.character("j"))])
  }

  @Test("Esc and j in one burst, as Alt-j sends them, is Alt-j")
  func altKeyBurst() {
    #expect(Self.decode([(Self.esc + "j", 0)]) == [.key(.alt("j"))])
    // A few milliseconds apart (bytes of one key split between two reads) is still Alt-j.
    #expect(Self.decode([(Self.esc, 0), ("j", 0.004)]) == [.key(.alt("j"))])
  }

  @Test("a lone Esc waits 50 ms from the last byte, then is Escape; nothing is decided before")
  func loneEscapeTimeout() {
    var decoder = InputDecoder()
    #expect(decoder.feed(Self.bytes(Self.esc), at: 10).isEmpty)
    #expect(decoder.deadline == 10 + InputDecoder.escapeTimeout)
    #expect(decoder.expire(at: 10.049).isEmpty)
    #expect(decoder.expire(at: 10.050) == [.key(.escape)])
    #expect(decoder.deadline == nil)
  }

  @Test("a cursor key whose bytes come in three reads 30 ms apart is one key: the wait runs from the last byte")
  func splitSequenceMeasuredFromLastByte() {
    // 60 ms from the ESC to the final byte: longer than the timeout, but no gap is.
    #expect(Self.decode([(Self.esc, 0), ("[", 0.030), ("A", 0.060)]) == [.key(.up)])
    // A 60 ms gap inside the sequence does split it: Escape, then the rest as keys.
    #expect(
      Self.decode([(Self.esc + "[", 0), ("A", 0.060)]) == [.key(.alt("[")), .key(.character("A"))])
  }

  @Test("Ctrl-C, Ctrl-Z, Ctrl-Y and Ctrl-\\ are keys")
  func controlKeys() {
    #expect(
      Self.decode([("\u{03}", 0), ("\u{1A}", 1), ("\u{19}", 2), ("\u{1C}", 3)]) == [
        .key(.control("c")), .key(.control("z")), .key(.control("y")), .key(.control("\\")),
      ])
  }

  @Test("cursor and function keys in their CSI, SS3 and Linux console forms")
  func functionKeys() {
    let e = Self.esc
    #expect(Self.decode([(e + "[A", 0)]) == [.key(.up)])
    #expect(Self.decode([(e + "OB", 0)]) == [.key(.down)])
    #expect(Self.decode([(e + "[1;5C", 0)]) == [.key(.right)])
    #expect(Self.decode([(e + "[3~", 0)]) == [.key(.delete)])
    #expect(Self.decode([(e + "[5~" + e + "[6~", 0)]) == [.key(.pageUp), .key(.pageDown)])
    #expect(Self.decode([(e + "[Z", 0)]) == [.key(.backTab)])
    #expect(Self.decode([(e + "[[B", 0)]) == [.key(.function(2))])
    #expect(Self.decode([(e + "[?1u", 0)]).isEmpty)
  }

  @Test("Alt with Backspace and with a non-ASCII letter")
  func altSpecials() {
    #expect(Self.decode([(Self.esc + "\u{7F}", 0)]) == [.key(.alt("\u{7F}"))])
    #expect(Self.decode([(Self.esc + "é", 0)]) == [.key(.alt("é"))])
    #expect(Self.decode([(Self.esc + Self.esc, 0)]) == [.key(.escape), .key(.escape)])
  }

  @Test("one character is a key; several in one read are typed text with line breaks as \\n")
  func typedText() {
    #expect(Self.decode([("a", 0)]) == [.key(.character("a"))])
    #expect(Self.decode([("\r", 0)]) == [.key(.enter)])
    #expect(Self.decode([("\t", 0)]) == [.key(.tab)])
    #expect(Self.decode([("jjj", 0)]) == [.typed("jjj")])
    #expect(Self.decode([("one\rtwo\r\nthree\tfour", 0)]) == [.typed("one\ntwo\nthree\tfour")])
    // A control key ends the run.
    #expect(Self.decode([("ab\u{7F}c", 0)]) == [.typed("ab"), .key(.backspace), .key(.character("c"))])
    #expect(Self.decode([("漢字🙂", 0)]) == [.typed("漢字🙂")])
    #expect(Self.decode([("e\u{301}", 0)]) == [.key(.character("é"))])
  }

  @Test("a UTF-8 character split between reads waits for its last byte")
  func splitCharacter() {
    let bytes = Self.bytes("🙂")
    var decoder = InputDecoder()
    #expect(decoder.feed(bytes[0..<2], at: 0).isEmpty)
    #expect(decoder.feed(bytes[2...], at: 0.001) == [.key(.character("🙂"))])
    // Never completed: dropped once the wait runs out.
    var other = InputDecoder()
    #expect(other.feed(bytes[0..<2], at: 0).isEmpty)
    #expect(other.expire(at: 1).isEmpty)
    #expect(other.deadline == nil)
  }

  @Test("a bracketed paste is one event, its end marker split over reads, and keys after it still count")
  func bracketedPaste() {
    let e = Self.esc
    let events = Self.decode([(e + "[200~first\r\nsec", 0), ("ond ✓" + e + "[2", 0.01), ("01~q", 0.02)])
    #expect(events == [.paste("first\nsecond ✓"), .key(.character("q"))])
  }

  @Test("a bracketed paste whose end never comes ends after half a second of quiet")
  func pasteWithoutEnd() {
    var decoder = InputDecoder()
    #expect(decoder.feed(Self.bytes(Self.esc + "[200~lost end"), at: 0).isEmpty)
    #expect(decoder.expire(at: 0.4).isEmpty)
    #expect(decoder.expire(at: 0.5) == [.paste("lost end")])
  }

  @Test("SGR mouse reports: wheel, press and release at 0-based cells; motion is ignored")
  func sgrMouse() {
    let e = Self.esc
    #expect(
      Self.decode([(e + "[<64;10;5M", 0)]) == [.mouse(MouseEvent(row: 4, column: 9, kind: .wheelUp))])
    #expect(
      Self.decode([(e + "[<65;1;1M", 0)]) == [.mouse(MouseEvent(row: 0, column: 0, kind: .wheelDown))])
    #expect(
      Self.decode([(e + "[<0;120;40M" + e + "[<0;120;40m", 0)]) == [
        .mouse(MouseEvent(row: 39, column: 119, kind: .press(.left))),
        .mouse(MouseEvent(row: 39, column: 119, kind: .release)),
      ])
    #expect(Self.decode([(e + "[<2;3;4M", 0)]) == [.mouse(MouseEvent(row: 3, column: 2, kind: .press(.right)))])
    #expect(Self.decode([(e + "[<32;3;4M", 0)]).isEmpty)
  }

  @Test("X10 mouse reports, for terminals without the SGR form")
  func x10Mouse() {
    let report: [UInt8] = [0x1B, 0x5B, 0x4D, 32 + 65, 32 + 5, 32 + 2]
    var decoder = InputDecoder()
    #expect(decoder.feed(report, at: 0) == [.mouse(MouseEvent(row: 1, column: 4, kind: .wheelDown))])
  }

  @Test("a 200 KB burst decodes to typed text with nothing lost")
  func largeBurst() {
    let line = "a line of pasted notes, 漢字 and 🙂 included\r"
    let text = String(repeating: line, count: 200_000 / line.utf8.count)
    var decoder = InputDecoder()
    var events: [TerminalEvent] = []
    let bytes = Self.bytes(text)
    var offset = 0
    while offset < bytes.count {
      let end = min(offset + 4_095, bytes.count)  // what a terminal hands over per read
      events += decoder.feed(bytes[offset..<end], at: Double(offset) * 1e-7)
      offset = end
    }
    events += decoder.expire(at: 10)
    let typed = events.map { event -> String in
      switch event {
      case .typed(let text): text
      case .key(.character(let character)): String(character)
      case .key(.enter): "\n"
      default: "?"
      }
    }
    #expect(typed.joined() == text.replacingOccurrences(of: "\r", with: "\n"))
  }
}
