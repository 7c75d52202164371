import Foundation
import MockLoopKit

/// Runs the loop: waits for a key or the next moment something visible changes, applies the
/// event to the state, carries out the effects, and draws when the picture changed.
final class AppRuntime {
  private let terminal: Terminal
  private let clock: SessionClock
  private let environment: [String: String]
  private var store: SessionStore?
  private var writer: SessionWriter?
  private var lastCanvas: Canvas?

  init(terminal: Terminal, clock: SessionClock, environment: [String: String]) {
    self.terminal = terminal
    self.clock = clock
    self.environment = environment
  }

  func attach(_ store: SessionStore) {
    self.store = store
    writer = SessionWriter(store: store)
  }

  /// Fills in the home screen's resume banner and attempt counts from the store.
  func loadHome(into state: inout AppState) {
    guard case .home(var home) = state.screen, let store else { return }
    do {
      home.resumable = try store.unfinishedSession().map(SessionSummary.init)
      home.attempts = try store.attemptCounts()
    } catch {
      state.status = "Cannot read the history: \(error)"
    }
    state.screen = .home(home)
  }

  func draw(_ state: AppState) {
    let canvas = AppScreen.render(state)
    guard canvas != lastCanvas else { return }
    terminal.draw(canvas)
    lastCanvas = canvas
  }

  /// Runs until quit or a signal; returns the exit status.
  func loop(_ state: inout AppState) -> Int32 {
    draw(state)
    while true {
      let timeout =
        state.nextWake.map { Int32(max(0, min($0.timeIntervalSince(clock.now) * 1000, 60_000)).rounded(.up)) } ?? -1
      var event = terminal.nextEvent(timeoutMilliseconds: timeout)
      // Everything already waiting (a fast paste, a resize storm) is applied before one redraw.
      repeat {
        let now = clock.now
        var effects: [Effect] = []
        switch event {
        case .none:
          break
        case .signal(let number):
          saveBeforeExit(&state)
          return 128 + number
        case .key(let key):
          effects += state.handle(.key(key), now: now)
        case .paste(let text):
          effects += state.handle(.paste(text), now: now)
        case .resize(let width, let height):
          effects += state.handle(.resize(width: width, height: height), now: now)
        }
        if let failure = writer?.takeFailure() { effects += state.handle(.saveFailed(failure), now: now) }
        effects += state.handle(.tick, now: now)
        if execute(effects, state: &state) { return 0 }
        event = event == nil ? nil : terminal.nextEvent(timeoutMilliseconds: 0)
      } while event != nil
      draw(state)
    }
  }

  /// Carries out effects; returns true when the app should stop.
  @discardableResult
  func execute(_ effects: [Effect], state: inout AppState) -> Bool {
    for effect in effects {
      switch effect {
      case .save(let request):
        writer?.enqueue(request)
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
        state.now = clock.now
        if let edited { execute(state.replaceNotes(with: edited), state: &state) }
        if let problem { state.status = problem }
      case .resumeSession:
        guard let store else { continue }
        do {
          if let session = try store.unfinishedSession() {
            execute(
              state.resume(session, question: state.content.question(id: session.question.id)?.question), state: &state)
          }
        } catch {
          state.status = "Cannot load the session: \(error)"
        }
      case .openHistory:
        guard let store else { continue }
        do {
          var history = HistoryState(sessions: try store.history())
          if case .history(let previous) = state.screen {
            history.cursor = previous.cursor
            history.levelFilter = previous.levelFilter
            history.search = previous.search
          }
          state.screen = .history(history)
        } catch {
          state.status = "Cannot read the history: \(error)"
        }
      case .openRecord(let id, let history):
        guard let store else { continue }
        do {
          if let session = try store.session(id: id) {
            state.screen = .record(RecordState(session: session, history: history))
          }
        } catch {
          state.status = "Cannot read the session: \(error)"
        }
      case .openStats:
        guard let store else { continue }
        do {
          let sessions = try store.allSessionsBulk()
          let rubric = state.content.rubric(for: sessions)
          state.screen = .stats(
            StatsState(stats: PracticeStats(sessions: sessions, content: state.content, rubric: rubric, now: clock.now))
          )
        } catch {
          state.status = "Cannot read the sessions: \(error)"
        }
      case .reloadHome:
        loadHome(into: &state)
      case .quit:
        saveBeforeExit(&state)
        return true
      }
    }
    return false
  }

  /// Saves the notes and the alive mark and waits for every write to land.
  private func saveBeforeExit(_ state: inout AppState) {
    let now = clock.now
    if case .session(var live) = state.screen {
      var effects = state.flushNotes(&live)
      if live.session.timeline(at: now).isRunning {
        effects.append(.save(.alive(sessionID: live.session.id, at: now)))
      }
      state.screen = .session(live)
      for case .save(let request) in effects { writer?.enqueue(request) }
    }
    writer?.flush()
  }
}
