import Foundation
import MockLoopKit

/// The results of the runtime's loads and of ownership, applied to the state: the only place
/// where what the store said changes what the screen shows.
extension AppState {
  mutating func apply(_ loaded: Loaded) -> [Effect] {
    switch loaded {
    case .home(let unfinished, let attempts):
      guard case .home(var home) = screen else { return [] }
      home.resumable = unfinished
      home.attempts = attempts
      screen = .home(home)
      if home.pendingStart != nil {
        let effects = startPending(home: &home)
        // The plan is still wanted when home stays (the unfinished-session question shows over it).
        return effects + (dialog != nil || effects.isEmpty ? [.load(.plan)] : [])
      }
      return [.load(.plan)]
    case .history(let sessions):
      var history = HistoryState(sessions: sessions)
      if case .history(let previous) = screen {
        history.cursor = min(previous.cursor, max(sessions.count - 1, 0))
        history.levelFilter = previous.levelFilter
        history.search = previous.search
      }
      screen = .history(history)
    case .record(let session, let history):
      screen = .record(RecordState(session: session, history: history))
      return [.load(.calculations(sessionID: session.id))]
    case .calculations(let calculations, let id):
      if case .session(var live) = screen, live.session.id == id {
        // A resumed mock recalls its earlier calculations with the arrows.
        live.calculationHistory = calculations
        screen = .session(live)
      }
      guard case .record(var record) = screen, record.session.id == id else { return [] }
      record.calculations = calculations
      screen = .record(record)
      return [.load(.interviewer(sessionID: id))]
    case .interviewer(let report, let id):
      guard case .record(var record) = screen, record.session.id == id else { return [] }
      record.interviewer = report
      screen = .record(record)
    case .comparison(let comparison):
      guard case .record(var record) = screen, record.session.question.id == comparison.questionID else { return [] }
      record.comparison = ComparisonState(comparison: comparison)
      screen = .record(record)
    case .drillPractice(let practised):
      return beginDrills(practised: practised)
    case .estimateStats(let stats):
      guard case .estimation(var drills) = screen else { return [] }
      drills.overall = stats
      screen = .estimation(drills)
    case .stats(let stats):
      screen = .stats(StatsState(stats: stats))
      return [.load(.plan)]
    case .plan(let plan):
      showPlan(plan)
    case .resume(let session, let claim):
      let effects =
        resume(session, question: content.question(id: session.question.id)?.question)
        + [.load(.calculations(sessionID: session.id))]
      if case .forced(let previous) = claim, case .session(var live) = screen {
        live.banner =
          "Taken over from \(previous.whereabouts), which did not answer; its unsaved changes stay there. "
          + (live.banner ?? "")
        screen = .session(live)
      } else if case .handedOver(let previous) = claim, case .session(var live) = screen {
        live.banner = "Taken over from \(previous.whereabouts). " + (live.banner ?? "")
        screen = .session(live)
      }
      return effects
    case .finishBeforeStart(let stored, let start):
      var session = stored
      var effects: [Effect] = []
      if let away = session.recoverAfterInterruption(now: now) {
        effects.append(.save(.event(away, sessionID: session.id)))
      }
      if let finish = session.finish(at: now) { effects.append(.save(.event(finish, sessionID: session.id))) }
      effects.append(.release(sessionID: session.id))
      return effects + begin(start)
    }
    return []
  }

  /// Starts the mock the user asked for before the unfinished-session question.
  mutating func begin(_ start: PendingStart) -> [Effect] {
    guard let format = content.format(id: start.formatID), let entry = content.question(id: start.questionID) else {
      status = "That format or question is no longer loaded."
      return []
    }
    return startSession(format: format, question: entry, level: start.level, force: true)
  }

  // MARK: Ownership

  /// What the owner found on a wake-up: hand over when asked, stop when the session is lost.
  mutating func noticeOwnership(_ check: SessionStore.OwnershipCheck) -> [Effect] {
    guard case .session(var live) = screen, live.movedAway == nil else { return [] }
    switch check {
    case .owned:
      return []
    case .handoverRequested(let successor):
      var effects = flushNotes(&live)
      if let pause = live.session.pause(at: now) { effects.append(.save(.event(pause, sessionID: live.session.id))) }
      screen = .session(live)
      return effects + [.handOver(sessionID: live.session.id, to: successor)]
    case .lost(let owner):
      markMoved(
        "This session moved to another terminal"
          + (owner.map { " (\($0.whereabouts))" } ?? "") + ". Nothing more is saved here.")
      return []
    case .gone:
      markMoved("This session was deleted by another process. Nothing more is saved here.")
      return []
    }
  }

  /// Freezes the session screen: it stays readable, nothing more is saved from it.
  mutating func markMoved(_ message: String) {
    guard case .session(var live) = screen else { return }
    live.movedAway = message
    live.focus = .checklist
    live.calculator = nil
    dialog = nil
    screen = .session(live)
  }

  // MARK: Unfinished sessions

  mutating func answerUnfinished(_ unfinished: SessionSummary, start: PendingStart, key: Key) -> [Effect] {
    switch key {
    case .character("r"):
      dialog = nil
      return [.load(.resume(id: unfinished.id))]
    case .character("f"):
      dialog = nil
      return [.load(.finishBeforeStart(id: unfinished.id, then: start))]
    case .character("a"):
      dialog = nil
      return [.save(.abandon(sessionID: unfinished.id, at: now))] + begin(start)
    case .escape, .character("n"), .character("q"):
      dialog = nil
      return []
    default:
      return []
    }
  }

  mutating func answerChooseResume(_ sessions: [SessionSummary], cursor: Int, key: Key) -> [Effect] {
    switch key {
    case .character("j"), .down:
      dialog = .chooseResume(sessions, cursor: min(cursor + 1, sessions.count - 1))
    case .character("k"), .up:
      dialog = .chooseResume(sessions, cursor: max(cursor - 1, 0))
    case .enter:
      dialog = nil
      if sessions.indices.contains(cursor) { return [.load(.resume(id: sessions[cursor].id))] }
    case .character(let digit) where digit.wholeNumberValue.map { (1...sessions.count).contains($0) } == true:
      dialog = nil
      return [.load(.resume(id: sessions[(digit.wholeNumberValue ?? 1) - 1].id))]
    case .escape, .character("q"), .character("n"):
      dialog = nil
    default:
      break
    }
    return []
  }
}
