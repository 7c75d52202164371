extension NotesEditor {
  /// Everything `render(into:in:isFocused:placeholder:)` and `linePosition(viewHeight:)` draw
  /// from, besides the rectangle and the flags they are given: the text, the cursor and the
  /// scroll position. Two editors with equal `shown` values draw the same.
  ///
  /// Its hash reads only the line count, the cursor and the scroll position; comparing keys
  /// reads the lines, which costs nothing while they share storage (an editor nobody types in).
  struct Shown: Hashable, Sendable {
    var lines: [[Character]]
    var cursor: TextPosition
    var scroll: RowAddress

    static func == (lhs: Self, rhs: Self) -> Bool {
      lhs.cursor == rhs.cursor && lhs.scroll == rhs.scroll && lhs.lines == rhs.lines
    }

    func hash(into hasher: inout Hasher) {
      hasher.combine(lines.count)
      hasher.combine(cursor)
      hasher.combine(scroll)
    }
  }

  var shown: Shown { Shown(lines: buffer.lines, cursor: cursor, scroll: scroll) }
}
