import Foundation
import MockLoopKit

/// Runs the loop: waits for a key or the next moment something visible changes, applies the
/// event to the state, carries out the effects, and draws when the picture changed.
///
/// The runtime holds no screen state of its own: every load, claim and write outcome goes back
/// into `AppState.handle` as an event. Reads first wait for the write queue, so a read never
/// overtakes a change the screen already shows.
final class AppRuntime {
  private let terminal: Terminal
  private let clock: SessionClock
  private let environment: [String: String]
  private var store: SessionStore?
  private var queue: WriteQueue?
  private var lastCanvas: Canvas?
  private var lastSaveStatus = WriteQueue.Status()
  private var lastOwnershipCheck = Date.distantPast
  private var interviewerWatch = InterviewerWatch()

  init(terminal: Terminal, clock: SessionClock, environment: [String: String]) {
    self.terminal = terminal
    self.clock = clock
    self.environment = environment
  }

  /// Starts writing through `store`; changes an earlier run could not store are replayed first.
  /// Returns a message for the status line when there were some.
  @discardableResult
  func attach(_ store: SessionStore) -> String? {
    self.store = store
    let queue = WriteQueue(store: store)
    self.queue = queue
    return queue.replayQueueFileForStatus()
  }

  func draw(_ state: AppState) {
    let canvas = AppScreen.render(state)
    guard canvas != lastCanvas else { return }
    terminal.draw(canvas)
    lastCanvas = canvas
  }

  /// Applies an event and carries out what it asks for; returns true when the app should stop.
  @discardableResult
  func send(_ event: AppEvent, to state: inout AppState) -> Bool {
    execute(state.handle(event, now: clock.now), state: &state)
  }

  /// Runs until quit or a signal; returns the exit status.
  func loop(_ state: inout AppState) -> Int32 {
    defer { shutDown() }
    draw(state)
    while true {
      let timeout =
        state.nextWake.map { Int32(max(0, min($0.timeIntervalSince(clock.now) * 1000, 60_000)).rounded(.up)) } ?? -1
      let asleepAt = clock.now
      var event = terminal.nextEvent(timeoutMilliseconds: timeout)
      if timeout >= 0,
        clock.now.timeIntervalSince(asleepAt) > Double(timeout) / 1000 + SessionScreenState.awayThreshold,
        send(.gap(since: asleepAt), to: &state)
      {
        return 0
      }
      // Everything already waiting (a fast paste, a resize storm) is applied before one redraw.
      repeat {
        var stop = false
        switch event {
        case .none:
          break
        case .signal(let number):
          saveBeforeExit(&state)
          return 128 + number
        case .key(let key):
          stop = send(.key(key), to: &state)
        case .paste(let text):
          stop = send(.paste(text), to: &state)
        case .typed(let text):
          stop = send(.typed(text), to: &state)
        case .mouse(let mouse):
          stop = send(.mouse(mouse), to: &state)
        case .resize(let width, let height):
          stop = send(.resize(width: width, height: height), to: &state)
        }
        if stop || reportSaving(&state) || checkOwnership(&state) || checkInterviewer(&state) || send(.tick, to: &state)
        {
          return 0
        }
        event = event == nil ? nil : terminal.nextEvent(timeoutMilliseconds: 0)
      } while event != nil
      draw(state)
    }
  }

  /// Tells the state when the write queue's state changed.
  private func reportSaving(_ state: inout AppState) -> Bool {
    guard let queue else { return false }
    let status = queue.status()
    guard status != lastSaveStatus else { return false }
    lastSaveStatus = status
    return send(.saveStatus(status), to: &state)
  }

  /// The owner's look at its session, at most once a second.
  private func checkOwnership(_ state: inout AppState) -> Bool {
    guard let store, case .session(let live) = state.screen, live.movedAway == nil else { return false }
    let now = clock.now
    guard now.timeIntervalSince(lastOwnershipCheck) >= SessionScreenState.ownershipCheckInterval else { return false }
    lastOwnershipCheck = now
    guard let check = try? store.ownershipCheck(live.session.id) else { return false }
    return send(.ownership(check), to: &state)
  }

  /// The owner's look at the session's interviewer on its wake-ups: the interviewer's rows are
  /// read again only when another process committed (`PRAGMA data_version` moved), and whether
  /// its process runs is looked at once a second.
  private func checkInterviewer(_ state: inout AppState) -> Bool {
    guard let store, case .session(let live) = state.screen, live.movedAway == nil else { return false }
    guard let report = interviewerWatch.look(at: live.session.id, store: store, now: clock.now) else { return false }
    return send(.interviewer(report.side, isPresent: report.isPresent), to: &state)
  }

  /// Carries out effects; returns true when the app should stop.
  @discardableResult
  func execute(_ effects: [Effect], state: inout AppState) -> Bool {
    for effect in effects {
      switch effect {
      case .save(let request):
        queue?.enqueue(request)
      case .alert:
        terminal.bell()
        terminal.flash()
      case .openExternalEditor:
        guard case .session(let live) = state.screen else { continue }
        var edited: String?
        var problem: String?
        terminal.suspend {
          do {
            edited = try ExternalEditor.edit(live.editor.text, environment: environment)
          } catch {
            problem = "\(error)"
          }
        }
        lastCanvas = nil
        if send(.editorReturned(text: edited, problem: problem), to: &state) { return true }
      case .load(let request):
        if send(load(request, state: state), to: &state) { return true }
      case .begin(let session):
        if send(begin(session), to: &state) { return true }
      case .release(let id):
        queue?.flush(timeout: 2)
        try? store?.release(id)
      case .handOver(let id, let successor):
        guard let store, let queue else { continue }
        if queue.flush(timeout: 1.5) {
          do {
            try store.handOver(id, to: successor)
            if send(.handedOver(to: successor), to: &state) { return true }
          } catch {
            if send(.loadFailed("Could not hand the session over: \(error)"), to: &state) { return true }
          }
        }
      // If the queue could not be emptied, the session is not handed over; the taker's wait
      // runs out and it takes the session by force, and this side's later writes are kept aside.
      case .quit:
        if let queue, !queue.flush(timeout: 1) {
          if send(.quitBlocked(queue.status()), to: &state) { return true }
          continue
        }
        saveBeforeExit(&state)
        return true
      case .quitKeepingQueue:
        saveBeforeExit(&state)
        return true
      }
    }
    return false
  }

  private func load(_ request: LoadRequest, state: AppState) -> AppEvent {
    guard let store else { return .loadFailed("The database is not open.") }
    // A read never overtakes a change already queued.
    queue?.flush(timeout: 2)
    do {
      switch request {
      case .home:
        let unfinished = try store.unfinishedSessions().map(SessionSummary.init)
        return .loaded(.home(unfinished: unfinished, attempts: try store.attemptCounts()))
      case .history:
        return .loaded(.history(try store.history()))
      case .record(let id, let history):
        guard let session = try store.session(id: id) else { return .loadFailed("Session \(id.prefix(8)) is gone.") }
        return .loaded(.record(session, history: history))
      case .stats:
        return .loaded(.stats(try store.practiceStats(content: state.content, now: clock.now).stats))
      case .plan:
        return .loaded(.plan(try PlanLoading.plan(store: store, content: state.content, now: clock.now)))
      case .resume(let id):
        let claim = try store.claim(id)
        guard let session = try store.session(id: id) else { return .loadFailed("Session \(id.prefix(8)) is gone.") }
        return .loaded(.resume(session, claim: claim))
      case .calculations(let id):
        return .loaded(.calculations(try store.calculations(sessionID: id), sessionID: id))
      case .drillPractice:
        return .loaded(.drillPractice(try store.estimatePractice()))
      case .estimateStats:
        return .loaded(.estimateStats(EstimateStats(runs: try store.estimateRuns())))
      case .comparison(let questionID):
        // Sessions that cannot be read are left out, as `mockloop compare` leaves them out.
        let sessions = try store.history().filter { $0.questionID == questionID }.compactMap { summary in
          try? store.session(id: summary.id)
        }
        let comparison = AttemptComparison(
          questionID: questionID, sessions: sessions, rubric: state.content.rubric(for: sessions), now: clock.now)
        return .loaded(.comparison(comparison))
      case .interviewer(let id):
        guard let session = try store.session(id: id) else { return .loadFailed("Session \(id.prefix(8)) is gone.") }
        let report = try store.interviewerReport(of: session, rubric: state.content.rubric(for: session))
        return .loaded(.interviewer(report, sessionID: id))
      case .finishBeforeStart(let id, let start):
        try store.claim(id)
        guard let session = try store.session(id: id) else { return .loadFailed("Session \(id.prefix(8)) is gone.") }
        return .loaded(.finishBeforeStart(session, then: start))
      }
    } catch {
      return .loadFailed("\(error)")
    }
  }

  /// Stores and claims a new session before its clock is shown as saved.
  private func begin(_ session: Session) -> AppEvent {
    guard let store else { return .beginFailed("the database is not open") }
    queue?.flush(timeout: 2)
    do {
      try store.insert(session, claiming: true)
      return .began(sessionID: session.id)
    } catch {
      return .beginFailed(WriteQueue.describe(error))
    }
  }

  /// Saves the notes and the alive mark and waits for every write to land; what cannot be
  /// written goes to the queue file for the next start.
  private func saveBeforeExit(_ state: inout AppState) {
    let now = clock.now
    if case .session(var live) = state.screen, live.movedAway == nil {
      var effects = state.flushNotes(&live)
      if live.session.timeline(at: now).isRunning {
        effects.append(.save(.alive(sessionID: live.session.id, at: now)))
      }
      state.screen = .session(live)
      for case .save(let request) in effects { queue?.enqueue(request) }
    }
    guard let queue else { return }
    if !queue.flush(timeout: 2) {
      do {
        try queue.spill()
        exitNotes.append("Some changes could not be saved yet; they are kept in \(queue.queueFile.path).")
      } catch {
        exitNotes.append("Some changes could not be saved, nor kept in \(queue.queueFile.path): \(error).")
      }
    }
  }

  /// Messages printed after the terminal is restored.
  private(set) var exitNotes: [String] = []

  private func shutDown() {
    queue?.stop()
    store?.releaseAll()
  }
}
