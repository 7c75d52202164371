import Testing

@testable import MockLoopTUI

@Suite("Canvas")
struct CanvasTests {
  @Test("a new canvas is blank text, rows kept at full width")
  func blank() {
    let canvas = Canvas(width: 3, height: 2)
    #expect(canvas.textLines() == ["   ", "   "])
    #expect(canvas.text() == "   \n   ")
    #expect(canvas.styleLayer() == "...\n...")
  }

  @Test("writing returns the columns written and stores the role")
  func writeRole() {
    var canvas = Canvas(width: 8, height: 1)
    let written = canvas.write("ab", row: 0, column: 1, role: .title)
    #expect(written == 2)
    #expect(canvas.textLines() == [" ab     "])
    #expect(canvas.styleLayer() == ".TT.....")
    #expect(canvas[row: 0, column: 1] == Cell(grapheme: "a", role: .title))
  }

  @Test("writing clips at the right edge and at maxWidth")
  func clipping() {
    var canvas = Canvas(width: 5, height: 2)
    #expect(canvas.write("abcdefgh", row: 0, column: 2) == 3)
    #expect(canvas.write("abcdefgh", row: 1, column: 0, maxWidth: 2) == 2)
    #expect(canvas.textLines() == ["  abc", "ab   "])
  }

  @Test("writing outside the rows or left of the canvas is clipped")
  func clippingOutside() {
    var canvas = Canvas(width: 4, height: 1)
    #expect(canvas.write("xyz", row: 1, column: 0) == 0)
    #expect(canvas.write("xyz", row: -1, column: 0) == 0)
    #expect(canvas.write("abcd", row: 0, column: -2) == 2)
    #expect(canvas.textLines() == ["cd  "])
  }

  @Test("CJK characters take two cells with an empty continuation cell")
  func wideCells() {
    var canvas = Canvas(width: 6, height: 1)
    #expect(canvas.write("漢字", row: 0, column: 0, role: .accent) == 4)
    #expect(canvas[row: 0, column: 0].grapheme == "漢")
    #expect(canvas[row: 0, column: 1].grapheme == "")
    #expect(canvas[row: 0, column: 1].isContinuation)
    #expect(canvas[row: 0, column: 2].grapheme == "字")
    #expect(canvas.textLines() == ["漢字  "])
    #expect(canvas.styleLayer() == "aaaa..")
  }

  @Test("a wide character that does not fit at the edge becomes a space")
  func wideAtEdge() {
    var canvas = Canvas(width: 3, height: 1)
    #expect(canvas.write("a漢字", row: 0, column: 0, role: .title) == 3)
    #expect(canvas.textLines() == ["a漢"])
    var edge = Canvas(width: 4, height: 1)
    #expect(edge.write("ab漢", row: 0, column: 1, role: .title) == 3)
    #expect(edge.textLines() == [" ab "])
    #expect(edge.styleLayer() == ".TTT")
  }

  @Test("a wide character that does not fit within maxWidth becomes a space")
  func wideAtMaxWidth() {
    var canvas = Canvas(width: 6, height: 1)
    #expect(canvas.write("漢字", row: 0, column: 0, maxWidth: 3) == 3)
    #expect(canvas.textLines() == ["漢    "])
    #expect(canvas[row: 0, column: 2].grapheme == " ")
  }

  @Test("overwriting the right half of a wide character blanks its left half")
  func overwriteRightHalf() {
    var canvas = Canvas(width: 4, height: 1)
    canvas.write("漢字", row: 0, column: 0)
    canvas.write("x", row: 0, column: 1)
    #expect(canvas.textLines() == [" x字"])
    #expect(canvas[row: 0, column: 0].grapheme == " ")
  }

  @Test("overwriting the left half of a wide character blanks its right half")
  func overwriteLeftHalf() {
    var canvas = Canvas(width: 4, height: 1)
    canvas.write("漢字", row: 0, column: 0)
    canvas.write("x", row: 0, column: 2)
    #expect(canvas.textLines() == ["漢x "])
    #expect(!canvas[row: 0, column: 3].isContinuation)
  }

  @Test("a wide character written across two wide characters blanks both outer halves")
  func overwriteStraddling() {
    var canvas = Canvas(width: 4, height: 1)
    canvas.write("漢字", row: 0, column: 0)
    canvas.write("한", row: 0, column: 1)
    #expect(canvas.textLines() == [" 한 "])
    #expect(canvas[row: 0, column: 2].isContinuation)
  }

  @Test("emoji, ZWJ sequences and flags occupy two cells each")
  func emojiCells() {
    var canvas = Canvas(width: 8, height: 1)
    #expect(canvas.write("🙂👩‍👩‍👧🇯🇵", row: 0, column: 0) == 6)
    #expect(canvas[row: 0, column: 2].grapheme == "👩‍👩‍👧")
    #expect(canvas[row: 0, column: 4].grapheme == "🇯🇵")
    #expect(canvas[row: 0, column: 5].isContinuation)
  }

  @Test("combining marks stay with their base character in one cell")
  func combining() {
    var canvas = Canvas(width: 3, height: 1)
    #expect(canvas.write("e\u{0301}x", row: 0, column: 0) == 2)
    #expect(canvas[row: 0, column: 0].grapheme == "e\u{0301}")
    #expect(canvas[row: 0, column: 1].grapheme == "x")
  }

  @Test("control characters are drawn as question marks, zero-width ones skipped")
  func controlCharacters() {
    var canvas = Canvas(width: 6, height: 1)
    #expect(canvas.write("a\tb\u{200B}c\n", row: 0, column: 0) == 5)
    #expect(canvas.textLines() == ["a?bc? "])
  }

  @Test("fill covers the rectangle clipped to the canvas")
  func fill() {
    var canvas = Canvas(width: 4, height: 3)
    canvas.fill(Rect(row: 1, column: 2, width: 5, height: 5), with: "x", role: .muted)
    #expect(canvas.textLines() == ["    ", "  xx", "  xx"])
    #expect(canvas.styleLayer() == "....\n..mm\n..mm")
  }

  @Test("fill with a wide character leaves a space in an odd last column")
  func fillWide() {
    var canvas = Canvas(width: 3, height: 1)
    canvas.fill(canvas.bounds, with: "漢", role: .text)
    #expect(canvas.textLines() == ["漢 "])
  }

  @Test("setRole keeps the characters and covers whole wide characters")
  func setRole() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.write("ab漢c", row: 0, column: 0)
    canvas.setRole(.selection, in: Rect(row: 0, column: 3, width: 2, height: 1))
    #expect(canvas.textLines() == ["ab漢c "])
    #expect(canvas.styleLayer() == "..SSS.")
  }

  @Test("drawing a canvas onto another copies cells, roles and cursor at an offset")
  func drawCanvas() {
    var inner = Canvas(width: 3, height: 2)
    inner.write("漢x", row: 0, column: 0, role: .accent)
    inner.write("yz", row: 1, column: 1, role: .key)
    inner.cursor = Point(row: 1, column: 2)
    var outer = Canvas(width: 5, height: 3)
    outer.draw(inner, at: Point(row: 1, column: 1))
    #expect(outer.textLines() == ["     ", " 漢x ", "  yz "])
    #expect(outer.styleLayer() == ".....\n.aaa.\n..kk.")
    #expect(outer.cursor == Point(row: 2, column: 3))
  }

  @Test("drawing a canvas clips it and never leaves half a wide character")
  func drawCanvasClipped() {
    var inner = Canvas(width: 4, height: 1)
    inner.write("漢字", row: 0, column: 0)
    var right = Canvas(width: 3, height: 1)
    right.draw(inner, at: Point(row: 0, column: 0))
    #expect(right.textLines() == ["漢 "])
    var left = Canvas(width: 3, height: 1)
    left.draw(inner, at: Point(row: 0, column: -1))
    #expect(left.textLines() == [" 字"])
    #expect(!left[row: 0, column: 0].isContinuation)
  }

  @Test("reading a cell outside the canvas gives a blank cell")
  func outsideRead() {
    let canvas = Canvas(width: 2, height: 2)
    #expect(canvas[row: 5, column: 0] == .blank)
    #expect(canvas[row: 0, column: -1] == .blank)
  }

  @Test("spans are written one after another in their roles")
  func spans() {
    var canvas = Canvas(width: 8, height: 1)
    let written = canvas.write(
      [Span("[x]", role: .checked), Span(" ok", role: .text), Span("!", role: .error)],
      row: 0, column: 0, maxWidth: 7)
    #expect(written == 7)
    #expect(canvas.textLines() == ["[x] ok! "])
    #expect(canvas.styleLayer() == "xxx...E.")
  }

  @Test("spans wider than their room are cut with an ellipsis in the role of the text it follows")
  func spansCut() {
    var canvas = Canvas(width: 8, height: 1)
    let written = canvas.write(
      [Span("ab", role: .checked), Span("cdefgh", role: .text), Span("!!", role: .error)],
      row: 0, column: 0, maxWidth: 7)
    #expect(written == 7)
    #expect(canvas.textLines() == ["abcdef… "])
    #expect(canvas.styleLayer() == "xx......")
  }
}
