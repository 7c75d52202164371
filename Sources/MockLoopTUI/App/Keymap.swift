/// One key binding: the keys, what they do, and the words shown in help and footers.
public struct KeyBinding: Sendable {
  public var keys: [Key]
  public var action: Action?
  public var context: KeyContext
  public var summary: String
  /// Shown in the footer of its context (short form).
  public var footer: String?
  /// The footer's words while the clock is paused, when they differ ("resume" for `p`).
  public var pausedFooter: String?

  public init(
    _ keys: [Key], _ action: Action?, _ context: KeyContext, _ summary: String, footer: String? = nil,
    pausedFooter: String? = nil
  ) {
    self.keys = keys
    self.action = action
    self.context = context
    self.summary = summary
    self.footer = footer
    self.pausedFooter = pausedFooter
  }

  /// "j / ↓".
  public var keyLabel: String { keys.map(\.description).joined(separator: " / ") }
}

/// The single source of key bindings: the help overlay, the footer hints and the README's key
/// table are all generated from `Keymap.bindings`.
public enum Keymap {
  public static let bindings: [KeyBinding] = [
    KeyBinding([.character("?")], .help, .global, "show or hide this help", footer: "help"),
    KeyBinding(
      [.character("q")], .quit, .global, "quit (a running mock asks first and stays resumable)", footer: "quit"),
    KeyBinding(
      [.control("c")], .quit, .global, "quit; a running mock asks first, even from the notes"),

    KeyBinding([.character("j"), .down], .moveDown, .home, "next item"),
    KeyBinding([.character("k"), .up], .moveUp, .home, "previous item"),
    // Footer hints give way from the last: what opens a screen stays longest at 80 columns.
    KeyBinding([.enter], .startSession, .home, "start the mock: the clock starts at once", footer: "start"),
    KeyBinding(
      [.character("r")], .resumeSession, .home,
      "resume the unfinished session; with several, choose one (j/k move, 1-9 pick, Enter resumes)", footer: "resume"),
    KeyBinding([.character("h")], .openHistory, .home, "history of past sessions", footer: "history"),
    KeyBinding(
      [.character("t")], .openStats, .home, "progress: scores over time, pacing, what to practise", footer: "stats"),
    KeyBinding([.character("e")], .startDrills, .home, "estimation drills: 5 in 15 minutes", footer: "drills"),
    KeyBinding(
      [.character("s")], .surprise, .home,
      "surprise me: a mock from today's plan (with no plan, a question practised least)", footer: "surprise"),
    KeyBinding(
      [.character("/")], .search, .home, "search questions by text (Enter keeps, Esc clears)", footer: "search"),
    KeyBinding([.character("l")], .cycleLevel, .home, "filter questions: all, L6, L7", footer: "level"),

    KeyBinding([.character("j"), .down], .moveDown, .session, "next checklist item"),
    KeyBinding([.character("k"), .up], .moveUp, .session, "previous checklist item"),
    KeyBinding(
      [.character(" "), .enter, .character("x")], .toggleItem, .session, "tick or untick the checklist item",
      footer: "tick"),
    KeyBinding(
      [.character("p")], .togglePause, .session, "pause or resume the clock", footer: "pause", pausedFooter: "resume"),
    KeyBinding([.character("]")], .nextPhase, .session, "next phase (on the last phase: finish)", footer: "next"),
    KeyBinding([.character("[")], .previousPhase, .session, "previous phase", footer: "prev"),
    KeyBinding([.character("f")], .revealFollowUp, .session, "ask the next follow-up now", footer: "follow-up"),
    KeyBinding(
      [.character("e")], .openExternalEditor, .session, "edit the notes in $VISUAL / $EDITOR", footer: "editor"),
    KeyBinding([.character("b")], .toggleBell, .session, "turn the phase-end bell and flash on or off", footer: "bell"),
    KeyBinding([.character("F")], .finish, .session, "finish the interview now"),
    KeyBinding([.character("R")], .grade, .session, "grade yourself (after the interview)"),
    KeyBinding(
      [.character("c")], .toggleBigClock, .session, "big clock: the countdown in large digits, or back", footer: "clock"
    ),
    KeyBinding(
      [.character("=")], .openCalculator, .session, "calculator: work out a figure with units", footer: "calc"),

    KeyBinding([.escape], .leaveEditor, .notes, "leave the editor (back to the checklist)", footer: "leave"),
    KeyBinding([.tab], .focusNext, .notes, "leave the editor for the next pane"),
    KeyBinding([.backTab], .focusPrevious, .notes, "leave the editor for the previous pane"),
    KeyBinding([.left, .right, .up, .down], nil, .notes, "move the cursor (up and down follow wrapped lines)"),
    KeyBinding([.home, .end], nil, .notes, "start or end of the line"),
    KeyBinding([.alt("b"), .alt("f")], nil, .notes, "word left or right"),
    KeyBinding([.control("w")], nil, .notes, "delete the word before the cursor (Alt-Backspace too)"),
    KeyBinding([.control("u")], nil, .notes, "delete to the start of the line"),
    KeyBinding([.control("k")], nil, .notes, "delete to the end of the line"),
    KeyBinding([.control("z")], nil, .notes, "undo (in every text field, searches too)"),
    KeyBinding([.control("y")], nil, .notes, "redo"),
    KeyBinding([.alt("=")], nil, .notes, "open the calculator without leaving the notes"),

    KeyBinding([.character("j"), .down], .moveDown, .grading, "next row"),
    KeyBinding([.character("k"), .up], .moveUp, .grading, "previous row"),
    KeyBinding([.character("l"), .right], .raiseScore, .grading, "raise the score (or type 1-4)", footer: "score"),
    KeyBinding([.character("h"), .left], .lowerScore, .grading, "lower the score"),
    KeyBinding(
      [.character(" "), .character("x")], .toggleItem, .grading, "tick or untick a self-assessment item",
      footer: "tick"),
    KeyBinding(
      [.enter], .editField, .grading, "write in a text field (Esc when done); on a self-assessment item, tick it",
      footer: "edit"),
    KeyBinding([.character("q"), .escape], .back, .grading, "done: saved as you go", footer: "done"),

    KeyBinding([.character("j"), .down], .moveDown, .history, "next session"),
    KeyBinding([.character("k"), .up], .moveUp, .history, "previous session"),
    KeyBinding([.enter], .openRecord, .history, "open the session's record", footer: "open"),
    KeyBinding([.character("l")], .cycleLevel, .history, "filter: all, L6, L7", footer: "level"),
    KeyBinding([.character("/")], .search, .history, "search by question, format or id", footer: "search"),
    KeyBinding([.character("q"), .escape], .back, .history, "back", footer: "back"),

    KeyBinding([.character("j"), .down], .moveDown, .record, "scroll down"),
    KeyBinding([.character("k"), .up], .moveUp, .record, "scroll up"),
    KeyBinding([.character("R")], .grade, .record, "grade or regrade the session", footer: "grade"),
    KeyBinding(
      [.character("r")], .showReference, .record, "reference sketch and answer notes beside your notes (once graded)",
      footer: "reference"),
    KeyBinding(
      [.character("C")], .openComparison, .record, "every attempt of this question side by side", footer: "compare"),
    KeyBinding(
      [.character("q"), .escape], .back, .record,
      "back one screen: the reference to its record, a record to the history (or home), progress to home",
      footer: "back"),

    KeyBinding([.character("j"), .down], .moveDown, .comparison, "scroll down"),
    KeyBinding([.character("k"), .up], .moveUp, .comparison, "scroll up"),
    KeyBinding([.character("q"), .escape], .back, .comparison, "back to the record", footer: "back"),

    KeyBinding([.character("j"), .down], .moveDown, .stats, "scroll down"),
    KeyBinding([.character("k"), .up], .moveUp, .stats, "scroll up"),
    KeyBinding(
      [.enter], .startSuggestion, .stats, "start the suggested mock (Next, at the top)", footer: "start next"),
    KeyBinding([.character("q"), .escape], .back, .stats, "back", footer: "back"),

    KeyBinding([.tab], .focusNext, .panes, "focus the next pane (its border lights up)", footer: "pane"),
    KeyBinding([.backTab], .focusPrevious, .panes, "focus the previous pane"),
    KeyBinding([.control("d")], .halfPageDown, .panes, "half a page down"),
    KeyBinding([.control("u")], .halfPageUp, .panes, "half a page up"),
    KeyBinding([.pageDown], .pageDown, .panes, "a page down"),
    KeyBinding([.pageUp], .pageUp, .panes, "a page up"),
    KeyBinding([.character("g"), .home], .moveTop, .panes, "to the top (the first item)"),
    KeyBinding([.character("G"), .end], .moveBottom, .panes, "to the end (the last item)"),

    KeyBinding([.character("y"), .enter], .confirm, .dialog, "yes"),
    KeyBinding([.character("n"), .escape, .control("c")], .cancel, .dialog, "no"),

    KeyBinding([.enter], nil, .calculator, "show the result (kept with the session)", footer: "result"),
    KeyBinding(
      [.tab], nil, .calculator, "put \"expression = result\" into the notes at the cursor", footer: "into notes"),
    KeyBinding([.up, .down], nil, .calculator, "earlier calculations of this mock"),
    KeyBinding([.escape], nil, .calculator, "close the calculator (the clock runs on)", footer: "close"),

    KeyBinding([.enter], nil, .estimation, "submit the estimate; after the reveal, the next drill", footer: "submit"),
    KeyBinding([.tab], nil, .estimation, "skip the drill (counts as not answered)", footer: "skip"),
    KeyBinding(
      [.escape], nil, .estimation, "end the set (the rest count as not answered); home when done", footer: "end"),

    KeyBinding([.character("j"), .down], nil, .interviewer, "next follow-up in the queue"),
    KeyBinding([.character("k"), .up], nil, .interviewer, "previous follow-up in the queue"),
    KeyBinding(
      [.character("f")], nil, .interviewer, "ask the selected follow-up now: it reaches the candidate's screen",
      footer: "ask"),
    KeyBinding(
      [.character("a")], nil, .interviewer, "write a follow-up of your own (Enter asks, Esc cancels)", footer: "own"),
    KeyBinding(
      [.character("p")], nil, .interviewer, "pause or resume the clock for both sides", footer: "pause",
      pausedFooter: "resume"),
    KeyBinding([.tab], nil, .interviewer, "type in your private notes (Esc to leave)", footer: "notes"),
    KeyBinding([.pageDown, .pageUp], nil, .interviewer, "scroll the question, reference and pitfalls"),
    KeyBinding([.character("g")], nil, .interviewer, "grade the candidate once the interview is over", footer: "grade"),
    KeyBinding([.character("q")], nil, .interviewer, "leave (everything you wrote is saved)", footer: "leave"),
    KeyBinding([.character("?")], nil, .interviewer, "show or hide this help", footer: "help"),
  ]

  /// The contexts whose screens have panes: the scrolling bindings apply there.
  public static let paneContexts: [KeyContext] = [.home, .session, .grading, .history, .record, .comparison, .stats]

  /// The action of `key` in `context`, falling back to the scrolling and the global bindings.
  public static func action(for key: Key, in context: KeyContext) -> Action? {
    if let binding = bindings.first(where: { $0.context == context && $0.keys.contains(key) }) { return binding.action }
    if paneContexts.contains(context),
      let binding = bindings.first(where: { $0.context == .panes && $0.keys.contains(key) })
    {
      return binding.action
    }
    guard [.home, .session].contains(context) else { return nil }
    return bindings.first { $0.context == .global && $0.keys.contains(key) }?.action
  }

  /// The footer hints of a context, e.g. "Space tick  p pause  Tab pane" ("p resume" while
  /// `isPaused`): its own, then the scrolling ones, then the global ones, each with the context
  /// it comes from.
  public static func footer(for context: KeyContext, isPaused: Bool = false) -> [(
    key: String, label: String, context: KeyContext
  )] {
    let own = bindings.filter { $0.context == context && $0.footer != nil }
    // Tab is worth a hint where a screen has several panes.
    let panes =
      [.home, .session, .grading].contains(context) ? bindings.filter { $0.context == .panes && $0.footer != nil } : []
    let global = [.home, .session].contains(context) ? bindings.filter { $0.context == .global } : []
    return (own + panes + global).compactMap { binding in
      guard let first = binding.keys.first, let footer = binding.footer else { return nil }
      return (first.description, isPaused ? binding.pausedFooter ?? footer : footer, binding.context)
    }
  }

  /// The key table of the README, in Markdown.
  public static func markdownTable() -> String {
    var lines: [String] = []
    for context in KeyContext.allCases {
      let rows = bindings.filter { $0.context == context }
      guard !rows.isEmpty else { continue }
      lines += ["", "**\(context.title)**", "", "| key | does |", "| --- | --- |"]
      lines += rows.map { "| `\($0.keyLabel.replacingOccurrences(of: "|", with: "\\|"))` | \($0.summary) |" }
    }
    return lines.dropFirst().joined(separator: "\n")
  }
}
