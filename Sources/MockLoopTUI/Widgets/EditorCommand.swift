/// Something the user asks the notes editor to do, usually one key press.
///
/// Moves never change the text; edits act at the cursor. Vertical moves and page
/// moves follow the soft-wrapped rows on screen, the rest follow the text.
public enum EditorCommand: Equatable, Sendable {
  /// Types text at the cursor. One character is typing (runs of typing undo together);
  /// more than one is a paste (undone as one step). Line breaks split the line.
  case insert(String)
  /// Splits the line at the cursor.
  case newline
  /// Deletes the character before the cursor, or joins the line to the previous one.
  case backspace
  /// Deletes the character after the cursor, or joins the next line to this one.
  case deleteForward
  /// Moves one character left, to the end of the previous line from a line start.
  case moveLeft
  /// Moves one character right, to the start of the next line from a line end.
  case moveRight
  /// Moves one visual (wrapped) row up, aiming for the display column the cursor had
  /// before the first of a run of vertical moves; from the first row, to the start of the text.
  case moveUp
  /// Moves one visual (wrapped) row down, aiming for the display column the cursor had
  /// before the first of a run of vertical moves; from the last row, to the end of the text.
  case moveDown
  /// Moves to the start of the logical line (Home).
  case moveLineStart
  /// Moves to the end of the logical line (End).
  case moveLineEnd
  /// Moves to the start of the word before the cursor: back over spaces, then over a
  /// run of letters and digits or a run of punctuation. From a line start, to the end
  /// of the previous line.
  case moveWordLeft
  /// Moves to the end of the word after the cursor, mirroring `moveWordLeft`.
  case moveWordRight
  /// Deletes what `moveWordLeft` would move over (Ctrl-W); at a line start, the line break.
  case deleteWordBackward
  /// Deletes from the start of the logical line to the cursor (Ctrl-U); at a line
  /// start it joins the line to the previous one.
  case deleteToLineStart
  /// Deletes from the cursor to the end of the logical line (Ctrl-K); at a line end it
  /// joins the next line to this one.
  case deleteToLineEnd
  /// Moves up a page (the view's height less one row) and scrolls with it.
  case pageUp
  /// Moves down a page (the view's height less one row) and scrolls with it.
  case pageDown
  /// Moves to the start of the text.
  case moveDocumentStart
  /// Moves to the end of the text.
  case moveDocumentEnd
  /// Takes back the last edit, restoring the text and the cursor before it.
  case undo
  /// Makes again the last edit taken back by `undo`.
  case redo
}
