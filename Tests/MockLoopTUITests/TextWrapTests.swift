import Testing

@testable import MockLoopTUI

@Suite("Text wrapping")
struct TextWrapTests {
  @Test("words wrap at spaces and the breaking space is dropped")
  func wordWrap() {
    #expect(wrapped("the quick brown fox", width: 10) == ["the quick", "brown fox"])
    #expect(wrapped("hello world", width: 5) == ["hello", "world"])
  }

  @Test("text that fits stays on one line")
  func fits() {
    #expect(wrapped("short", width: 10) == ["short"])
    #expect(wrapped("", width: 10) == [""])
  }

  @Test("a word longer than the width is broken between characters")
  func hardBreak() {
    #expect(wrapped("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    #expect(wrapped("ab cdefghij", width: 4) == ["ab", "cdef", "ghij"])
  }

  @Test("explicit newlines always break and empty lines are kept")
  func newlines() {
    #expect(wrapped("one\n\ntwo three", width: 5) == ["one", "", "two", "three"])
    #expect(wrapped("end\n", width: 5) == ["end", ""])
  }

  @Test("wide characters wrap by display width and are never split")
  func wide() {
    #expect(wrapped("漢字テスト", width: 5) == ["漢字", "テス", "ト"])
    #expect(wrapped("🙂🙂🙂", width: 4) == ["🙂🙂", "🙂"])
    for line in wrapped("日本語 の テキスト を 折り返す", width: 7) {
      #expect(line.displayWidth <= 7)
    }
  }

  @Test("combining marks and ZWJ sequences stay whole")
  func graphemes() {
    #expect(wrapped("e\u{0301}e\u{0301}e\u{0301}", width: 2) == ["e\u{0301}e\u{0301}", "e\u{0301}"])
    #expect(wrapped("👩‍👩‍👧👩‍👩‍👧", width: 3) == ["👩‍👩‍👧", "👩‍👩‍👧"])
  }

  @Test("a character wider than the width gets a line of its own")
  func tooWide() {
    #expect(wrapped("a漢b", width: 1) == ["a", "漢", "b"])
    #expect(wrapped("ab", width: 0) == ["a", "b"])
  }

  @Test("runs of spaces at a break do not start the next line")
  func spaceRuns() {
    #expect(wrapped("ab    cd", width: 4) == ["ab", "cd"])
    #expect(wrapped("  indented text", width: 10) == ["  indented", "text"])
  }

  @Test("wrapped line ranges cover every character of the source once")
  func ranges() {
    let text = "alpha beta\ngamma delta"
    let lines = wrappedLines(text, width: 6)
    #expect(lines.map(\.text) == ["alpha", "beta", "gamma", "delta"])
    #expect(String(text[lines[0].range]) == "alpha ")
    #expect(String(text[lines[1].range]) == "beta")
    #expect(String(text[lines[2].range]) == "gamma ")
    #expect(lines[3].range.upperBound == text.endIndex)
  }
}
