import Foundation
import MockLoopKit

/// The keys a terminal user presses without thinking, decided before any screen's own bindings:
/// Ctrl-C, keys while the terminal is too small, and text that arrived in one burst.
extension AppState {
  /// Whether keys go into a text field (the notes, a grading note, a search) rather than act
  /// as commands.
  var isTypingText: Bool {
    guard dialog == nil, !showsHelp else { return false }
    switch screen {
    case .session(let live): return (live.focus == .notes || live.calculator != nil) && live.movedAway == nil
    case .estimation: return true
    case .grading(let grading, _): return grading.editing != nil
    case .home(let home): return home.isSearching
    case .history(let history): return history.isSearching
    case .finished, .record, .stats: return false
    }
  }

  /// While "terminal too small" shows, nothing on screen can be seen, so keys do nothing,
  /// except q (outside a text field, where it is a letter) and Ctrl-C: they quit, saving
  /// everything, and a running mock is paused first so that it stays resumable.
  mutating func pressWhileTooSmall(_ key: Key) -> [Effect] {
    guard key == .control("c") || (key == .character("q") && !isTypingText) else { return [] }
    return quitSavingEverything()
  }

  /// Ctrl-C, which a terminal user presses to get out (and a vim user to leave insert mode): in
  /// a running mock, from the checklist or the notes, it asks what q asks, and nothing typed is
  /// lost whatever the answer; anywhere else it quits the app as q does on home, saving an open
  /// grading note first.
  mutating func interrupt() -> [Effect] {
    if case .session(let live) = screen, live.movedAway == nil, live.session.timeline(at: now).state != .finished {
      dialog = .leaveSession
      return []
    }
    return quitSavingEverything()
  }

  /// Quits from whatever shows: a running mock is paused first (it stays resumable, as after
  /// "Leave the mock?"), and the notes and an open grading note are saved.
  private mutating func quitSavingEverything() -> [Effect] {
    dialog = nil
    showsHelp = false
    var effects: [Effect] = []
    switch screen {
    case .session(var live) where live.movedAway == nil:
      effects += flushNotes(&live)
      if let event = live.session.pause(at: now) {
        effects.append(.save(.event(event, sessionID: live.session.id)))
      }
      screen = .session(live)
    case .grading(var grading, let returnTo) where grading.editing != nil:
      grading.editing = nil
      effects += saveAssessment(grading)
      screen = .grading(grading, returnTo: returnTo)
    default:
      break
    }
    return effects + [.quit]
  }

  /// Text that arrived in one burst: a text field with focus takes it in one step, so that a
  /// paste without bracketed paste lands at once however long it is; anywhere else each
  /// character acts as its key would (a quick "jjj" still moves three rows).
  mutating func type(_ text: String) -> [Effect] {
    var effects: [Effect] = []
    var rest = Substring(text)
    while let first = rest.first {
      if let typed = typeIntoField(rest) { return effects + typed }
      effects += press(Self.key(typing: first))
      rest = rest.dropFirst()
    }
    return effects
  }

  private static func key(typing character: Character) -> Key {
    switch character {
    case "\n": .enter
    case "\t": .tab
    default: .character(character)
    }
  }

  /// Inserts `text` into the notes or a grading note if one has focus; nil otherwise (a search
  /// takes its characters one by one, as keys).
  private mutating func typeIntoField(_ text: Substring) -> [Effect]? {
    guard dialog == nil, !showsHelp else { return nil }
    switch screen {
    case .session(var live) where live.calculator != nil && live.movedAway == nil:
      // The calculator line over the notes takes the text, as it takes a paste.
      guard var calculator = live.calculator, !text.contains(where: \.isNewline) else { return nil }
      pasteCalculator(String(text), into: &calculator)
      live.calculator = calculator
      screen = .session(live)
      return []
    case .session(var live) where live.focus == .notes && live.movedAway == nil:
      status = nil
      live.banner = nil
      let effects = apply(.insert(String(text)), to: &live)
      screen = .session(live)
      return effects
    case .grading(var grading, let returnTo) where grading.editing != nil:
      status = nil
      let effects = apply(.insert(String(text)), grading: &grading)
      screen = .grading(grading, returnTo: returnTo)
      return effects
    default:
      return nil
    }
  }
}
