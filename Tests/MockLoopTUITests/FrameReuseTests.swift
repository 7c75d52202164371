import MockLoopKit
import Testing

@testable import MockLoopTUI

/// What a redraw reuses from the frame before: rows found equal are not copied to the
/// terminal again, wrapped text is not wrapped again, and neither changes what is drawn.
@Suite("Frame reuse")
struct FrameReuseTests {
  @Test("rows compare like their cells: canonical equivalence, roles and clusters count")
  func rowEquality() {
    var precomposed = Canvas(width: 4, height: 2)
    precomposed.write("é", row: 0, column: 0)
    var decomposed = Canvas(width: 4, height: 2)
    decomposed.write("e\u{301}", row: 0, column: 0)
    #expect(precomposed.row(0, equals: decomposed))
    #expect(precomposed.row(1, equals: decomposed))

    var accented = precomposed
    accented.setRole(.accent, in: Rect(row: 0, column: 3, width: 1, height: 1))
    #expect(!accented.row(0, equals: precomposed))
    #expect(accented.row(1, equals: precomposed))

    var flag = Canvas(width: 4, height: 2)
    flag.write("🇯🇵", row: 1, column: 0)
    var otherFlag = Canvas(width: 4, height: 2)
    otherFlag.write("🇫🇷", row: 1, column: 0)
    #expect(!flag.row(1, equals: otherFlag))
    #expect(flag.row(0, equals: otherFlag))

    #expect(!precomposed.row(0, equals: Canvas(width: 5, height: 2)))
    #expect(!precomposed.row(2, equals: decomposed))
  }

  @Test("a cell's scalar and role are read without its text, none for clusters and halves")
  func scalarsAndRoles() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.write("a", row: 0, column: 0, role: .accent)
    canvas.write("界", row: 0, column: 1)
    canvas.write("e\u{301}", row: 0, column: 3)
    #expect(canvas.scalar(row: 0, column: 0) == "a")
    #expect(canvas.role(row: 0, column: 0) == .accent)
    #expect(canvas.scalar(row: 0, column: 1) == "界")
    #expect(canvas.scalar(row: 0, column: 2) == nil)
    #expect(canvas.scalar(row: 0, column: 3) == nil)
    #expect(canvas.scalar(row: 0, column: 4) == " ")
    #expect(canvas.scalar(row: 1, column: 0) == nil)
    #expect(canvas.role(row: 0, column: 9) == .text)
  }

  @Test("a memo makes each value once per key and forgets everything when full")
  func memo() {
    let memo = Memo<Int, String>(capacity: 2)
    var made = 0
    func value(_ key: Int) -> String {
      memo.value(for: key) {
        made += 1
        return "v\(key)"
      }
    }
    #expect(value(1) == "v1")
    #expect(value(1) == "v1")
    #expect(made == 1)
    #expect(value(2) == "v2")
    #expect(made == 2)
    #expect(value(3) == "v3")  // full: 1 and 2 are forgotten
    #expect(made == 3)
    #expect(value(1) == "v1")
    #expect(made == 4)
  }

  @Test("wrapping the same text again gives the same lines, at each width")
  func wrappingAgain() {
    let text = "Lines break at spaces; a word longer than the width is broken between characters."
    for width in [5, 12, 40] {
      let first = wrappedLines(text, width: width)
      #expect(wrappedLines(text, width: width) == first)
      #expect(first.map(\.text) == wrapped(text, width: width))
    }
    #expect(wrapped(text, width: 12) != wrapped(text, width: 40))
    let long = String(repeating: "word ", count: 2000)
    #expect(wrapped(long, width: 30) == wrapped(long, width: 30))
  }
}
