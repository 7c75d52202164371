/// The candidate's notes during a mock interview: multi-line text with a cursor,
/// soft wrapping, scrolling and undo, edited one `EditorCommand` at a time.
///
/// Each command goes through `apply(_:layoutWidth:viewHeight:)`, which is told the
/// size of the view so that vertical moves follow the wrapped rows and the view
/// scrolls to keep the cursor in sight.
///
/// Invariants:
/// - the cursor lies inside the text, on a grapheme boundary (columns count
///   `Character`s, so an emoji or an accented letter is one step);
/// - after `apply`, the cursor's visual row is one of the `viewHeight` rows shown
///   from the scroll position;
/// - `revision` grows by one with every change to the text, undo and redo included,
///   and with nothing else.
///
/// Text is normalised on the way in: every line break becomes "\n", a tab becomes
/// four spaces and other control characters are dropped.
public struct NotesEditor: Sendable, Equatable {
  var buffer: Buffer
  /// Where the next character typed goes.
  public internal(set) var cursor: TextPosition
  /// The display column that vertical moves aim for; nil after any other command.
  var preferredColumn: Int?
  /// The first visible row: a logical line and a row of its wrapped layout.
  var scroll = RowAddress(line: 0, row: 0)
  var history: UndoHistory
  /// A counter of changes to the text, for telling whether the notes changed since
  /// they were last saved.
  public internal(set) var revision = 0

  /// An editor holding `text`, with the cursor at its start and no undo history.
  ///
  /// `historyLimit` is how many undo steps are kept; older ones are forgotten.
  public init(text: String = "", historyLimit: Int = 500) {
    buffer = Buffer(text: text)
    cursor = .start
    history = UndoHistory(limit: historyLimit)
  }

  /// The whole text, lines separated by "\n".
  public var text: String { buffer.text }

  /// Whether there is no text at all.
  public var isEmpty: Bool { buffer.lines.count == 1 && buffer.lines[0].isEmpty }

  /// The number of logical lines; an empty text has one.
  public var lineCount: Int { buffer.lines.count }

  /// Whether `undo` would change anything.
  public var canUndo: Bool { !history.undoSteps.isEmpty }

  /// Whether `redo` would change anything.
  public var canRedo: Bool { !history.redoSteps.isEmpty }

  /// Carries out `command` for a view `layoutWidth` columns wide and `viewHeight`
  /// rows high, then scrolls so that the cursor is visible.
  public mutating func apply(_ command: EditorCommand, layoutWidth: Int, viewHeight: Int) {
    let width = max(layoutWidth, 1)
    let height = max(viewHeight, 1)
    let keepsPreferredColumn: Bool
    switch command {
    case .moveUp, .moveDown, .pageUp, .pageDown: keepsPreferredColumn = true
    default: keepsPreferredColumn = false
    }
    if !keepsPreferredColumn { preferredColumn = nil }
    switch command {
    case .insert, .backspace, .deleteForward: break
    default: history.close()
    }

    switch command {
    case .insert(let text): insert(text)
    case .newline: replace(from: cursor, to: cursor, with: "\n", kind: nil)
    case .backspace: deleteBackward()
    case .deleteForward: deleteForward()
    case .deleteWordBackward: replace(from: wordStart(before: cursor), to: cursor, with: "", kind: nil)
    case .deleteToLineStart: deleteToLineStart()
    case .deleteToLineEnd: deleteToLineEnd()
    case .undo: undo()
    case .redo: redo()
    case .moveLeft: cursor = position(before: cursor)
    case .moveRight: cursor = position(after: cursor)
    case .moveUp: moveVertically(by: -1, width: width)
    case .moveDown: moveVertically(by: 1, width: width)
    case .pageUp: page(by: -max(height - 1, 1), width: width)
    case .pageDown: page(by: max(height - 1, 1), width: width)
    case .moveLineStart: cursor.column = 0
    case .moveLineEnd: cursor.column = buffer.lines[cursor.line].count
    case .moveWordLeft: cursor = wordStart(before: cursor)
    case .moveWordRight: cursor = wordEnd(after: cursor)
    case .moveDocumentStart: cursor = .start
    case .moveDocumentEnd: cursor = buffer.end
    }
    scrollToCursor(layoutWidth: width, viewHeight: height)
  }
}
