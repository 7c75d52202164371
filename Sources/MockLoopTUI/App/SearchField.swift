/// Typing into a one-line search field: Enter (or an arrow) keeps it, Esc clears it, Ctrl-Z and
/// Ctrl-Y undo and redo. Any other key (Alt-key, a function key, Ctrl-letters) does nothing.
enum SearchField {
  /// Undo and redo for one field: the text as it was before each step. A run of typing is one
  /// step until a word starts after a space, as in the notes; so is a run of Backspaces.
  ///
  /// Invariants: at most `limit` undo steps; a new step clears the redo steps.
  struct History: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case typing, deleting }

    static let limit = 100
    private(set) var undoTexts: [String] = []
    private(set) var redoTexts: [String] = []
    private var openKind: Kind?

    init() {}

    /// Notes `text` as it is before a change of `kind`; a change without a kind (a paste, a
    /// clear) is always a step of its own.
    mutating func willChange(_ text: String, kind: Kind?, startsStep: Bool = false) {
      redoTexts.removeAll()
      if let kind, kind == openKind, !startsStep { return }
      undoTexts.append(text)
      if undoTexts.count > Self.limit { undoTexts.removeFirst(undoTexts.count - Self.limit) }
      openKind = kind
    }

    mutating func undo(_ text: inout String) {
      openKind = nil
      guard let previous = undoTexts.popLast() else { return }
      redoTexts.append(text)
      text = previous
    }

    mutating func redo(_ text: inout String) {
      openKind = nil
      guard let next = redoTexts.popLast() else { return }
      undoTexts.append(text)
      text = next
    }
  }

  /// Whether `type` does something with the key.
  static func edits(_ key: Key) -> Bool {
    switch key {
    case .enter, .down, .up, .escape, .backspace, .character, .control("z"), .control("y"): true
    default: false
    }
  }

  static func type(_ key: Key, into text: inout String, isSearching: inout Bool, history: inout History) {
    switch key {
    case .enter, .down, .up: isSearching = false
    case .escape:
      isSearching = false
      if !text.isEmpty { history.willChange(text, kind: nil) }
      text = ""
    case .backspace:
      guard !text.isEmpty else { return }
      history.willChange(text, kind: .deleting)
      text.removeLast()
    case .character(let character):
      history.willChange(text, kind: .typing, startsStep: text.last == " " && character != " ")
      text.append(character)
    case .control("z"): history.undo(&text)
    case .control("y"): history.redo(&text)
    default: break
    }
  }

  /// Adds pasted text (line breaks dropped) as one step.
  static func paste(_ pasted: String, into text: inout String, history: inout History) {
    let line = pasted.filter { !$0.isNewline }
    guard !line.isEmpty else { return }
    history.willChange(text, kind: nil)
    text += line
  }
}
