import Testing

@testable import MockLoopTUI

@Suite("Notes editor: wrapping, scrolling and drawing")
struct NotesEditorLayoutTests {
  private func rowTexts(_ text: String, width: Int) -> [String] {
    NotesEditor(text: text).visualRows(width: width).map(\.text)
  }

  private func editor(_ text: String, after commands: [EditorCommand], width: Int, height: Int) -> NotesEditor {
    var editor = NotesEditor(text: text)
    for command in commands {
      editor.apply(command, layoutWidth: width, viewHeight: height)
    }
    return editor
  }

  @Test("a line wraps after the space before the word that does not fit")
  func wrapsAtSpaces() {
    #expect(rowTexts("hello world again", width: 12) == ["hello world ", "again"])
  }

  @Test("a word longer than the width is broken where the row is full")
  func breaksLongWords() {
    #expect(rowTexts("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
  }

  @Test("a wide character that does not fit moves to the next row")
  func wideCharacterMoves() {
    let rows = NotesEditor(text: "abc漢d").visualRows(width: 4)
    #expect(rows.map(\.text) == ["abc", "漢d"])
    #expect(rows.map(\.width) == [3, 3])
  }

  @Test("rows may break between CJK characters")
  func breaksBetweenIdeographs() {
    #expect(rowTexts("ab 漢字漢字x", width: 6) == ["ab 漢", "字漢字", "x"])
  }

  @Test("a line whose last row is full gets an empty row for the cursor at its end")
  func fullRowGetsCursorRow() {
    var notes = NotesEditor(text: "abcd\nef")
    #expect(notes.visualRows(width: 4).map(\.text) == ["abcd", "", "ef"])
    notes.apply(.moveLineEnd, layoutWidth: 4, viewHeight: 5)
    #expect(notes.cursorScreenPosition(width: 4) == (row: 1, column: 0))
  }

  @Test("at width 1 a wide character has a row of its own, two columns wide")
  func widthOne() {
    let rows = NotesEditor(text: "漢a").visualRows(width: 1)
    #expect(rows.map(\.text) == ["漢", "a", ""])
    #expect(rows.map(\.width) == [2, 1, 0])
  }

  @Test("each row names its line and columns; empty lines have one empty row")
  func rowColumns() {
    let rows = NotesEditor(text: "ab cd\n\nx").visualRows(width: 3)
    #expect(rows.map(\.line) == [0, 0, 1, 2])
    #expect(rows.map(\.columns) == [0..<3, 3..<5, 0..<0, 0..<1])
  }

  @Test("the cursor's screen column counts display width, not characters")
  func cursorDisplayColumn() {
    let notes = editor("漢字🙂x", after: [.moveDocumentEnd], width: 40, height: 3)
    #expect(notes.cursorScreenPosition(width: 40) == (row: 0, column: 7))
  }

  @Test("moving down past a 3-row view scrolls so the cursor is on its last row")
  func scrollsDown() {
    let text = (0..<10).map(String.init).joined(separator: "\n")
    let notes = editor(text, after: Array(repeating: .moveDown, count: 4), width: 20, height: 3)
    #expect(notes.cursorScreenPosition(width: 20).row == 4)
    #expect(notes.scrollOffset(width: 20) == 2)
  }

  @Test("the end and the start of the text scroll the view to them")
  func scrollsToEnds() {
    let text = (0..<10).map(String.init).joined(separator: "\n")
    var notes = editor(text, after: [.moveDocumentEnd], width: 20, height: 3)
    #expect(notes.scrollOffset(width: 20) == 7)
    notes.apply(.moveUp, layoutWidth: 20, viewHeight: 3)
    notes.apply(.moveUp, layoutWidth: 20, viewHeight: 3)
    #expect(notes.scrollOffset(width: 20) == 7)
    notes.apply(.moveUp, layoutWidth: 20, viewHeight: 3)
    #expect(notes.scrollOffset(width: 20) == 6)
    notes.apply(.moveDocumentStart, layoutWidth: 20, viewHeight: 3)
    #expect(notes.scrollOffset(width: 20) == 0)
  }

  @Test("scrolling follows wrapped rows, not lines")
  func scrollsByWrappedRows() {
    let notes = editor("aaaa bbbb cccc dddd eeee", after: [.moveDocumentEnd], width: 5, height: 3)
    #expect(notes.visualRows(width: 5).map(\.text) == ["aaaa ", "bbbb ", "cccc ", "dddd ", "eeee"])
    #expect(notes.cursorScreenPosition(width: 5) == (row: 4, column: 4))
    #expect(notes.scrollOffset(width: 5) == 2)
  }

  @Test("page down moves the cursor and the view by the view height less one row")
  func pageDown() {
    let text = (0..<10).map(String.init).joined(separator: "\n")
    var notes = editor(text, after: [.pageDown], width: 20, height: 3)
    #expect(notes.cursor == TextPosition(line: 2, column: 0))
    #expect(notes.scrollOffset(width: 20) == 2)
    notes.apply(.pageDown, layoutWidth: 20, viewHeight: 3)
    #expect(notes.cursor == TextPosition(line: 4, column: 0))
    #expect(notes.scrollOffset(width: 20) == 4)
    notes.apply(.pageUp, layoutWidth: 20, viewHeight: 3)
    #expect(notes.cursor == TextPosition(line: 2, column: 0))
    #expect(notes.scrollOffset(width: 20) == 2)
  }

  @Test("typing at the bottom of a 3-row view keeps the new line in view")
  func typingScrolls() {
    var notes = NotesEditor()
    for command: EditorCommand in [
      .insert("a"), .newline, .insert("b"), .newline, .insert("c"), .newline, .insert("d"),
    ] {
      notes.apply(command, layoutWidth: 20, viewHeight: 3)
      let row = notes.cursorScreenPosition(width: 20).row
      let top = notes.scrollOffset(width: 20)
      #expect(row >= top && row < top + 3)
    }
    #expect(notes.scrollOffset(width: 20) == 1)
  }

  @Test("render draws the visible rows and puts the cursor where the editor's is")
  func renderRows() {
    let notes = editor("hello world\n漢字", after: [.moveDocumentEnd], width: 8, height: 2)
    var canvas = Canvas(width: 10, height: 4)
    notes.render(into: &canvas, in: Rect(row: 1, column: 1, width: 8, height: 2), isFocused: true, placeholder: "…")
    #expect(canvas.textLines() == ["          ", " world    ", " 漢字     ", "          "])
    #expect(canvas.cursor == Point(row: 2, column: 5))
  }

  @Test("render shows the placeholder, muted, when the notes are empty")
  func renderPlaceholder() {
    let notes = NotesEditor()
    var canvas = Canvas(width: 12, height: 2)
    notes.render(into: &canvas, in: canvas.bounds, isFocused: false, placeholder: "Notes…")
    #expect(canvas.textLines() == ["Notes…      ", "            "])
    #expect(canvas.styleLayer() == "mmmmmm......\n............")
    #expect(canvas.cursor == nil)
  }

  @Test("render leaves the cursor hidden when the editor is not focused")
  func renderUnfocused() {
    let notes = NotesEditor(text: "abc")
    var canvas = Canvas(width: 5, height: 1)
    notes.render(into: &canvas, in: canvas.bounds, isFocused: false, placeholder: "")
    #expect(canvas.textLines() == ["abc  "])
    #expect(canvas.cursor == nil)
  }
}
