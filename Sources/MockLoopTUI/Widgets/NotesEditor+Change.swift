extension NotesEditor {
  /// One replacement in the text: at `start`, `removed` gave way to `inserted`.
  ///
  /// Both strings use "\n" for line breaks and begin and end on grapheme boundaries,
  /// so their character counts are the columns they span.
  struct Change: Sendable, Equatable {
    var start: TextPosition
    var removed: String
    var inserted: String

    /// Where `removed` ended, before the change.
    var removedEnd: TextPosition { start.advanced(over: removed) }

    /// Where `inserted` ends, after the change.
    var insertedEnd: TextPosition { start.advanced(over: inserted) }

    /// Drops characters that `removed` and `inserted` share at their start (at most
    /// `leading`) and at their end (at most `trailing`).
    mutating func trim(leading: Int, trailing: Int) {
      for _ in 0..<leading {
        guard let first = removed.first, let other = inserted.first,
          Self.isSame(first, other), first != "\n"
        else { break }
        removed.removeFirst()
        inserted.removeFirst()
        start.column += 1
      }
      for _ in 0..<trailing {
        guard let last = removed.last, let other = inserted.last,
          Self.isSame(last, other), last != "\n"
        else { break }
        removed.removeLast()
        inserted.removeLast()
      }
    }

    /// This typing step followed by `next`, typed right at its end, as one step;
    /// nil when `next` starts a new step.
    func appendingTyping(_ next: Change) -> Change? {
      let end = insertedEnd
      guard !removed.contains("\n"), !inserted.contains("\n"),
        !next.removed.contains("\n"), !next.inserted.contains("\n"),
        next.start.line == start.line, next.start.column >= start.column,
        next.removedEnd == end
      else { return nil }
      // A word typed after a space is a new step.
      if inserted.last?.isWhitespace == true && next.inserted.last?.isWhitespace == false {
        return nil
      }
      let replacedCount = end.column - next.start.column
      var merged = self
      if replacedCount == 0 {
        merged.inserted += next.inserted
      } else {
        merged.inserted = String(inserted.dropLast(replacedCount)) + next.inserted
      }
      return merged
    }

    /// This deletion followed by `next`, a deletion just before it (Backspace), as one step.
    func prependingDeletion(_ next: Change) -> Change? {
      guard inserted.isEmpty, next.inserted.isEmpty, next.removedEnd == start else { return nil }
      return Change(start: next.start, removed: next.removed + removed, inserted: "")
    }

    /// This deletion followed by `next`, a deletion at the same place (Delete), as one step.
    func appendingDeletion(_ next: Change) -> Change? {
      guard inserted.isEmpty, next.inserted.isEmpty, next.start == start else { return nil }
      return Change(start: start, removed: removed + next.removed, inserted: "")
    }

    private static func isSame(_ lhs: Character, _ rhs: Character) -> Bool {
      lhs.unicodeScalars.elementsEqual(rhs.unicodeScalars)
    }
  }
}
