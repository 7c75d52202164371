import Foundation
import MockLoopKit

/// Runs the interviewer's loop: waits for a key or the next wake-up (at least once a second),
/// looks at `PRAGMA data_version` on every wake-up and reads the session again only when the
/// candidate's process committed, tries the candidate's presence lock once a second, applies
/// events to the state and draws when the picture changed. Writes go through the write queue.
final class InterviewerRuntime {
  private let terminal: Terminal
  private let clock: SessionClock
  private let store: SessionStore
  private let queue: WriteQueue
  private let sessionID: String
  private var lastCanvas: Canvas?
  private var lastSaveStatus = WriteQueue.Status()
  private var dataVersion: Int?
  private var lastPresenceCheck = Date.distantPast
  private var ownerIsAlive: Bool

  init(terminal: Terminal, clock: SessionClock, store: SessionStore, sessionID: String, ownerIsAlive: Bool) {
    self.terminal = terminal
    self.clock = clock
    self.store = store
    self.queue = WriteQueue(store: store, queueFileName: WriteQueue.interviewerQueueFileName)
    self.sessionID = sessionID
    self.ownerIsAlive = ownerIsAlive
  }

  /// Writes the interviewer's changes an earlier run could not store (it has joined by now).
  /// Returns a message for the status line when there were some.
  func replayEarlierChanges() -> String? {
    queue.replayQueueFileForStatus()
  }

  func draw(_ state: InterviewerState) {
    let canvas = InterviewerScreen.render(state)
    guard canvas != lastCanvas else { return }
    terminal.draw(canvas)
    lastCanvas = canvas
  }

  /// Runs until the interviewer leaves or a signal comes; returns the exit status.
  func loop(_ state: inout InterviewerState) -> Int32 {
    defer { shutDown(state) }
    dataVersion = try? store.dataVersion()
    draw(state)
    while true {
      let timeout = Int32(max(0, min(state.nextWake.timeIntervalSince(clock.now) * 1000, 60_000)).rounded(.up))
      var event = terminal.nextEvent(timeoutMilliseconds: timeout)
      repeat {
        var effects: [InterviewerState.Effect] = []
        switch event {
        case .none: break
        case .signal(let number):
          _ = execute(state.quit(), state: &state)
          return 128 + number
        case .key(let key): effects = state.handle(.key(key), now: clock.now)
        case .typed(let text): effects = state.handle(.typed(text), now: clock.now)
        case .paste(let text): effects = state.handle(.paste(text), now: clock.now)
        case .mouse: break
        case .resize(let width, let height):
          effects = state.handle(.resize(width: width, height: height), now: clock.now)
        }
        if execute(effects, state: &state) { return 0 }
        if execute(watch(&state) + state.handle(.tick, now: clock.now), state: &state) { return 0 }
        event = event == nil ? nil : terminal.nextEvent(timeoutMilliseconds: 0)
      } while event != nil
      draw(state)
    }
  }

  /// The look at the store on a wake-up.
  private func watch(_ state: inout InterviewerState) -> [InterviewerState.Effect] {
    var effects: [InterviewerState.Effect] = []
    let status = queue.status()
    if status != lastSaveStatus {
      lastSaveStatus = status
      effects += state.handle(.saveStatus(status), now: clock.now)
    }
    let now = clock.now
    var changed = false
    if let version = try? store.dataVersion(), version != dataVersion {
      dataVersion = version
      changed = true
    }
    if now.timeIntervalSince(lastPresenceCheck) >= InterviewerState.watchInterval {
      lastPresenceCheck = now
      let alive = (try? store.owner(of: sessionID)) != nil
      if alive != ownerIsAlive {
        ownerIsAlive = alive
        changed = true
      }
    }
    guard changed, let session = try? store.session(id: sessionID), let side = try? store.interviewerSide(of: sessionID)
    else { return effects }
    return effects + state.handle(.read(session, side, ownerIsAlive: ownerIsAlive), now: now)
  }

  /// Carries out effects; returns true when the loop should stop.
  private func execute(_ effects: [InterviewerState.Effect], state: inout InterviewerState) -> Bool {
    var stop = false
    for effect in effects {
      switch effect {
      case .save(let request): queue.enqueue(request)
      case .quit: stop = true
      }
    }
    return stop
  }

  /// Messages printed after the terminal is restored.
  private(set) var exitNotes: [String] = []

  private func shutDown(_ state: InterviewerState) {
    if !queue.flush(timeout: 2) {
      do {
        try queue.spill()
        exitNotes.append("Some changes could not be saved yet; they are kept in \(queue.queueFile.path).")
      } catch {
        exitNotes.append("Some changes could not be saved, nor kept in \(queue.queueFile.path): \(error).")
      }
    }
    queue.stop()
    try? store.leaveAsInterviewer(sessionID, at: clock.now)
    store.releaseAll()
  }
}
