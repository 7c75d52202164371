import Foundation
import MockLoopKit

extension AppState {
  /// Applies one event and returns what the runtime must do. Pure apart from `now`.
  public mutating func handle(_ event: AppEvent, now: Date) -> [Effect] {
    self.now = now
    switch event {
    case .resize(let width, let height):
      self.width = width
      self.height = height
      return []
    case .tick:
      return tick() + tickEstimation()
    case .paste(let text):
      return isTooSmall ? [] : paste(text)
    case .typed(let text):
      return isTooSmall ? [] : type(text)
    case .mouse(let event):
      return isTooSmall ? [] : mouse(event)
    case .key(let key):
      return press(key)
    case .loaded(let loaded):
      return apply(loaded)
    case .content(let library):
      content = library
      return []
    case .loadFailed(let message):
      status = message
      return []
    case .began(let id):
      if case .session(let live) = screen, live.session.id == id { status = nil }
      return []
    case .beginFailed(let message):
      screen = .home(HomeState())
      status = "The mock did not start: \(message). Nothing was saved."
      return [.load(.home)]
    case .ownership(let check):
      return noticeOwnership(check)
    case .handedOver(let successor):
      markMoved("This session moved to another terminal (\(successor.whereabouts)). Everything was saved first.")
      return []
    case .saveStatus(let status):
      saveStatus = status
      return []
    case .quitBlocked(let status):
      saveStatus = status
      dialog = .quitWithUnsaved(status)
      return []
    case .gap(let since):
      return noticeGap(since: since)
    case .editorReturned(let text, let problem):
      guard case .session(var live) = screen else { return [] }
      // The time spent in the editor was interview time: the clock ran on.
      live.lastAliveAt = now
      screen = .session(live)
      if let problem { status = problem }
      guard let text else { return [] }
      return replaceNotes(with: text)
    case .interviewer(let side, let isPresent):
      return applyInterviewer(side, isPresent: isPresent)
    }
  }

  mutating func press(_ key: Key) -> [Effect] {
    if isTooSmall { return pressWhileTooSmall(key) }
    status = nil
    if case .session(var live) = screen, live.banner != nil, key != .character("p") {
      live.banner = nil
      screen = .session(live)
    }
    if showsHelp {
      // The scrolling keys scroll the help; any other key closes it, and `q` and `?` do not also act.
      if let motion = ScrollMotion(helpKey: key) {
        scroll(.help, motion)
      } else {
        showsHelp = false
      }
      return []
    }
    if let dialog {
      // Ctrl-C answers a question as Esc does: no.
      return answer(dialog, key: key == .control("c") ? .escape : key)
    }
    if key == .control("c") { return interrupt() }
    if case .session(let live) = screen, live.movedAway != nil {
      // A session that moved away is only looked at: q goes home, nothing else acts or saves.
      return key == .character("q") ? goHome(from: live.session) : []
    }
    if case .session(var live) = screen, let effects = calculatorKey(key, live: &live) {
      screen = .session(live)
      return effects
    }
    if case .estimation(var drills) = screen {
      let effects = estimationKey(key, drills: &drills)
      if case .estimation = screen { screen = .estimation(drills) }
      return effects
    }
    if case .home(var home) = screen, home.isSearching {
      defer { screen = .home(home) }
      return typeSearch(key, home: &home)
    }
    if case .history(var history) = screen, history.isSearching {
      guard SearchField.edits(key) else { return [] }
      SearchField.type(key, into: &history.search, isSearching: &history.isSearching, history: &history.searchUndo)
      history.cursor = 0
      screen = .history(history)
      return []
    }
    if case .grading(var grading, let returnTo) = screen, grading.editing != nil {
      let effects = edit(key, grading: &grading)
      screen = .grading(grading, returnTo: returnTo)
      return effects
    }
    if case .grading(var grading, let returnTo) = screen, case .character(let digit) = key,
      let score = digit.wholeNumberValue,
      case .dimension(let dimension)? = grading.rows.indices.contains(grading.cursor)
        ? grading.rows[grading.cursor] : nil,
      (grading.rubric.scale.minimum...grading.rubric.scale.maximum).contains(score)
    {
      // Digits score the selected dimension directly.
      let effects = setScore(score, for: dimension, grading: &grading)
      screen = .grading(grading, returnTo: returnTo)
      return effects
    }
    let context = keyContext
    if context == .notes, case .session(var live) = screen {
      if let action = Keymap.action(for: key, in: .notes) {
        // Leaving the editor (Esc, Tab or Shift-Tab) saves the notes at once.
        live.focus = action == .leaveEditor ? .checklist : live.focus(movedBy: action == .focusPrevious ? -1 : 1)
        let effects = flushNotes(&live)
        screen = .session(live)
        return effects
      }
      defer { screen = .session(live) }
      return edit(key, live: &live)
    }
    guard let action = Keymap.action(for: key, in: context) else { return [] }
    if action == .help {
      showsHelp = true
      helpScroll = ScrollState()
      return []
    }
    switch screen {
    case .home(var home):
      let effects = perform(action, home: &home)
      // Starting a session replaces the home screen; only write the home state back if it is still shown.
      if case .home = screen { screen = .home(home) }
      return effects
    case .session(var live):
      let effects = perform(action, live: &live)
      if case .session = screen { screen = .session(live) }
      return effects
    case .finished(let done):
      if action == .quit { return goHome(from: done.session) }
      if action == .grade {
        return openGrading(done.session, returnTo: RecordState(session: done.session, history: nil))
      }
      return []
    case .grading(var grading, let returnTo):
      let effects = perform(action, grading: &grading, returnTo: returnTo)
      if case .grading = screen { screen = .grading(grading, returnTo: returnTo) }
      return effects
    case .history(var history):
      let effects = perform(action, history: &history)
      if case .history = screen { screen = .history(history) }
      return effects
    case .record(var record):
      let effects = perform(action, record: &record)
      if case .record = screen { screen = .record(record) }
      return effects
    case .stats(var stats):
      let effects = perform(action, stats: &stats)
      if case .stats = screen { screen = .stats(stats) }
      return effects
    case .estimation:
      return []
    }
  }

  private mutating func answer(_ dialog: Dialog, key: Key) -> [Effect] {
    switch dialog {
    case .unfinishedBeforeStart(let unfinished, let start):
      return answerUnfinished(unfinished, start: start, key: key)
    case .chooseResume(let sessions, let cursor):
      return answerChooseResume(sessions, cursor: cursor, key: key)
    case .leaveSession, .finishSession, .quitWithUnsaved:
      break
    }
    guard let action = Keymap.action(for: key, in: .dialog) else { return [] }
    self.dialog = nil
    if case .quitWithUnsaved = dialog { return action == .confirm ? [.quitKeepingQueue] : [] }
    guard action == .confirm, case .session(var live) = screen else { return [] }
    var effects = flushNotes(&live)
    switch dialog {
    case .leaveSession:
      if let event = live.session.pause(at: now) {
        effects.append(.save(.event(event, sessionID: live.session.id)))
      }
      screen = .session(live)
      return effects + goHome(from: live.session)
    case .finishSession:
      if let event = live.session.finish(at: now) {
        effects.append(.save(.event(event, sessionID: live.session.id)))
      }
      live.focus = .checklist
      screen = .finished(live)
      return effects
    case .unfinishedBeforeStart, .chooseResume, .quitWithUnsaved:
      return effects
    }
  }

  /// Back to the home screen, which reloads its counts and unfinished sessions from the store.
  /// The session left behind is released for other processes.
  mutating func goHome(from session: Session) -> [Effect] {
    var home = HomeState()
    if let index = content.formats.firstIndex(where: { $0.id == session.format.id }) { home.formatIndex = index }
    screen = .home(home)
    return [.release(sessionID: session.id), .load(.home)]
  }

  private mutating func paste(_ text: String) -> [Effect] {
    guard dialog == nil, !showsHelp else { return [] }
    switch screen {
    case .home(var home):
      home.isSearching = true
      SearchField.paste(text, into: &home.search, history: &home.searchUndo)
      home.questionIndex = 0
      screen = .home(home)
      return []
    case .session(var live):
      if var calculator = live.calculator {
        pasteCalculator(text, into: &calculator)
        live.calculator = calculator
        screen = .session(live)
        return []
      }
      live.focus = .notes
      let effects = apply(.insert(text), to: &live)
      screen = .session(live)
      return effects
    case .grading(var grading, let returnTo):
      guard grading.editing != nil else { return [] }
      let effects = apply(.insert(text), grading: &grading)
      screen = .grading(grading, returnTo: returnTo)
      return effects
    case .estimation(var drills):
      guard drills.step == .answering else { return [] }
      drills.input += text.filter { !$0.isNewline }
      screen = .estimation(drills)
      return []
    case .finished, .history, .record, .stats:
      return []
    }
  }
}

extension SessionSummary {
  /// The summary of a session held in memory.
  init(_ session: Session) {
    let timeline = session.storedTimeline(now: .distantFuture)
    self.init(
      id: session.id, createdAt: session.createdAt, formatID: session.format.id, questionID: session.question.id,
      questionTitle: session.question.title, deckID: session.question.deckID, level: session.level,
      finishedAt: timeline.finishedAt, activeSeconds: timeline.finishedAt == nil ? nil : timeline.activeSeconds,
      isGraded: session.assessment != nil, rubricID: session.assessment?.rubricID, scores: session.assessment?.scores)
  }
}
