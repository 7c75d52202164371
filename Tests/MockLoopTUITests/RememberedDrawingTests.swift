import MockLoopKit
import Testing

@testable import MockLoopTUI

/// The shortcuts a ticking clock takes: remembered parts copied a row at a time, frames and
/// rows compared by their bytes, cells the terminal already shows left alone. None of them may
/// change what is drawn.
@Suite("Remembered drawing")
struct RememberedDrawingTests {
  @Test("copying a part a row at a time draws what copying it cell by cell draws")
  func rowCopies() {
    var random = SplitMix64(seed: 16)
    var compared = 0
    for _ in 0..<3000 {
      var target = Canvas(width: 8, height: 3)
      for row in 0..<3 {
        target.write(
          TextSamples.random(using: &random, maxPieces: 6), row: row, column: Int.random(in: -1...3, using: &random))
      }
      let partWidth = Int.random(in: 0...8, using: &random)
      var part = Canvas(width: partWidth, height: Int.random(in: 1...3, using: &random))
      for row in 0..<part.height {
        part.write(
          TextSamples.random(using: &random, maxPieces: 4), row: row, column: Int.random(in: -1...1, using: &random),
          role: Bool.random(using: &random) ? .accent : .text)
      }
      if Bool.random(using: &random) { part.cursor = Point(row: 0, column: partWidth / 2) }
      let origin = Point(
        row: Int.random(in: -1...2, using: &random), column: Int.random(in: -1...(9 - partWidth), using: &random))
      var byRows = target
      byRows.draw(part, at: origin)
      var byCells = target
      byCells.copyCells(of: part, at: origin)
      #expect(byRows == byCells, "\(part.textLines()) at \(origin) on \(target.textLines())")
      #expect(byRows.textLines() == byCells.textLines())
      #expect(byRows.styleLayer() == byCells.styleLayer())
      #expect(byRows.cursor == byCells.cursor)
      compared += 1
    }
    #expect(compared == 3000)
  }

  @Test("a part copied over half of a wide character blanks the other half")
  func rowCopyBreaksWideCharacters() {
    var target = Canvas(width: 8, height: 1)
    target.write("界界界界", row: 0, column: 0, role: .accent)
    var part = Canvas(width: 3, height: 1)
    part.write("abc", row: 0, column: 0)
    var left = target
    left.draw(part, at: Point(row: 0, column: 1))
    #expect(left.textLines() == [" abc界界"])
    #expect(left.styleLayer() == "a...aaaa")
    var right = target
    right.draw(part, at: Point(row: 0, column: 2))
    #expect(right.textLines() == ["界abc 界"])
  }

  @Test("rows and frames equal in their bytes are equal, and so are equivalent scalars")
  func byteComparison() {
    var plain = Canvas(width: 5, height: 2)
    plain.write("ab界", row: 0, column: 0, role: .accent)
    var same = Canvas(width: 5, height: 2)
    same.write("ab界", row: 0, column: 0, role: .accent)
    #expect(plain == same)
    #expect(plain.row(0, equals: same))

    var otherRole = same
    otherRole.setRole(.accent, in: Rect(row: 0, column: 4, width: 1, height: 1))
    #expect(plain != otherRole)
    #expect(!plain.row(0, equals: otherRole))
    #expect(plain.row(1, equals: otherRole))
    var otherText = same
    otherText.write("c", row: 1, column: 4)
    #expect(plain != otherText)
    #expect(!plain.row(1, equals: otherText))
    #expect(plain.equalRows(to: same) == [true, true])
    #expect(plain.equalRows(to: otherRole) == [false, true])
    #expect(plain.equalRows(to: otherText) == [true, false])
    #expect(plain.equalRows(to: Canvas(width: 4, height: 2)) == [false, false])

    // The ångström sign and Å are different scalars, one character.
    var sign = Canvas(width: 2, height: 1)
    sign.write("\u{212B}", row: 0, column: 0)
    var letter = Canvas(width: 2, height: 1)
    letter.write("\u{C5}", row: 0, column: 0)
    #expect(sign == letter)
    #expect(sign.row(0, equals: letter))
    #expect(sign.sameCells(inRow: 0, as: letter) == [false, true])
  }

  @Test("a cell is the same as another's only with the same one-scalar character and role")
  func sameCells() {
    var canvas = Canvas(width: 6, height: 2)
    canvas.write("a界e\u{301}", row: 0, column: 0, role: .accent)
    let copy = canvas
    // Several scalars are never taken as the same: the terminal draws them again.
    #expect(canvas.sameCells(inRow: 0, as: copy) == [true, true, true, false, true, true])
    var other = copy
    other.setRole(.text, in: Rect(row: 0, column: 0, width: 1, height: 1))
    other.write("b", row: 0, column: 4, role: .accent)
    #expect(canvas.sameCells(inRow: 0, as: other) == [false, true, true, false, false, true])
    #expect(canvas.sameCells(inRow: 1, as: other) == Array(repeating: true, count: 6))
    #expect(canvas.sameCells(inRow: 2, as: copy) == Array(repeating: false, count: 6))
    #expect(canvas.sameCells(inRow: 0, as: Canvas(width: 6, height: 1)) == Array(repeating: false, count: 6))
  }

  @Test("the progress bar draws what writing its text draws, at every fraction")
  func progressBarFills() {
    for width in [1, 3, 10] {
      for step in -2...42 {
        let bar = ProgressBar(fraction: Double(step) / 40, role: .barActual)
        var filled = Canvas(width: width + 2, height: 2)
        filled.write("界界界界界界", row: 1, column: 0)
        var written = filled
        filled.render(bar, in: Rect(row: 1, column: 1, width: width, height: 1))
        written.write(bar.text(width: width), row: 1, column: 1, role: .barActual, maxWidth: width)
        #expect(filled == written, "\(width) \(step)")
        #expect(filled.styleLayer() == written.styleLayer())
      }
    }
  }
}
