import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("Notes editor: random command sequences")
struct NotesEditorRandomTests {
  /// What the random runs type or paste: ASCII, CJK, emoji (with ZWJ, skin tone,
  /// flags in halves), combining marks, Hangul jamo, zero-width and prepended
  /// characters, line breaks of every kind, tabs and control characters.
  static let insertions: [String] = [
    "a", "b", "e", "z", " ", " ", ".", ",", "-", "漢", "字", "🙂", "👩‍👩‍👧", "👍🏽", "\u{301}", "\u{308}",
    "\u{200D}", "\u{200B}", "\u{FE0F}", "🇺", "🇸", "\u{1100}", "\u{1161}", "\u{11A8}", "\u{0600}", "\n", "\n",
    "\t", "\r\n", "\r", "\u{2028}", "e\u{301}", "x\u{7}y", "hello world", "a\nb", "漢字 🙂 text\nmore, words.",
    "abcdefghijklmnopqrstuvwxyz",
  ]

  static let otherCommands: [EditorCommand] = [
    .newline, .backspace, .backspace, .deleteForward, .moveLeft, .moveLeft, .moveRight, .moveRight, .moveUp,
    .moveUp, .moveDown, .moveDown, .moveLineStart, .moveLineEnd, .moveWordLeft, .moveWordRight,
    .deleteWordBackward, .deleteToLineStart, .deleteToLineEnd, .pageUp, .pageDown, .moveDocumentStart,
    .moveDocumentEnd, .undo, .undo, .redo,
  ]

  static let startingTexts = ["", "notes", "line one\n\nline 三 🙂\n  indented, words.", "é\u{301}🇺🇸🇺"]

  @Test(
    "random commands at random widths keep every invariant, and undo returns to the start",
    arguments: 0..<24 as Range<UInt64>)
  func randomRun(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    var editor = NotesEditor(
      text: Self.startingTexts.randomElement(using: &random)!, historyLimit: 100_000)
    let original = editor.text
    let height = Int.random(in: 1...6, using: &random)
    var width = Int.random(in: 1...40, using: &random)
    for step in 0..<300 {
      if Int.random(in: 0..<8, using: &random) == 0 {
        width = Int.random(in: 1...40, using: &random)
      }
      let command: EditorCommand =
        Bool.random(using: &random)
        ? .insert(Self.insertions.randomElement(using: &random)!)
        : Self.otherCommands.randomElement(using: &random)!
      let before = editor
      editor.apply(command, layoutWidth: width, viewHeight: height)
      let context = Comment(rawValue: "seed \(seed), step \(step), \(command) at width \(width)")
      try checkInvariants(of: editor, width: width, height: height, context)
      let changed = !Self.sameScalars(before.text, editor.text)
      try #require(editor.revision == before.revision + (changed ? 1 : 0), context)
    }

    // Redo whatever the run left undone, then undo everything and redo it again.
    while editor.canRedo {
      editor.apply(.redo, layoutWidth: width, viewHeight: height)
    }
    let latest = editor.text
    while editor.canUndo {
      editor.apply(.undo, layoutWidth: width, viewHeight: height)
      try checkInvariants(of: editor, width: width, height: height, "seed \(seed), undoing")
    }
    #expect(Self.sameScalars(editor.text, original), "seed \(seed): undo all the way gives the original text")
    while editor.canRedo {
      editor.apply(.redo, layoutWidth: width, viewHeight: height)
    }
    #expect(Self.sameScalars(editor.text, latest), "seed \(seed): redo all the way gives the latest text")
  }

  private func checkInvariants(
    of editor: NotesEditor, width: Int, height: Int, _ context: Comment
  ) throws {
    // Every line is held as exactly the graphemes Swift finds in it, so every column
    // is a grapheme boundary; no line holds a line break or a control character.
    let linesAreSegmented = editor.buffer.lines.allSatisfy { line in
      let resegmented = Array(String(line))
      return resegmented.count == line.count
        && zip(line, resegmented).allSatisfy { $0.unicodeScalars.elementsEqual($1.unicodeScalars) }
    }
    try #require(linesAreSegmented, context)
    let hasControl = editor.buffer.lines.contains { line in
      line.contains { $0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
    }
    try #require(!hasControl, context)

    let cursor = editor.cursor
    try #require(cursor.line >= 0 && cursor.line < editor.lineCount, context)
    try #require(cursor.column >= 0 && cursor.column <= editor.buffer.lines[cursor.line].count, context)

    // Rows fit the width (a single too-wide character excepted) and give back the text.
    let rows = editor.visualRows(width: width)
    let rowsFit = rows.allSatisfy { row in
      row.width == row.text.displayWidth && (row.width <= width || row.text.count == 1)
    }
    try #require(rowsFit, context)
    var lines = Array(repeating: "", count: editor.lineCount)
    for row in rows { lines[row.line] += row.text }
    try #require(Self.sameScalars(lines.joined(separator: "\n"), editor.text), context)

    // The cursor is on screen, on the row that holds it.
    let screen = editor.cursorScreenPosition(width: width)
    let top = editor.scrollOffset(width: width)
    try #require(screen.row >= top && screen.row < top + height, context)
    try #require(screen.row < rows.count && screen.column < width, context)
    let cursorRow = rows[screen.row]
    try #require(cursorRow.line == cursor.line, context)
    try #require(
      cursorRow.columns.contains(cursor.column) || cursorRow.columns.upperBound == cursor.column, context)
  }

  private static func sameScalars(_ lhs: String, _ rhs: String) -> Bool {
    lhs.unicodeScalars.elementsEqual(rhs.unicodeScalars)
  }
}
