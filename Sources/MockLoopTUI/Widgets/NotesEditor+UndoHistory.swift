extension NotesEditor {
  /// The editor's undo and redo steps.
  ///
  /// Invariants: at most `limit` undo steps are kept, the oldest dropped first; a new
  /// step clears the redo steps; only the newest undo step may still grow, and only
  /// while edits of its kind follow it with nothing in between (`close()` ends that).
  struct UndoHistory: Sendable, Equatable {
    /// Edits that merge into one step when they follow one another.
    enum Kind: Sendable, Equatable {
      case typing
      case deletingBackward
      case deletingForward
    }

    /// One undoable edit and the cursor on either side of it.
    struct Step: Sendable, Equatable {
      var change: Change
      var cursorBefore: TextPosition
      var cursorAfter: TextPosition
    }

    let limit: Int
    private(set) var undoSteps: [Step] = []
    private(set) var redoSteps: [Step] = []
    private var openKind: Kind?

    init(limit: Int) {
      self.limit = max(limit, 1)
    }

    /// Records an edit, merging it into the newest step when both are of the same
    /// mergeable kind and adjacent.
    mutating func record(
      _ change: Change, kind: Kind?, cursorBefore: TextPosition, cursorAfter: TextPosition
    ) {
      redoSteps.removeAll()
      if let kind, kind == openKind, let last = undoSteps.last,
        let merged = Self.merge(last.change, change, kind: kind)
      {
        undoSteps[undoSteps.count - 1].change = merged
        undoSteps[undoSteps.count - 1].cursorAfter = cursorAfter
        return
      }
      undoSteps.append(Step(change: change, cursorBefore: cursorBefore, cursorAfter: cursorAfter))
      if undoSteps.count > limit {
        undoSteps.removeFirst(undoSteps.count - limit)
      }
      openKind = kind
    }

    /// Ends the newest step: the next edit starts a step of its own.
    mutating func close() {
      openKind = nil
    }

    /// Takes the newest undo step, moving it to the redo steps.
    mutating func takeUndo() -> Step? {
      close()
      guard let step = undoSteps.popLast() else { return nil }
      redoSteps.append(step)
      return step
    }

    /// Takes the newest redo step, moving it back to the undo steps.
    mutating func takeRedo() -> Step? {
      close()
      guard let step = redoSteps.popLast() else { return nil }
      undoSteps.append(step)
      return step
    }

    private static func merge(_ first: Change, _ second: Change, kind: Kind) -> Change? {
      switch kind {
      case .typing: first.appendingTyping(second)
      case .deletingBackward: first.prependingDeletion(second)
      case .deletingForward: first.appendingDeletion(second)
      }
    }
  }
}
