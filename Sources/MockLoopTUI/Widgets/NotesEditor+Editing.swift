extension NotesEditor {
  /// Types or pastes `text` at the cursor: one character is typing, more is a paste.
  mutating func insert(_ text: String) {
    let isTyping = text.count == 1 && text.first?.isNewline == false
    replace(from: cursor, to: cursor, with: text, kind: isTyping ? .typing : nil)
  }

  mutating func deleteBackward() {
    replace(from: position(before: cursor), to: cursor, with: "", kind: .deletingBackward)
  }

  mutating func deleteForward() {
    replace(from: cursor, to: position(after: cursor), with: "", kind: .deletingForward)
  }

  /// Ctrl-U: deletes to the line start, or the line break before it at a line start.
  mutating func deleteToLineStart() {
    let start = cursor.column > 0 ? TextPosition(line: cursor.line, column: 0) : position(before: cursor)
    replace(from: start, to: cursor, with: "", kind: nil)
  }

  /// Ctrl-K: deletes to the line end, or the line break after it at a line end.
  mutating func deleteToLineEnd() {
    let lineEnd = TextPosition(line: cursor.line, column: buffer.lines[cursor.line].count)
    let end = cursor < lineEnd ? lineEnd : position(after: cursor)
    replace(from: cursor, to: end, with: "", kind: nil)
  }

  /// Replaces a range of text, moving the cursor after the new text and recording the
  /// change for undo; does nothing when the text would not change.
  mutating func replace(
    from start: TextPosition, to end: TextPosition, with text: String, kind: UndoHistory.Kind?
  ) {
    let cursorBefore = cursor
    guard start < end || !text.isEmpty, let edit = buffer.replace(from: start, to: end, with: text) else {
      return
    }
    cursor = edit.caret
    didChangeText(edit.change)
    history.record(edit.change, kind: kind, cursorBefore: cursorBefore, cursorAfter: cursor)
  }

  mutating func undo() {
    guard let step = history.takeUndo() else { return }
    let change = step.change
    guard let edit = buffer.replace(from: change.start, to: change.insertedEnd, with: change.removed) else {
      return
    }
    cursor = buffer.clamped(step.cursorBefore)
    didChangeText(edit.change)
  }

  mutating func redo() {
    guard let step = history.takeRedo() else { return }
    let change = step.change
    guard let edit = buffer.replace(from: change.start, to: change.removedEnd, with: change.inserted) else {
      return
    }
    cursor = buffer.clamped(step.cursorAfter)
    didChangeText(edit.change)
  }

  /// Counts the change and keeps the scroll position on the same text when lines
  /// above it were added or removed.
  private mutating func didChangeText(_ change: Change) {
    revision += 1
    let removedEnd = change.removedEnd
    if scroll.line > removedEnd.line {
      scroll.line += change.insertedEnd.line - removedEnd.line
    } else if scroll.line > change.start.line {
      scroll = RowAddress(line: change.start.line, row: 0)
    }
  }
}
