import Foundation
import MockLoopKit

extension AppState {
  /// The session screen's layout at the current size, as the screen draws it.
  var sessionLayout: SessionLayout {
    guard case .session(let live) = screen else {
      return SessionLayout(width: width, height: height, checklistLines: 0)
    }
    return SessionLayout(live, now: now, width: width, height: height)
  }

  mutating func perform(_ action: Action, live: inout SessionScreenState) -> [Effect] {
    let id = live.session.id
    let timeline = live.session.timeline(at: now)
    let phase = live.session.format.phases[timeline.phaseIndex]
    func saved(_ event: SessionEvent?) -> [Effect] { event.map { [.save(.event($0, sessionID: id))] } ?? [] }

    switch action {
    case .quit:
      if timeline.state == .finished { return goHome(from: live.session) }
      dialog = .leaveSession
      return []
    case .moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .moveTop, .moveBottom:
      if let motion = ScrollMotion(action), let pane = pane(live.focus.paneID) { scroll(&live, pane, motion) }
    case .focusNext, .focusPrevious:
      live.focus = live.focus(movedBy: action == .focusNext ? 1 : -1)
    case .toggleBigClock:
      live.showsBigClock.toggle()
      if !live.focusOrder.contains(live.focus) { live.focus = .checklist }
    case .toggleItem:
      guard live.focus == .checklist else {
        status = "Tab to the checklist to tick its items."
        return []
      }
      guard phase.checklist.indices.contains(live.checklistCursor) else { return [] }
      guard let result = live.session.toggleMark(phase: timeline.phaseIndex, item: live.checklistCursor, at: now) else {
        return []
      }
      return [.save(.mark(result.mark, isChecked: result.isChecked, sessionID: id))]
    case .leaveEditor:
      live.focus = .checklist
    case .togglePause:
      live.banner = nil
      return saved(live.session.togglePause(at: now))
    case .nextPhase:
      if timeline.phaseIndex == live.session.format.phases.count - 1 {
        dialog = .finishSession
        return []
      }
      live.checklist = ListState()
      return saved(live.session.advancePhase(at: now))
    case .previousPhase:
      live.checklist = ListState()
      return saved(live.session.returnToPreviousPhase(at: now))
    case .finish:
      dialog = .finishSession
    case .grade:
      status = "Grading opens once the interview is finished: ] on the last phase, or F."
    case .revealFollowUp:
      guard let question = live.question, let next = live.session.nextUnaskedFollowUp(of: question) else {
        status = "No follow-ups left for this question."
        return []
      }
      return reveal(next, onDemand: true, live: &live)
    case .openExternalEditor:
      return flushNotes(&live) + [.openExternalEditor]
    case .toggleBell:
      bellEnabled.toggle()
      status = bellEnabled ? "Phase-end bell and flash on." : "Phase-end bell and flash off."
    default:
      break
    }
    return []
  }

  mutating func reveal(_ followUp: FollowUp, onDemand: Bool, live: inout SessionScreenState) -> [Effect] {
    guard let event = live.session.reveal(followUp, onDemand: onDemand, at: now) else { return [] }
    live.highlightedFollowUp = followUp.text
    // The newest follow-up is at the top: show it.
    live.followUpsScroll = ScrollState()
    live.highlightUntil = now + SessionScreenState.highlightSeconds
    var effects: [Effect] = [.save(.event(event, sessionID: live.session.id))]
    if bellEnabled && !onDemand { effects.append(.alert) }
    return effects
  }

  // MARK: Notes

  mutating func edit(_ key: Key, live: inout SessionScreenState) -> [Effect] {
    guard let command = EditorKeys.command(for: key) else { return [] }
    return apply(command, to: &live)
  }

  mutating func apply(_ command: EditorCommand, to live: inout SessionScreenState) -> [Effect] {
    let area = sessionLayout.notesText
    let before = live.editor.revision
    live.editor.apply(command, layoutWidth: max(area.width, 1), viewHeight: max(area.height, 1))
    if live.editor.revision != before {
      live.session.notes = live.editor.text
      if live.firstUnsavedEditAt == nil { live.firstUnsavedEditAt = now }
      live.lastEditAt = now
    }
    return []
  }

  /// Hands the notes to the store if they changed since the last save.
  mutating func flushNotes(_ live: inout SessionScreenState) -> [Effect] {
    guard live.hasUnsavedNotes else { return [] }
    live.savedNotesRevision = live.editor.revision
    live.firstUnsavedEditAt = nil
    live.lastEditAt = nil
    live.lastAliveAt = now
    return [.save(.notes(live.editor.text, sessionID: live.session.id, at: now))]
  }

  /// Replaces the notes after an external editor returned.
  public mutating func replaceNotes(with text: String) -> [Effect] {
    guard case .session(var live) = screen else { return [] }
    guard text != live.editor.text else { return [] }
    live.editor = NotesEditor(text: text)
    // Typing goes on where the edited notes end.
    let area = sessionLayout.notesText
    live.editor.apply(.moveDocumentEnd, layoutWidth: max(area.width, 1), viewHeight: max(area.height, 1))
    live.session.notes = live.editor.text
    live.savedNotesRevision = -1
    let effects = flushNotes(&live)
    screen = .session(live)
    return effects
  }

  // MARK: Time

  /// What changes with time alone: follow-ups whose minute came, the phase-end alert,
  /// debounced notes, the alive mark, the end of a highlight.
  mutating func tick() -> [Effect] {
    guard case .session(var live) = screen, live.movedAway == nil else { return [] }
    var effects: [Effect] = []
    let timeline = live.session.timeline(at: now)
    if timeline.isRunning, let question = live.question {
      for followUp in live.session.dueFollowUps(of: question, at: now) {
        effects += reveal(followUp, onDemand: false, live: &live)
      }
    }
    if timeline.isRunning, timeline.phaseRemainingSeconds <= 0, !live.alertedPhases.contains(timeline.phaseIndex) {
      live.alertedPhases.insert(timeline.phaseIndex)
      if bellEnabled { effects.append(.alert) }
    }
    if let deadline = live.notesDeadline, now >= deadline {
      effects += flushNotes(&live)
    }
    if timeline.isRunning, now.timeIntervalSince(live.lastAliveAt ?? .distantPast) >= SessionScreenState.aliveInterval {
      live.lastAliveAt = now
      effects.append(.save(.alive(sessionID: live.session.id, at: now)))
    }
    if let until = live.highlightUntil, now >= until {
      live.highlightUntil = nil
      live.highlightedFollowUp = nil
    }
    screen = .session(live)
    return effects
  }

  /// The loop found it had not run since `lastAlive`, much longer than it can sleep (a stopped
  /// process, a suspended machine): that time is not interview time. It is logged as an away
  /// pause from `lastAlive`, as after a kill, and the session waits paused.
  mutating func noticeGap(since lastAlive: Date) -> [Effect] {
    guard case .session(var live) = screen, live.movedAway == nil, live.session.timeline(at: now).isRunning
    else { return [] }
    live.session.lastSeenAt = max(live.session.lastSeenAt ?? lastAlive, lastAlive)
    guard let pause = live.session.recordAwayGap(now: now) else { return [] }
    live.lastAliveAt = now
    live.banner =
      "Away \(DurationText.clock(now.timeIntervalSince(pause.at))) (the process was stopped or the machine slept): "
      + "counted as paused. Press p to continue."
    screen = .session(live)
    return [.save(.event(pause, sessionID: live.session.id))]
  }

  /// How long after a displayed second begins the loop wakes to draw it.
  static let wakeMargin: TimeInterval = 0.002

  /// When the loop must wake next even if no key comes; nil means only a key can change the
  /// screen. Running clocks wake just after the displayed second changes.
  public var nextWake: Date? {
    // While changes wait to be stored, look again soon so the warning goes as soon as they are.
    let saving = saveStatus.pending > 0 ? now + 0.5 : nil
    guard case .session(let live) = screen else {
      return [saving, estimationWake].compactMap { $0 }.min()
    }
    var wakes: [Date] = saving.map { [$0] } ?? []
    let timeline = live.session.timeline(at: now)
    if let change = timeline.secondsToNextDisplayChange {
      // Just after the countdown or the elapsed time shows its next second.
      wakes.append(now + change + Self.wakeMargin)
    } else if timeline.isPaused {
      // The paused time counts up on screen: wake when its second changes.
      let fraction = timeline.pausedSeconds - timeline.pausedSeconds.rounded(.down)
      wakes.append(now + (1 - fraction) + Self.wakeMargin)
    }
    if let deadline = live.notesDeadline { wakes.append(deadline) }
    if let until = live.highlightUntil { wakes.append(until) }
    // Another process may ask to take the session over: look at least once a second.
    if live.movedAway == nil { wakes.append(now + SessionScreenState.ownershipCheckInterval) }
    // With an interviewer joined, look at their rows twice a second (one cheap data_version read).
    if live.movedAway == nil, live.interviewer == .joined {
      wakes.append(now + SessionScreenState.interviewerWatchInterval)
    }
    return wakes.min()
  }
}

/// Which notes-editor command a key means.
enum EditorKeys {
  static func command(for key: Key) -> EditorCommand? {
    switch key {
    case .character(let character): return .insert(String(character))
    case .enter: return .newline
    case .backspace: return .backspace
    case .delete: return .deleteForward
    case .left: return .moveLeft
    case .right: return .moveRight
    case .up: return .moveUp
    case .down: return .moveDown
    case .home, .control("a"): return .moveLineStart
    case .end, .control("e"): return .moveLineEnd
    case .pageUp: return .pageUp
    case .pageDown: return .pageDown
    case .alt("b"): return .moveWordLeft
    case .alt("f"): return .moveWordRight
    case .control("w"), .alt("\u{7F}"): return .deleteWordBackward
    case .control("u"): return .deleteToLineStart
    case .control("k"): return .deleteToLineEnd
    case .control("z"): return .undo
    case .control("y"): return .redo
    default: return nil
    }
  }
}
