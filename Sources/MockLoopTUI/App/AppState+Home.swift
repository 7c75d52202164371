import Foundation
import MockLoopKit

extension AppState {
  /// The questions shown for the selected format, level filter and search text.
  public func visibleQuestions(_ home: HomeState) -> [(question: Question, deck: Deck)] {
    guard content.formats.indices.contains(home.formatIndex) else { return [] }
    let format = content.formats[home.formatIndex]
    let fitting = content.allQuestions.filter { entry in
      let question = entry.question
      guard question.fits(format) else { return false }
      switch home.levelFilter {
      case .all: return true
      case .l6: return question.levels.contains(.l6)
      case .l7: return question.levels.contains(.l7)
      }
    }
    // Questions written for this format come first; a search then ranks title matches above
    // tag matches above body matches (`QuestionSearch`), keeping that order within each.
    let ordered =
      fitting.filter { $0.question.formats.contains(format.id) }
      + fitting.filter { !$0.question.formats.contains(format.id) }
    // No search keeps that order as it is (ranking every question at title rank would too).
    let search = QuestionSearch(home.search)
    return search.isEmpty ? ordered : search.ranked(ordered) { ($0.question, $0.deck.id) }
  }

  mutating func perform(_ action: Action, home: inout HomeState) -> [Effect] {
    home.message = nil
    if let effects = performToday(action, home: &home) { return effects }
    let questions = visibleQuestions(home)
    switch action {
    case .quit:
      return [.quit]
    case .moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .moveTop, .moveBottom:
      let id: PaneID =
        switch home.pane {
        case .today, .formats: .formats
        case .questions: .questions
        case .details: .details
        }
      if let motion = ScrollMotion(action), let pane = pane(id) { scroll(&home, pane, motion) }
    case .focusNext, .focusPrevious:
      // With a plan, Today leads and its questions come next; without one, formats lead.
      let order: [HomeState.Pane] =
        home.plan == nil ? [.formats, .questions, .details] : [.today, .questions, .formats, .details]
      let index = order.firstIndex(of: home.pane) ?? 0
      home.pane = order[(index + (action == .focusNext ? 1 : order.count - 1)) % order.count]
    case .search:
      home.isSearching = true
      home.pane = .questions
    case .cycleLevel:
      home.levelFilter = home.levelFilter.next
      home.questionIndex = 0
    case .surprise:
      let fewest = questions.map { home.attempts[$0.question.id, default: 0] }.min()
      let candidates = questions.indices.filter { home.attempts[questions[$0].question.id, default: 0] == fewest }
      guard let pick = random.element(of: candidates) else {
        home.message = "No questions fit this format and filter."
        return []
      }
      home.questionIndex = pick
      home.pane = .questions
      if let pane = pane(.questions) {
        home.questions.select(pick, count: questions.count, viewportHeight: pane.viewport.height)
      }
    case .startSession:
      if home.pane == .formats {
        home.pane = .questions
        return []
      }
      guard questions.indices.contains(home.questionIndex) else {
        home.message = "No question selected."
        return []
      }
      let format = content.formats[home.formatIndex]
      let level = format.level ?? home.levelFilter.level ?? questions[home.questionIndex].question.levels.first
      return startSession(format: format, question: questions[home.questionIndex], level: level)
    case .resumeSession:
      switch home.resumable.count {
      case 0:
        home.message = "There is no unfinished session."
        return []
      case 1:
        return [.load(.resume(id: home.resumable[0].id))]
      default:
        dialog = .chooseResume(home.resumable, cursor: 0)
        return []
      }
    case .openHistory:
      return [.load(.history)]
    case .openStats:
      return [.load(.stats)]
    case .startDrills:
      return [.load(.drillPractice)]
    default:
      break
    }
    return []
  }

  /// Starts the clock on a new session and asks the runtime to store it and own it. While
  /// another session is unfinished it asks first (resume, finish or abandon), unless `force`.
  public mutating func startSession(
    format: InterviewFormat, question entry: (question: Question, deck: Deck), level: Level?, force: Bool = false
  )
    -> [Effect]
  {
    if !force, case .home(let home) = screen, let unfinished = home.resumable.first {
      dialog = .unfinishedBeforeStart(
        unfinished, start: PendingStart(formatID: format.id, questionID: entry.question.id, level: level))
      return []
    }
    var session = Session(
      id: random.identifier(), format: format,
      question: QuestionSnapshot(id: entry.question.id, title: entry.question.title, deckID: entry.deck.id),
      level: level, createdAt: now)
    session.start(at: now)
    var live = SessionScreenState(session: session, question: entry.question)
    live.lastAliveAt = now
    screen = .session(live)
    return [.begin(session)]
  }

  /// Shows a stored session that was unfinished, with the time away logged as a pause.
  public mutating func resume(_ stored: Session, question: Question?) -> [Effect] {
    var session = stored
    // Sessions stored before phases had roles: take the roles of the same format as loaded now
    // (when its phases are the same), so their follow-ups still arrive by themselves.
    if session.format.phases.allSatisfy(\.roles.isEmpty), let current = content.format(id: session.format.id),
      current.phases.map(\.id) == session.format.phases.map(\.id)
    {
      for index in session.format.phases.indices { session.format.phases[index].roles = current.phases[index].roles }
    }
    var effects: [Effect] = []
    var live: SessionScreenState
    if let pause = session.recoverAfterInterruption(now: now) {
      effects.append(.save(.event(pause, sessionID: session.id)))
    }
    live = SessionScreenState(session: session, question: question)
    let away = session.timeline(at: now).awaySeconds
    if away >= 1 {
      live.banner = "Resumed: \(DurationText.clock(away)) away counted as paused. Press p to continue."
    } else if session.timeline(at: now).isPaused {
      live.banner = "Resumed, paused. Press p to continue."
    }
    live.alertedPhases = Set(0..<session.timeline(at: now).phaseIndex)
    live.lastAliveAt = now
    // The notes' end, where typing goes on, in view in the box the screen draws them in.
    let area = SessionLayout(live, now: now, width: width, height: height).notesText
    live.editor.scrollToCursor(layoutWidth: max(area.width, 1), viewHeight: max(area.height, 1))
    screen = .session(live)
    return effects
  }

  mutating func typeSearch(_ key: Key, home: inout HomeState) -> [Effect] {
    if key == .down || key == .up {
      // Arrows leave the search and move in the list at once.
      home.isSearching = false
      return perform(key == .down ? .moveDown : .moveUp, home: &home)
    }
    guard SearchField.edits(key) else { return [] }
    SearchField.type(key, into: &home.search, isSearching: &home.isSearching, history: &home.searchUndo)
    home.questionIndex = 0
    return []
  }
}

extension HomeState.LevelFilter {
  /// The filter after this one: all, L6, L7, then all again.
  var next: Self {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  var level: Level? {
    switch self {
    case .all: return nil
    case .l6: return .l6
    case .l7: return .l7
    }
  }
}
