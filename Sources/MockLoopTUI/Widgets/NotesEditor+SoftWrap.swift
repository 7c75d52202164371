extension NotesEditor {
  /// Soft wrapping of one logical line into visual rows of at most `width` columns.
  ///
  /// A row ends after a run of spaces, or next to a wide (CJK, emoji) character, when
  /// the next word would not fit; a word longer than the row is broken where the row
  /// is full. A character is never split, so a wide character that does not fit at
  /// the end of a row starts the next one.
  ///
  /// Invariants: rows cover the line in order without gaps or overlaps; every row is
  /// at most `width` columns wide, except a row holding a single character wider than
  /// `width` (a wide character at width 1); no row but the first is empty, except
  /// that a line whose last row is full gets an empty last row, the place of the
  /// cursor at the end of the line — so the cursor never sits beyond the width.
  enum SoftWrap {
    /// One visual row: a range of the line's columns and its display width.
    struct Row: Sendable, Equatable {
      var columns: Range<Int>
      var width: Int
    }

    static func rows(of characters: [Character], width: Int) -> [Row] {
      let limit = max(width, 1)
      if let lineWidth = singleRowWidth(of: characters, limit: limit) {
        return [Row(columns: 0..<characters.count, width: lineWidth)]
      }
      var widths: [Int] = []
      var spaces: [Bool] = []
      widths.reserveCapacity(characters.count)
      spaces.reserveCapacity(characters.count)
      for character in characters {
        let grapheme = Grapheme(character)
        widths.append(grapheme.displayWidth)
        spaces.append(isSpace(grapheme))
      }
      var rows: [Row] = []
      var start = 0
      var used = 0
      var lastBreak: (column: Int, used: Int)?
      var index = 0
      while index < characters.count {
        if index > start && isBreak(before: index, spaces: spaces, widths: widths) {
          lastBreak = (index, used)
        }
        if index > start && (used >= limit || used + widths[index] > limit) {
          let end = lastBreak ?? (index, used)
          rows.append(Row(columns: start..<end.column, width: end.used))
          start = end.column
          index = end.column
          used = 0
          lastBreak = nil
          continue
        }
        used += widths[index]
        index += 1
      }
      rows.append(Row(columns: start..<characters.count, width: used))
      if used >= limit {
        rows.append(Row(columns: characters.count..<characters.count, width: 0))
      }
      return rows
    }

    /// The display width of a line when it is less than `limit`, so that the line is a
    /// single row; nil otherwise. Cheaper than the full layout for the usual short line.
    private static func singleRowWidth(of characters: [Character], limit: Int) -> Int? {
      var total = 0
      for character in characters {
        total += Grapheme(character).displayWidth
        if total >= limit { return nil }
      }
      return total
    }

    /// Whether a row may end before `index`: after spaces, or on either side of a wide
    /// character; never before a space or a zero-width character.
    private static func isBreak(before index: Int, spaces: [Bool], widths: [Int]) -> Bool {
      if spaces[index] || widths[index] == 0 { return false }
      return spaces[index - 1] || widths[index - 1] > 1 || widths[index] > 1
    }

    /// The display width of a character of the text.
    static func width(of character: Character) -> Int {
      character.displayWidth
    }

    private static func isSpace(_ grapheme: Grapheme) -> Bool {
      switch grapheme {
      case .scalar(let scalar): scalar == " " || (!scalar.isASCII && Grapheme.isWhitespace(scalar.value))
      case .cluster(let character): !character.isASCII && character.isWhitespace
      }
    }

    /// The row holding `column`: the row it starts or falls inside, or the last row
    /// for the end of the line.
    static func rowIndex(ofColumn column: Int, in rows: [Row]) -> Int {
      rows.firstIndex { column < $0.columns.upperBound } ?? rows.count - 1
    }
  }
}
