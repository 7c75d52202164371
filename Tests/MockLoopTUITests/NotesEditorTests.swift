import Testing

@testable import MockLoopTUI

/// Commands that type `text` one character at a time.
private func typing(_ text: String) -> [EditorCommand] {
  text.map { .insert(String($0)) }
}

/// `command` repeated `count` times.
private func repeated(_ command: EditorCommand, _ count: Int) -> [EditorCommand] {
  Array(repeating: command, count: count)
}

/// An editor holding `text` after `commands`, applied in a view of the given size.
private func editor(
  _ text: String = "", after commands: [EditorCommand], width: Int = 40, height: Int = 10
) -> NotesEditor {
  var editor = NotesEditor(text: text)
  for command in commands {
    editor.apply(command, layoutWidth: width, viewHeight: height)
  }
  return editor
}

private func at(_ line: Int, _ column: Int) -> TextPosition {
  TextPosition(line: line, column: column)
}

/// The text's scalars: `String`'s `==` would equate "é" and "e\u{301}".
private func scalars(_ text: String) -> [UInt32] {
  text.unicodeScalars.map(\.value)
}

/// A sequence of commands and the text and cursor it must leave.
struct EditorCase: Sendable, CustomTestStringConvertible {
  var name: String
  var text: String
  var commands: [EditorCommand]
  var expectedText: String
  var expectedCursor: TextPosition
  var width = 40

  var testDescription: String { name }
}

@Suite("Notes editor: commands")
struct NotesEditorCommandTests {
  static let cases: [EditorCase] = [
    EditorCase(
      name: "typing ASCII leaves the cursor after the last character",
      text: "", commands: typing("hello"), expectedText: "hello", expectedCursor: at(0, 5)),
    EditorCase(
      name: "backspace after CJK removes one ideograph",
      text: "", commands: typing("漢字") + [.backspace], expectedText: "漢", expectedCursor: at(0, 1)),
    EditorCase(
      name: "backspace after an emoji removes the whole emoji",
      text: "", commands: typing("a🙂") + [.backspace], expectedText: "a", expectedCursor: at(0, 1)),
    EditorCase(
      name: "backspace after a ZWJ family removes the whole family",
      text: "", commands: typing("a🙂👩‍👩‍👧") + [.backspace], expectedText: "a🙂", expectedCursor: at(0, 2)),
    EditorCase(
      name: "a combining mark typed after a letter joins it into one character",
      text: "", commands: [.insert("e"), .insert("\u{301}")], expectedText: "e\u{301}",
      expectedCursor: at(0, 1)),
    EditorCase(
      name: "backspace removes a letter together with its combining mark",
      text: "", commands: [.insert("a"), .insert("e"), .insert("\u{301}"), .backspace], expectedText: "a",
      expectedCursor: at(0, 1)),
    EditorCase(
      name: "newline in the middle of a line splits it",
      text: "hello world", commands: repeated(.moveRight, 5) + [.newline], expectedText: "hello\n world",
      expectedCursor: at(1, 0)),
    EditorCase(
      name: "a paste with a line break splits the line around it",
      text: "ac", commands: [.moveRight, .insert("b\nB")], expectedText: "ab\nBc", expectedCursor: at(1, 1)),
    EditorCase(
      name: "pasted CR LF and tabs become a line break and spaces",
      text: "", commands: [.insert("a\r\n\tb")], expectedText: "a\n    b", expectedCursor: at(1, 5)),
    EditorCase(
      name: "backspace at a line start joins the line to the previous one",
      text: "ab\ncd", commands: [.moveDown, .backspace], expectedText: "abcd", expectedCursor: at(0, 2)),
    EditorCase(
      name: "delete at a line end joins the next line",
      text: "ab\ncd", commands: [.moveLineEnd, .deleteForward], expectedText: "abcd", expectedCursor: at(0, 2)),
    EditorCase(
      name: "delete removes a whole emoji after the cursor",
      text: "🙂x", commands: [.deleteForward], expectedText: "x", expectedCursor: at(0, 0)),
    EditorCase(
      name: "Ctrl-W deletes trailing spaces and the word before them",
      text: "foo.bar, baz  ", commands: [.moveDocumentEnd, .deleteWordBackward], expectedText: "foo.bar, ",
      expectedCursor: at(0, 9)),
    EditorCase(
      name: "Ctrl-W deletes a space and a run of punctuation",
      text: "foo.bar, baz  ", commands: [.moveDocumentEnd] + repeated(.deleteWordBackward, 2),
      expectedText: "foo.bar", expectedCursor: at(0, 7)),
    EditorCase(
      name: "Ctrl-W stops at punctuation inside a word",
      text: "foo.bar, baz  ", commands: [.moveDocumentEnd] + repeated(.deleteWordBackward, 3),
      expectedText: "foo.", expectedCursor: at(0, 4)),
    EditorCase(
      name: "Ctrl-W repeated empties the line",
      text: "foo.bar, baz  ", commands: [.moveDocumentEnd] + repeated(.deleteWordBackward, 5),
      expectedText: "", expectedCursor: at(0, 0)),
    EditorCase(
      name: "Ctrl-W deletes a run of CJK as one word",
      text: "note 漢字", commands: [.moveDocumentEnd, .deleteWordBackward], expectedText: "note ",
      expectedCursor: at(0, 5)),
    EditorCase(
      name: "Ctrl-W at a line start deletes only the line break",
      text: "ab\ncd", commands: [.moveDown, .deleteWordBackward], expectedText: "abcd", expectedCursor: at(0, 2)),
    EditorCase(
      name: "Ctrl-U deletes from the line start to the cursor",
      text: "hello world\nnext", commands: [.moveWordRight, .moveRight, .deleteToLineStart],
      expectedText: "world\nnext", expectedCursor: at(0, 0)),
    EditorCase(
      name: "Ctrl-U at a line start joins the line to the previous one",
      text: "ab\ncd", commands: [.moveDown, .deleteToLineStart], expectedText: "abcd", expectedCursor: at(0, 2)),
    EditorCase(
      name: "Ctrl-K deletes from the cursor to the line end",
      text: "hello world\nnext", commands: repeated(.moveRight, 5) + [.deleteToLineEnd],
      expectedText: "hello\nnext", expectedCursor: at(0, 5)),
    EditorCase(
      name: "Ctrl-K at a line end joins the next line",
      text: "ab\ncd", commands: [.moveLineEnd, .deleteToLineEnd], expectedText: "abcd", expectedCursor: at(0, 2)),
    EditorCase(
      name: "Ctrl-K at the end of the text changes nothing",
      text: "ab", commands: [.moveDocumentEnd, .deleteToLineEnd], expectedText: "ab", expectedCursor: at(0, 2)),
    EditorCase(
      name: "word right goes to the end of the next word",
      text: "one two  three", commands: repeated(.moveWordRight, 2), expectedText: "one two  three",
      expectedCursor: at(0, 7)),
    EditorCase(
      name: "word right stops after a run of punctuation",
      text: "one, two", commands: repeated(.moveWordRight, 2), expectedText: "one, two", expectedCursor: at(0, 4)),
    EditorCase(
      name: "word left goes to the start of the previous word",
      text: "one two  three", commands: [.moveDocumentEnd, .moveWordLeft, .moveWordLeft],
      expectedText: "one two  three", expectedCursor: at(0, 4)),
    EditorCase(
      name: "word right at a line end goes to the next line start",
      text: "ab\ncd", commands: [.moveLineEnd, .moveWordRight], expectedText: "ab\ncd", expectedCursor: at(1, 0)),
    EditorCase(
      name: "word left at a line start goes to the previous line end",
      text: "ab\ncd", commands: [.moveDown, .moveWordLeft], expectedText: "ab\ncd", expectedCursor: at(0, 2)),
    EditorCase(
      name: "End goes to the end of the logical line, past its wrapped rows",
      text: "aaaa bbbb cccc\nx", commands: [.moveLineEnd], expectedText: "aaaa bbbb cccc\nx",
      expectedCursor: at(0, 14), width: 5),
    EditorCase(
      name: "Home goes to the start of the logical line from a wrapped row",
      text: "aaaa bbbb cccc", commands: [.moveDocumentEnd, .moveLineStart], expectedText: "aaaa bbbb cccc",
      expectedCursor: at(0, 0), width: 5),
    EditorCase(
      name: "left at a line start goes to the end of the previous line",
      text: "ab\ncd", commands: [.moveDown, .moveLeft], expectedText: "ab\ncd", expectedCursor: at(0, 2)),
    EditorCase(
      name: "right at a line end goes to the start of the next line",
      text: "ab\ncd", commands: [.moveLineEnd, .moveRight], expectedText: "ab\ncd", expectedCursor: at(1, 0)),
    EditorCase(
      name: "right steps over a whole emoji",
      text: "👩‍👩‍👧x", commands: [.moveRight], expectedText: "👩‍👩‍👧x", expectedCursor: at(0, 1)),
    EditorCase(
      name: "up from the first row goes to the start of the text",
      text: "abc\nd", commands: [.moveRight, .moveRight, .moveUp], expectedText: "abc\nd", expectedCursor: at(0, 0)),
    EditorCase(
      name: "down from the last row goes to the end of the text",
      text: "abc\ndef", commands: [.moveDown, .moveDown], expectedText: "abc\ndef", expectedCursor: at(1, 3)),
    EditorCase(
      name: "down and up keep the display column across wrapped rows",
      text: "aaaa bbbb cccc dddd", commands: repeated(.moveRight, 3) + [.moveDown],
      expectedText: "aaaa bbbb cccc dddd", expectedCursor: at(0, 13), width: 10),
    EditorCase(
      name: "up from a wrapped row returns to the same display column",
      text: "aaaa bbbb cccc dddd", commands: repeated(.moveRight, 3) + [.moveDown, .moveUp],
      expectedText: "aaaa bbbb cccc dddd", expectedCursor: at(0, 3), width: 10),
    EditorCase(
      name: "down onto a short line goes to its end",
      text: "abcdefgh\nab\nabcdefgh", commands: repeated(.moveRight, 6) + [.moveDown],
      expectedText: "abcdefgh\nab\nabcdefgh", expectedCursor: at(1, 2)),
    EditorCase(
      name: "down past a short line comes back to the preferred column",
      text: "abcdefgh\nab\nabcdefgh", commands: repeated(.moveRight, 6) + [.moveDown, .moveDown],
      expectedText: "abcdefgh\nab\nabcdefgh", expectedCursor: at(2, 6)),
    EditorCase(
      name: "down into CJK lands before the wide character under the column",
      text: "abcdef\n漢字漢字\nabcdef", commands: repeated(.moveRight, 3) + [.moveDown],
      expectedText: "abcdef\n漢字漢字\nabcdef", expectedCursor: at(1, 1)),
    EditorCase(
      name: "down through CJK keeps the display column for the next ASCII line",
      text: "abcdef\n漢字漢字\nabcdef", commands: repeated(.moveRight, 3) + [.moveDown, .moveDown],
      expectedText: "abcdef\n漢字漢字\nabcdef", expectedCursor: at(2, 3)),
    EditorCase(
      name: "down onto a wrapped CJK row keeps the column within wide characters",
      text: "a漢字\n漢字漢字", commands: [.moveRight, .moveDown, .moveDown],
      expectedText: "a漢字\n漢字漢字", expectedCursor: at(1, 3), width: 6),
    EditorCase(
      name: "up through wrapped CJK rows returns to the first column",
      text: "a漢字\n漢字漢字", commands: [.moveRight, .moveDown, .moveDown, .moveUp, .moveUp],
      expectedText: "a漢字\n漢字漢字", expectedCursor: at(0, 1), width: 6),
  ]

  @Test("a command sequence leaves the expected text and cursor", arguments: cases)
  func commandSequence(_ example: EditorCase) {
    let result = editor(example.text, after: example.commands, width: example.width)
    #expect(result.text == example.expectedText)
    #expect(scalars(result.text) == scalars(example.expectedText))
    #expect(result.cursor == example.expectedCursor)
  }

  @Test("a new editor starts with its cursor at the start of the text")
  func initialCursor() {
    let notes = NotesEditor(text: "one\ntwo")
    #expect(notes.cursor == at(0, 0))
    #expect(notes.lineCount == 2)
    #expect(!notes.isEmpty)
    #expect(NotesEditor().isEmpty)
  }
}

@Suite("Notes editor: undo")
struct NotesEditorUndoTests {
  @Test("undo takes back the last typed word, then the word before it")
  func undoTypedWords() {
    var notes = editor(after: typing("hello world"))
    notes.apply(.undo, layoutWidth: 40, viewHeight: 10)
    #expect(notes.text == "hello ")
    #expect(notes.cursor == at(0, 6))
    notes.apply(.undo, layoutWidth: 40, viewHeight: 10)
    #expect(notes.text == "")
    #expect(notes.cursor == at(0, 0))
    #expect(!notes.canUndo)
  }

  @Test("redo makes the undone words again, with the cursor after them")
  func redoTypedWords() {
    let notes = editor(after: typing("hello world") + [.undo, .undo, .redo])
    #expect(notes.text == "hello ")
    #expect(notes.cursor == at(0, 6))
    let again = editor(after: typing("hello world") + [.undo, .undo, .redo, .redo])
    #expect(again.text == "hello world")
    #expect(again.cursor == at(0, 11))
  }

  @Test("a paste is undone in one step, restoring the cursor")
  func undoPaste() {
    let notes = editor(after: typing("ab") + [.insert("XYZ\n123 456"), .undo])
    #expect(notes.text == "ab")
    #expect(notes.cursor == at(0, 2))
    let redone = editor(after: typing("ab") + [.insert("XYZ\n123 456"), .undo, .redo])
    #expect(redone.text == "abXYZ\n123 456")
    #expect(redone.cursor == at(1, 7))
  }

  @Test("a new edit after undo clears redo")
  func newEditClearsRedo() {
    var notes = editor(after: typing("ab") + [.undo] + typing("c"))
    #expect(!notes.canRedo)
    notes.apply(.redo, layoutWidth: 40, viewHeight: 10)
    #expect(notes.text == "c")
  }

  @Test("a move ends a run of typing: undo takes back only what followed it")
  func moveEndsTypingRun() {
    let notes = editor(after: typing("ab") + [.moveLeft, .moveRight] + typing("c") + [.undo])
    #expect(notes.text == "ab")
    #expect(notes.cursor == at(0, 2))
  }

  @Test("a run of backspaces is undone in one step")
  func undoBackspaceRun() {
    let notes = editor("hello", after: [.moveDocumentEnd] + repeated(.backspace, 3) + [.undo])
    #expect(notes.text == "hello")
    #expect(notes.cursor == at(0, 5))
  }

  @Test("undo restores the cursor from before the edit, not after it")
  func undoRestoresCursor() {
    let notes = editor("abc", after: [.moveRight, .backspace, .undo])
    #expect(notes.text == "abc")
    #expect(notes.cursor == at(0, 1))
  }

  @Test("undo of a line join splits the lines again")
  func undoJoin() {
    let notes = editor("ab\ncd", after: [.moveDown, .backspace, .undo])
    #expect(notes.text == "ab\ncd")
    #expect(notes.cursor == at(1, 0))
  }

  @Test("a combining mark typed into a word is undone with the word")
  func undoCombiningMark() {
    let notes = editor("x", after: [.moveDocumentEnd, .insert(" "), .insert("e"), .insert("\u{301}"), .undo])
    #expect(scalars(notes.text) == scalars("x "))
  }

  @Test("history keeps only the newest steps up to its limit")
  func historyLimit() {
    var notes = NotesEditor(text: "", historyLimit: 3)
    for word in ["a", "b", "c", "d", "e"] {
      notes.apply(.insert(word), layoutWidth: 40, viewHeight: 10)
      notes.apply(.newline, layoutWidth: 40, viewHeight: 10)
    }
    for _ in 0..<10 { notes.apply(.undo, layoutWidth: 40, viewHeight: 10) }
    // Ten steps were made; only the newest three (the line break after "d", "e" and
    // the line break after it) can be undone.
    #expect(notes.text == "a\nb\nc\nd")
    #expect(!notes.canUndo)
  }

  @Test("revision counts text changes, undo and redo, and nothing else")
  func revisionCounting() {
    var notes = NotesEditor(text: "ab")
    let size = (width: 40, height: 10)
    notes.apply(.moveRight, layoutWidth: size.width, viewHeight: size.height)
    #expect(notes.revision == 0)
    notes.apply(.insert("x"), layoutWidth: size.width, viewHeight: size.height)
    #expect(notes.revision == 1)
    notes.apply(.moveDocumentEnd, layoutWidth: size.width, viewHeight: size.height)
    notes.apply(.deleteForward, layoutWidth: size.width, viewHeight: size.height)
    notes.apply(.deleteToLineEnd, layoutWidth: size.width, viewHeight: size.height)
    #expect(notes.revision == 1)
    notes.apply(.undo, layoutWidth: size.width, viewHeight: size.height)
    #expect(notes.revision == 2)
    notes.apply(.redo, layoutWidth: size.width, viewHeight: size.height)
    #expect(notes.revision == 3)
    notes.apply(.redo, layoutWidth: size.width, viewHeight: size.height)
    #expect(notes.revision == 3)
  }
}
