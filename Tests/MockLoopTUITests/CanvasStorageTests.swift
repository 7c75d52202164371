import MockLoopKit
import Testing

@testable import MockLoopTUI

/// The compact cell storage behaves like a grid of `Cell`s.
@Suite("Canvas storage")
struct CanvasStorageTests {
  @Test("characters of several scalars keep their text in their cell")
  func clusters() {
    var canvas = Canvas(width: 8, height: 1)
    canvas.write("e\u{301}🇯🇵x", row: 0, column: 0, role: .accent)
    #expect(canvas[row: 0, column: 0] == Cell(grapheme: "e\u{301}", role: .accent))
    #expect(Array(canvas[row: 0, column: 0].grapheme.unicodeScalars) == ["e", "\u{301}"])
    #expect(canvas[row: 0, column: 1].grapheme == "🇯🇵")
    #expect(canvas[row: 0, column: 2].isContinuation)
    #expect(canvas.textLines() == ["e\u{301}🇯🇵x    "])
    canvas.write("ab", row: 0, column: 0)
    #expect(canvas.textLines() == ["ab x    "])
  }

  @Test("canvases compare by their cells, characters by canonical equivalence")
  func equality() {
    var precomposed = Canvas(width: 3, height: 1)
    precomposed.write("é", row: 0, column: 0)
    var decomposed = Canvas(width: 3, height: 1)
    decomposed.write("e\u{301}", row: 0, column: 0)
    #expect(precomposed == decomposed)

    var overwritten = Canvas(width: 3, height: 1)
    overwritten.write("🇯🇵", row: 0, column: 0)
    overwritten.write("ab", row: 0, column: 0)
    var plain = Canvas(width: 3, height: 1)
    plain.write("ab", row: 0, column: 0)
    #expect(overwritten == plain)

    var otherRole = plain
    otherRole.setRole(.accent, in: Rect(row: 0, column: 2, width: 1, height: 1))
    #expect(otherRole != plain)
    var otherText = plain
    otherText.write("c", row: 0, column: 2)
    #expect(otherText != plain)
    var otherCursor = plain
    otherCursor.cursor = .zero
    #expect(otherCursor != plain)
  }

  @Test("writing characters draws what writing their text draws")
  func writingCharacters() {
    var random = SplitMix64(seed: 3)
    for _ in 0..<2000 {
      let line = Array(NotesEditor.Buffer(text: TextSamples.random(using: &random)).lines[0])
      let lower = Int.random(in: 0...line.count, using: &random)
      let upper = Int.random(in: lower...line.count, using: &random)
      let column = Int.random(in: -2...6, using: &random)
      let maxWidth = Bool.random(using: &random) ? nil : Int.random(in: 0...6, using: &random)
      var byCharacters = Canvas(width: 6, height: 1)
      byCharacters.write("漢字ab", row: 0, column: 1)
      var byText = byCharacters
      let written = byCharacters.write(characters: line[lower..<upper], row: 0, column: column, maxWidth: maxWidth)
      #expect(written == byText.write(String(line[lower..<upper]), row: 0, column: column, maxWidth: maxWidth))
      #expect(byCharacters == byText)
      #expect(byCharacters.textLines() == byText.textLines())
    }
  }

  @Test("a fill character that joins when repeated fills like its repeated text")
  func fillWithJoiningCharacter() {
    var filled = Canvas(width: 7, height: 2)
    filled.fill(Rect(row: 0, column: 1, width: 5, height: 2), with: "🇯", role: .accent)
    var written = Canvas(width: 7, height: 2)
    for row in 0..<2 {
      written.write(String(repeating: "🇯", count: 3), row: row, column: 1, role: .accent, maxWidth: 5)
    }
    #expect(filled == written)
    #expect(filled.textLines() == written.textLines())
  }
}
