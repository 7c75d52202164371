import Foundation
import MockLoopKit

extension InterviewerState {
  /// Applies one event and returns what the runtime must do. Pure apart from `now`.
  public mutating func handle(_ event: Event, now: Date) -> [Effect] {
    self.now = now
    if let app = grading, !Self.isRead(event) {
      var embedded = EmbeddedGrading(app: app)
      let effects = embedded.forward(event, now: now, side: &side)
      grading = embedded.isDone ? nil : embedded.app
      if embedded.isDone { status = "Your grade is saved. q leaves." }
      return embedded.isDone && quitsAfterGrading ? effects + [.quit] : effects
    }
    switch event {
    case .key(let key):
      status = nil
      return press(key)
    case .typed(let text), .paste(let text):
      status = nil
      return type(text)
    case .tick:
      if let deadline = notesDeadline, now >= deadline { return flushNotes() }
      return []
    case .resize(let width, let height):
      self.width = width
      self.height = height
      return []
    case .read(let stored, let storedSide, let ownerIsAlive):
      session = stored
      self.ownerIsAlive = ownerIsAlive
      // Writes still queued here are kept: the store catches up with them.
      let storedIDs = Set(storedSide.followUps.map(\.id))
      let queued = side.followUps.filter { !storedIDs.contains($0.id) }
      side.participant = storedSide.participant
      side.followUps = storedSide.followUps + queued
      cursor = min(cursor, max(queue.count - 1, 0))
      return []
    case .saveStatus(let status):
      saveStatus = status
      return []
    }
  }

  static func isRead(_ event: Event) -> Bool {
    if case .read = event { return true }
    return false
  }

  mutating func press(_ key: Key) -> [Effect] {
    if showsHelp {
      // The scrolling keys scroll the help; any other key closes it and does nothing else.
      if let motion = ScrollMotion(helpKey: key) {
        let pane = HelpOverlay.pane(context: .interviewer, bounds: Rect(width: width, height: height))
        helpScroll.apply(motion, contentHeight: pane.contentHeight, viewportHeight: pane.viewport.height)
      } else {
        showsHelp = false
      }
      return []
    }
    if draft != nil { return editDraft(key) }
    if key == .control("c") { return quit() }
    if focus == .notes {
      if key == .escape || key == .tab || key == .backTab {
        focus = .queue
        return flushNotes()
      }
      guard let command = EditorKeys.command(for: key) else { return [] }
      return apply(command)
    }
    switch key {
    case .character("j"), .down: cursor = min(cursor + 1, max(queue.count - 1, 0))
    case .character("k"), .up: cursor = max(cursor - 1, 0)
    case .tab, .backTab: focus = .notes
    case .pageDown, .control("d"): questionScroll += 5
    case .pageUp, .control("u"): questionScroll = max(questionScroll - 5, 0)
    case .character("f"): return askSelected()
    case .character("a"):
      guard checkLive() else { return [] }
      draft = ""
    case .character("p"): return requestPause()
    case .character("g"): return openGrading()
    case .character("q"): return quit()
    case .character("?"):
      showsHelp = true
      helpScroll = ScrollState()
    default: break
    }
    return []
  }

  /// Whether follow-ups can still be asked: the interview started and is not over.
  mutating func checkLive() -> Bool {
    let state = timeline.state
    if state == .finished {
      status = "The interview is over: g grades it."
      return false
    }
    if state == .notStarted {
      status = "The interview has not started yet."
      return false
    }
    return true
  }

  mutating func askSelected() -> [Effect] {
    let rows = queue
    guard rows.indices.contains(cursor), checkLive() else { return [] }
    let row = rows[cursor]
    guard !isAsked(row.text) else {
      status = "That follow-up was asked already."
      return []
    }
    return ask(row.text, answer: row.answer.isEmpty ? nil : row.answer.joined(separator: "; "), improvised: false)
  }

  mutating func ask(_ text: String, answer: String?, improvised: Bool) -> [Effect] {
    let asked = InterviewerFollowUp(
      id: random.identifier(), text: text, answer: answer, isImprovised: improvised, askedAt: now)
    side.followUps.append(asked)
    status =
      ownerIsAlive ? "Asked: it is on the candidate's screen." : "Asked: it reaches the candidate when they resume."
    return [.save(.interviewerFollowUp(asked, sessionID: session.id))]
  }

  mutating func editDraft(_ key: Key) -> [Effect] {
    guard var text = draft else { return [] }
    switch key {
    case .escape, .control("c"):
      draft = nil
      return []
    case .enter:
      draft = nil
      let trimmed = text.trimmingCharacters(in: .whitespaces)
      guard !trimmed.isEmpty else { return [] }
      guard !isAsked(trimmed) else {
        status = "That follow-up was asked already."
        return []
      }
      return ask(trimmed, answer: nil, improvised: true)
    case .backspace:
      if !text.isEmpty { text.removeLast() }
    case .control("u"):
      text = ""
    case .character(let character):
      if text.count < Self.draftLimit { text.append(character) }
    default:
      break
    }
    draft = text
    return []
  }

  /// The longest improvised follow-up.
  static let draftLimit = 300

  mutating func type(_ text: String) -> [Effect] {
    if var draft {
      // One line. A line break in what arrived at once is Enter (keys typed quickly, or over
      // ssh, reach the app in one read with the Return that ends them): the text before it
      // goes in the draft, Enter asks, and the rest is handled as typed after it. Tabs become
      // spaces.
      let (line, rest) = (text.prefix { $0 != "\n" }, text.drop { $0 != "\n" })
      let spaced = line.map { $0 == "\t" ? " " : $0 }
      draft += String(spaced.prefix(max(Self.draftLimit - draft.count, 0)))
      self.draft = draft
      guard !rest.isEmpty else { return [] }
      let effects = press(.enter)
      let after = String(rest.dropFirst())
      return after.isEmpty ? effects : effects + type(after)
    }
    if focus == .notes { return apply(.insert(text)) }
    var effects: [Effect] = []
    for character in text {
      effects += press(character == "\t" ? .tab : character == "\n" ? .enter : .character(character))
    }
    return effects
  }

  mutating func requestPause() -> [Effect] {
    guard ownerIsAlive else {
      status = Self.ownerGoneMessage
      return []
    }
    let timeline = timeline
    guard timeline.isRunning || timeline.isPaused else {
      status = "Only a running interview can be paused."
      return []
    }
    let request = PauseRequest(id: random.identifier(), paused: !timeline.isPaused, at: now)
    side.pauseRequest = request
    status = request.paused ? "Pausing both sides…" : "Resuming both sides…"
    return [.save(.interviewerPause(request, sessionID: session.id))]
  }

  /// Opens the grading screen: the interviewer's grade, or (`.candidate`, for `mockloop grade ID`)
  /// the candidate's own regrade.
  mutating func openGrading(as grader: ParticipantRole = .interviewer) -> [Effect] {
    guard session.isFinished else {
      status = "Grading opens once the candidate finishes the interview."
      return []
    }
    guard let rubric = content.rubric(for: session) else {
      status = "No rubric found: run 'mockloop decks lint' to see why."
      return []
    }
    let opened =
      grader == .interviewer
      ? GradingState.interviewer(session: session, rubric: rubric, grade: side.grade, now: now)
      : GradingState(session: session, rubric: rubric, now: now)
    var app = AppState(
      screen: .grading(opened, returnTo: nil),
      width: width, height: height, content: content, bellEnabled: false, now: now, random: random)
    app.saveStatus = saveStatus
    grading = app
    return flushNotes()
  }

  mutating func quit() -> [Effect] { flushNotes() + [.quit] }

  mutating func apply(_ command: EditorCommand) -> [Effect] {
    let area = InterviewerScreen.Layout(width: width, height: height).notesText
    let before = notes.revision
    notes.apply(command, layoutWidth: max(area.width, 1), viewHeight: max(area.height, 1))
    if notes.revision != before {
      side.notes = notes.text
      if firstUnsavedEditAt == nil { firstUnsavedEditAt = now }
      lastEditAt = now
    }
    return []
  }

  mutating func flushNotes() -> [Effect] {
    guard hasUnsavedNotes else { return [] }
    savedNotesRevision = notes.revision
    firstUnsavedEditAt = nil
    lastEditAt = nil
    return [.save(.interviewerNotes(notes.text, sessionID: session.id, at: now))]
  }
}

/// The grading screen of the app, run inside the interviewer's loop: keys go to it, its saves
/// are the interviewer's grade, and leaving it (or quitting) ends the grading.
struct EmbeddedGrading {
  var app: AppState
  var isDone = false

  mutating func forward(
    _ event: InterviewerState.Event, now: Date, side: inout InterviewerSide
  ) -> [InterviewerState.Effect] {
    let appEvent: AppEvent
    switch event {
    case .key(let key): appEvent = .key(key)
    case .typed(let text): appEvent = .typed(text)
    case .paste(let text): appEvent = .paste(text)
    case .tick: appEvent = .tick
    case .resize(let width, let height): appEvent = .resize(width: width, height: height)
    case .saveStatus(let status): appEvent = .saveStatus(status)
    case .read: return []
    }
    var effects: [InterviewerState.Effect] = []
    for effect in app.handle(appEvent, now: now) {
      switch effect {
      case .save(let request):
        if case .interviewerGrade(let grade, _) = request { side.grade = grade }
        effects.append(.save(request))
      case .quit, .quitKeepingQueue:
        isDone = true
      default:
        break
      }
    }
    if case .grading = app.screen {} else { isDone = true }
    return effects
  }
}
