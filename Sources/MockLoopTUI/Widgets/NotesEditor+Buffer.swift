extension NotesEditor {
  /// The editor's text as an array of lines, each an array of characters.
  ///
  /// Typing changes one line in place, so an edit costs the length of that line,
  /// never the length of the text.
  ///
  /// Invariants: there is at least one line; no line holds a line break or another
  /// control character; every line's characters are exactly the grapheme clusters
  /// Swift finds in that line's text, so every column is a grapheme boundary.
  struct Buffer: Sendable, Equatable {
    private(set) var lines: [[Character]]

    init(text: String) {
      lines = Buffer.lines(of: text)
    }

    /// What a tab becomes: the editor draws no tab stops.
    static let tabReplacement = "    "

    /// Splits text into lines at any line break (LF, CR, CR LF, VT, FF, NEL, LS, PS),
    /// turning tabs into spaces and dropping other control characters, which a
    /// terminal cannot show.
    static func lines(of text: String) -> [[Character]] {
      var lines: [[Character]] = []
      var current = ""
      var previousWasCarriageReturn = false
      for scalar in text.unicodeScalars {
        let isLineFeedAfterCarriageReturn = previousWasCarriageReturn && scalar == "\n"
        previousWasCarriageReturn = scalar == "\r"
        if isLineFeedAfterCarriageReturn { continue }
        switch scalar {
        case "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}":
          lines.append(Array(current))
          current = ""
        case "\t":
          current += tabReplacement
        default:
          if scalar.properties.generalCategory != .control {
            current.unicodeScalars.append(scalar)
          }
        }
      }
      lines.append(Array(current))
      return lines
    }

    var text: String {
      var result = ""
      for (index, line) in lines.enumerated() {
        if index > 0 { result += "\n" }
        result += String(line)
      }
      return result
    }

    var end: TextPosition {
      TextPosition(line: lines.count - 1, column: lines[lines.count - 1].count)
    }

    /// The position nearest to `position` that lies inside the text.
    func clamped(_ position: TextPosition) -> TextPosition {
      let line = min(max(position.line, 0), lines.count - 1)
      return TextPosition(line: line, column: min(max(position.column, 0), lines[line].count))
    }

    /// The text between two positions, lines joined with "\n".
    func text(from start: TextPosition, to end: TextPosition) -> String {
      if start.line == end.line {
        return String(lines[start.line][start.column..<end.column])
      }
      var result = String(lines[start.line][start.column...])
      for line in lines[(start.line + 1)..<end.line] {
        result += "\n"
        result += String(line)
      }
      result += "\n"
      result += String(lines[end.line][..<end.column])
      return result
    }
  }
}

extension NotesEditor.Buffer {
  /// What one replacement did: the change to record for undo, and where the caret
  /// goes (after the inserted text).
  struct Edit: Sendable, Equatable {
    var change: NotesEditor.Change
    var caret: TextPosition
  }

  /// Replaces the text between `start` and `end` with `newText`.
  ///
  /// Characters on either side of the edit are re-segmented with it, since an edit can
  /// join or split grapheme clusters (a combining mark typed after "e", a deleted
  /// character between a letter and a mark). The change returned covers exactly the
  /// characters that differ, so replaying its inverse restores the text. Returns nil
  /// when the text is unchanged.
  mutating func replace(
    from start: TextPosition, to end: TextPosition, with newText: String
  ) -> Edit? {
    let removed = text(from: start, to: end)
    var pieces = Self.lines(of: newText)
    if removed.isEmpty && pieces.count == 1 && pieces[0].isEmpty { return nil }

    // The character before the edit is re-segmented with it (clusters only ever
    // absorb what follows them, so one is enough).
    let leftCount = start.column > 0 ? 1 : 0
    let leftText = leftCount > 0 ? String(lines[start.line][start.column - 1]) : ""
    let suffixCount = lines[end.line].count - end.column
    let lastLine = start.line + pieces.count - 1
    let insertedEnd: Int

    if pieces.count == 1 {
      insertedEnd = start.column + pieces[0].count
      if start.line == end.line {
        lines[start.line].replaceSubrange(start.column..<end.column, with: pieces[0])
      } else {
        let joined = lines[start.line][..<start.column] + pieces[0] + lines[end.line][end.column...]
        lines.replaceSubrange(start.line...end.line, with: CollectionOfOne(Array(joined)))
      }
    } else {
      insertedEnd = pieces[pieces.count - 1].count
      pieces[0].insert(contentsOf: lines[start.line][..<start.column], at: 0)
      pieces[pieces.count - 1].append(contentsOf: lines[end.line][end.column...])
      lines.replaceSubrange(start.line...end.line, with: pieces)
      _ = resegment(line: start.line, from: start.column - leftCount, to: start.column + 1, mark: start.column)
    }
    let repair = resegment(
      line: lastLine, from: pieces.count == 1 ? start.column - leftCount : max(insertedEnd - 1, 0),
      to: insertedEnd + 1, mark: insertedEnd)

    // Original characters after the edit that the repair consumed.
    let rightCount = max(repair.originalEnd - insertedEnd, 0)
    let rightText = String(repair.original.suffix(rightCount))
    var change = NotesEditor.Change(
      start: TextPosition(line: start.line, column: start.column - leftCount),
      removed: leftText + removed + rightText,
      inserted: "")
    let insertedEndPosition = TextPosition(
      line: lastLine, column: lines[lastLine].count - (suffixCount - rightCount))
    change.inserted = text(from: change.start, to: insertedEndPosition)
    change.trim(leading: leftCount, trailing: rightCount)
    if change.removed.isEmpty && change.inserted.isEmpty { return nil }
    return Edit(change: change, caret: TextPosition(line: lastLine, column: repair.mark))
  }

  /// The outcome of re-segmenting part of a line.
  struct Resegmentation {
    /// The characters replaced, as they were.
    var original: [Character]
    /// The column after `original`, before the repair.
    var originalEnd: Int
    /// Where the marked column landed: the first boundary at or after it.
    var mark: Int
  }

  /// Re-segments the characters of `line` from `lower` to `upper` (clamped to the line),
  /// continuing to the right for as long as the segmentation still changes.
  ///
  /// `lower` must be a boundary that the edit cannot move: the start of a character
  /// that was there before the edit. `mark` (between `lower` and `upper`) is a column
  /// to follow through the repair, such as the caret.
  private mutating func resegment(line: Int, from lower: Int, to upper: Int, mark: Int) -> Resegmentation {
    let upper = min(upper, lines[line].count)
    var repaired = Array(String(lines[line][lower..<upper]))
    var originalEnd = upper
    while originalEnd < lines[line].count, let last = repaired.last {
      let next = lines[line][originalEnd]
      let pair = Array(String(last) + String(next))
      if pair.count == 2 && pair[0].unicodeScalars.count == last.unicodeScalars.count { break }
      repaired.removeLast()
      repaired.append(contentsOf: pair)
      originalEnd += 1
    }
    let original = Array(lines[line][lower..<originalEnd])
    let markOffset = original[..<(min(mark, originalEnd) - lower)].reduce(0) { $0 + $1.unicodeScalars.count }
    var markColumn = lower
    var offset = 0
    for character in repaired where offset < markOffset {
      offset += character.unicodeScalars.count
      markColumn += 1
    }
    if !Self.haveSameScalars(original, repaired) {
      lines[line].replaceSubrange(lower..<originalEnd, with: repaired)
    }
    return Resegmentation(original: original, originalEnd: originalEnd, mark: markColumn)
  }

  /// Whether two runs of characters hold exactly the same scalars split the same way
  /// (`Character`'s `==` would also equate canonically equivalent spellings).
  static func haveSameScalars(_ lhs: [Character], _ rhs: [Character]) -> Bool {
    lhs.count == rhs.count
      && zip(lhs, rhs).allSatisfy { $0.unicodeScalars.elementsEqual($1.unicodeScalars) }
  }
}
