import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// The reflexes of a vim and tmux user: Ctrl-C, Ctrl-Z and Ctrl-Y, Alt-keys in text fields,
/// Enter and x to tick, bursts of text, and keys while the terminal is too small.
@Suite("Terminal reflexes: Ctrl-C, undo, Alt-keys, ticks, bursts, a terminal too small")
struct TerminalKeysTests {
  static let start = ScreenFixtures.start

  /// A running mock at 100x30, `seconds` after its start.
  static func runningMock() -> AppState {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    return state
  }

  /// A running mock with `text` typed into the notes.
  static func mockWithNotes(_ text: String) -> AppState {
    var state = runningMock()
    _ = state.handle(.key(.tab), now: start + 1)
    for character in text { _ = state.handle(.key(.character(character)), now: start + 2) }
    return state
  }

  /// The grading screen of a finished session, with "To improve" open for writing.
  static func gradingToImprove(typing text: String) -> AppState {
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    let session = ScreenFixtures.finishedSession(daysAgo: 0, scores: [:], id: "eeee5555")
    _ = state.openGrading(session, returnTo: nil)
    guard case .grading(var grading, let returnTo) = state.screen else { return state }
    grading.cursor = grading.rows.count - 1
    state.screen = .grading(grading, returnTo: returnTo)
    _ = state.handle(.key(.enter), now: start)
    for character in text { _ = state.handle(.key(.character(character)), now: start) }
    return state
  }

  static func live(_ state: AppState) -> SessionScreenState? {
    if case .session(let live) = state.screen { return live }
    return nil
  }

  static func grading(_ state: AppState) -> GradingState? {
    if case .grading(let grading, _) = state.screen { return grading }
    return nil
  }

  static func quits(_ effects: [Effect]) -> Bool { effects.contains(.quit) }

  // MARK: Ctrl-C

  @Test("Ctrl-C in a running mock asks the question q asks; n stays with the clock running")
  func controlCInSessionAsks() {
    var state = Self.runningMock()
    let effects = state.handle(.key(.control("c")), now: Self.start + 5)
    #expect(effects.isEmpty)
    #expect(state.dialog == .leaveSession)
    _ = state.handle(.key(.character("n")), now: Self.start + 6)
    #expect(state.dialog == nil)
    #expect(Self.live(state)?.session.timeline(at: Self.start + 7).isRunning == true)
  }

  @Test("Ctrl-C in the notes asks, a second Ctrl-C answers no, and the notes and their focus stay")
  func controlCInNotesKeepsText() {
    var state = Self.mockWithNotes("shard by user id")
    let effects = state.handle(.key(.control("c")), now: Self.start + 3)
    #expect(!Self.quits(effects))
    #expect(state.dialog == .leaveSession)
    // A reflexive second Ctrl-C does not leave: it answers no.
    _ = state.handle(.key(.control("c")), now: Self.start + 4)
    #expect(state.dialog == nil)
    #expect(Self.live(state)?.focus == .notes)
    #expect(Self.live(state)?.editor.text == "shard by user id")
    _ = state.handle(.key(.character("!")), now: Self.start + 5)
    #expect(Self.live(state)?.editor.text == "shard by user id!")
  }

  @Test("Ctrl-C in the notes then y leaves the mock as q then y does, with the notes saved")
  func controlCThenYesSavesNotes() {
    var state = Self.mockWithNotes("cache aside")
    _ = state.handle(.key(.control("c")), now: Self.start + 3)
    let effects = state.handle(.key(.character("y")), now: Self.start + 4)
    #expect(effects.contains { if case .save(.notes("cache aside", _, _)) = $0 { true } else { false } })
    #expect(effects.contains { if case .save(.event(let event, _)) = $0 { event.kind == .pause } else { false } })
    guard case .home = state.screen else {
      Issue.record("not home after leaving")
      return
    }
  }

  @Test("Ctrl-C on home quits, as q does")
  func controlCOnHomeQuits() {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    #expect(state.handle(.key(.control("c")), now: Self.start) == [.quit])
    var searching = HomeState()
    searching.isSearching = true
    state.screen = .home(searching)
    #expect(state.handle(.key(.control("c")), now: Self.start) == [.quit])
  }

  @Test("Ctrl-C while writing a grading note saves the note, then quits")
  func controlCInGradingFieldSavesThenQuits() {
    var state = Self.gradingToImprove(typing: "pace the deep dive")
    let effects = state.handle(.key(.control("c")), now: Self.start + 1)
    #expect(Self.quits(effects))
    let saved = effects.compactMap { effect -> Assessment? in
      if case .save(.assessment(let assessment?, _)) = effect { return assessment }
      return nil
    }
    #expect(saved.last?.toImprove == "pace the deep dive")
  }

  @Test("Ctrl-C in a dialog answers no, as Esc")
  func controlCInDialogIsNo() {
    var state = Self.runningMock()
    _ = state.handle(.key(.character("F")), now: Self.start + 1)
    #expect(state.dialog == .finishSession)
    _ = state.handle(.key(.control("c")), now: Self.start + 2)
    #expect(state.dialog == nil)
    #expect(Self.live(state)?.session.timeline(at: Self.start + 3).state == .running)
  }

  // MARK: Undo and redo

  @Test("Ctrl-W then Ctrl-Z in the notes restores the word; Ctrl-Y deletes it again")
  func undoRedoInNotes() {
    var state = Self.mockWithNotes("read heavy")
    _ = state.handle(.key(.control("w")), now: Self.start + 3)
    #expect(Self.live(state)?.editor.text == "read ")
    _ = state.handle(.key(.control("z")), now: Self.start + 4)
    #expect(Self.live(state)?.editor.text == "read heavy")
    #expect(Self.live(state)?.session.notes == "read heavy")
    _ = state.handle(.key(.control("y")), now: Self.start + 5)
    #expect(Self.live(state)?.editor.text == "read ")
  }

  @Test("Ctrl-Z and Ctrl-Y undo and redo in a grading text field")
  func undoRedoInGradingField() {
    var state = Self.gradingToImprove(typing: "estimate first")
    _ = state.handle(.key(.control("w")), now: Self.start + 1)
    #expect(Self.grading(state)?.assessment.toImprove == "estimate ")
    _ = state.handle(.key(.control("z")), now: Self.start + 2)
    #expect(Self.grading(state)?.assessment.toImprove == "estimate first")
    _ = state.handle(.key(.control("y")), now: Self.start + 3)
    #expect(Self.grading(state)?.assessment.toImprove == "estimate ")
    #expect(Self.grading(state)?.editing == .toImprove)
  }

  @Test("Ctrl-Z and Ctrl-Y undo and redo in the home search, a word at a time")
  func undoRedoInSearch() {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.handle(.key(.character("/")), now: Self.start)
    for character in "url short" { _ = state.handle(.key(.character(character)), now: Self.start) }
    func search() -> String? {
      if case .home(let home) = state.screen { return home.search }
      return nil
    }
    _ = state.handle(.key(.control("z")), now: Self.start)
    #expect(search() == "url ")
    _ = state.handle(.key(.control("z")), now: Self.start)
    #expect(search() == "")
    _ = state.handle(.key(.control("y")), now: Self.start)
    #expect(search() == "url ")
    _ = state.handle(.key(.control("y")), now: Self.start)
    #expect(search() == "url short")
  }

  @Test("Ctrl-Z and Ctrl-Y undo and redo in the history search")
  func undoRedoInHistorySearch() {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .history(HistoryState(sessions: [])))
    _ = state.handle(.key(.character("/")), now: Self.start)
    for character in "cache" { _ = state.handle(.key(.character(character)), now: Self.start) }
    _ = state.handle(.key(.backspace), now: Self.start)
    _ = state.handle(.key(.backspace), now: Self.start)
    func search() -> String? {
      if case .history(let history) = state.screen { return history.search }
      return nil
    }
    #expect(search() == "cac")
    _ = state.handle(.key(.control("z")), now: Self.start)
    #expect(search() == "cache")
    _ = state.handle(.key(.control("y")), now: Self.start)
    #expect(search() == "cac")
  }

  // MARK: Keys a text field does not know

  @Test("Alt-j, a function key and Ctrl-G do nothing in the notes")
  func unknownKeysInNotes() {
    var state = Self.mockWithNotes("abc")
    for key in [Key.alt("j"), .alt("x"), .function(5), .control("g"), .control("\\")] {
      let effects = state.handle(.key(key), now: Self.start + 3)
      #expect(effects.isEmpty)
    }
    #expect(Self.live(state)?.editor.text == "abc")
    #expect(Self.live(state)?.focus == .notes)
  }

  @Test("Alt-j does nothing in the grading To improve field: no line is added, the field stays open")
  func altKeyInGradingField() {
    var state = Self.gradingToImprove(typing: "abc")
    _ = state.handle(.key(.alt("j")), now: Self.start + 1)
    #expect(Self.grading(state)?.assessment.toImprove == "abc")
    #expect(Self.grading(state)?.editing == .toImprove)
    #expect(Self.grading(state)?.toImprove.lineCount == 1)
  }

  @Test("Alt-j and F5 do nothing in a search field")
  func altKeyInSearch() {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.handle(.key(.character("/")), now: Self.start)
    _ = state.handle(.key(.character("u")), now: Self.start)
    _ = state.handle(.key(.alt("j")), now: Self.start)
    _ = state.handle(.key(.function(5)), now: Self.start)
    guard case .home(let home) = state.screen else {
      Issue.record("left home")
      return
    }
    #expect(home.search == "u")
    #expect(home.isSearching)
  }

  // MARK: Ticking

  @Test(
    "Enter and x tick a checklist item as Space does, and untick it again", arguments: [Key.enter, .character("x")])
  func enterAndXTick(_ key: Key) {
    var state = Self.runningMock()
    let effects = state.handle(.key(key), now: Self.start + 1)
    #expect(effects.contains { if case .save(.mark(_, isChecked: true, _)) = $0 { true } else { false } })
    #expect(Self.live(state)?.session.isChecked(phase: "requirements", item: 0) == true)
    _ = state.handle(.key(key), now: Self.start + 2)
    #expect(Self.live(state)?.session.isChecked(phase: "requirements", item: 0) == false)
  }

  @Test("Enter and x tick a self-assessment item in grading", arguments: [Key.enter, .character("x")])
  func enterAndXTickInGrading(_ key: Key) {
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    _ = state.openGrading(ScreenFixtures.finishedSession(daysAgo: 0, scores: [:], id: "ffff6666"), returnTo: nil)
    guard case .grading(var grading, let returnTo) = state.screen,
      let item = grading.rows.firstIndex(where: { if case .selfCheck = $0 { true } else { false } })
    else {
      Issue.record("no self-assessment row")
      return
    }
    grading.cursor = item
    state.screen = .grading(grading, returnTo: returnTo)
    _ = state.handle(.key(key), now: Self.start)
    #expect(Self.grading(state)?.assessment.selfChecks == ["technical/0"])
    #expect(Self.grading(state)?.editing == nil)
  }

  // MARK: Bursts

  @Test("a burst of text lands in the notes in one step, line breaks and tabs as text")
  func burstIntoNotes() {
    var state = Self.runningMock()
    _ = state.handle(.key(.tab), now: Self.start + 1)
    let text = String(repeating: "pasted line\twith a tab\n", count: 2_000)
    _ = state.handle(.typed(text), now: Self.start + 2)
    let expected = String(repeating: "pasted line    with a tab\n", count: 2_000)
    #expect(Self.live(state)?.editor.text == expected)
    #expect(Self.live(state)?.focus == .notes)
    _ = state.handle(.key(.control("z")), now: Self.start + 3)
    #expect(Self.live(state)?.editor.text == "")
  }

  @Test("a burst outside a text field acts key by key: jj moves two items, then Tab and text go to the notes")
  func burstOnChecklist() {
    var state = Self.runningMock()
    _ = state.handle(.typed("jj\tnoted"), now: Self.start + 1)
    #expect(Self.live(state)?.checklistCursor == 2)
    #expect(Self.live(state)?.focus == .notes)
    #expect(Self.live(state)?.editor.text == "noted")
  }

  // MARK: Too small

  @Test("while the terminal is too small, keys do nothing: no tick, no pause, no typing")
  func tooSmallKeysDoNothing() {
    var state = Self.runningMock()
    _ = state.handle(.resize(width: 40, height: 10), now: Self.start + 1)
    for key in [Key.character(" "), .character("p"), .character("]"), .tab, .enter, .character("x")] {
      #expect(state.handle(.key(key), now: Self.start + 2).isEmpty)
    }
    #expect(state.handle(.typed("typed blind"), now: Self.start + 2).isEmpty)
    #expect(state.handle(.mouse(MouseEvent(row: 1, column: 1, kind: .press(.left))), now: Self.start + 2).isEmpty)
    #expect(Self.live(state)?.session.marks.isEmpty == true)
    #expect(Self.live(state)?.session.timeline(at: Self.start + 3).phaseIndex == 0)
    #expect(Self.live(state)?.session.timeline(at: Self.start + 3).isRunning == true)
    #expect(Self.live(state)?.editor.text == "")
    #expect(state.dialog == nil)
  }

  @Test("while the terminal is too small, q quits with the running mock paused, so it stays resumable")
  func tooSmallQQuits() {
    var state = Self.runningMock()
    _ = state.handle(.resize(width: 40, height: 10), now: Self.start + 1)
    let effects = state.handle(.key(.character("q")), now: Self.start + 2)
    #expect(Self.quits(effects))
    #expect(effects.contains { if case .save(.event(let event, _)) = $0 { event.kind == .pause } else { false } })
  }

  @Test("while the terminal is too small, q in the notes is a letter and does nothing; Ctrl-C quits")
  func tooSmallInNotes() {
    var state = Self.mockWithNotes("kept")
    _ = state.handle(.resize(width: 40, height: 10), now: Self.start + 3)
    #expect(state.handle(.key(.character("q")), now: Self.start + 4).isEmpty)
    let effects = state.handle(.key(.control("c")), now: Self.start + 5)
    #expect(Self.quits(effects))
    #expect(effects.contains { if case .save(.notes("kept", _, _)) = $0 { true } else { false } })
  }

  // MARK: Paused

  @Test("while paused the footer says p resume, and says p pause again once running")
  func footerSaysResumeWhilePaused() {
    #expect(Keymap.footer(for: .session).contains { $0.key == "p" && $0.label == "pause" })
    #expect(Keymap.footer(for: .session, isPaused: true).contains { $0.key == "p" && $0.label == "resume" })
    var state = Self.runningMock()
    _ = state.handle(.key(.character("p")), now: Self.start + 2)
    let paused = AppScreen.render(state)
    #expect((paused.textLines().last ?? "").contains("p resume"))
    _ = state.handle(.key(.character("p")), now: Self.start + 3)
    let running = AppScreen.render(state)
    #expect((running.textLines().last ?? "").contains("p pause"))
  }

  @Test("while paused the loop wakes when the paused time's second changes, so it counts up on screen")
  func pausedTimeCountsUpLive() {
    var state = Self.runningMock()
    _ = state.handle(.key(.character("p")), now: Self.start + 5.5)
    _ = state.handle(.tick, now: Self.start + 5.6)
    guard let wake = state.nextWake else {
      Issue.record("no wake while paused")
      return
    }
    #expect(abs(wake.timeIntervalSince(Self.start + 6.5)) < 0.01)
    _ = state.handle(.tick, now: wake)
    let canvas = AppScreen.render(state)
    #expect(canvas.textLines().contains { $0.contains("paused 0:01") })
  }
}
