import Foundation

/// The things a candidate does to a session. Each appends to the log only when it makes sense
/// in the current state and returns the event it appended, so the caller can save exactly that.
extension Session {
  @discardableResult
  public mutating func start(at now: Date) -> SessionEvent? {
    append(.init(.start, at: now), when: timeline(at: now).state == .notStarted)
  }

  @discardableResult
  public mutating func pause(at now: Date, reason: SessionEvent.PauseReason = .user) -> SessionEvent? {
    append(.init(.pause, at: now, reason: reason), when: timeline(at: now).isRunning)
  }

  @discardableResult
  public mutating func resume(at now: Date) -> SessionEvent? {
    append(.init(.resume, at: now), when: timeline(at: now).isPaused)
  }

  @discardableResult
  public mutating func togglePause(at now: Date) -> SessionEvent? {
    timeline(at: now).isPaused ? resume(at: now) : pause(at: now)
  }

  @discardableResult
  public mutating func advancePhase(at now: Date) -> SessionEvent? {
    let timeline = timeline(at: now)
    let canMove = timeline.state != .notStarted && timeline.state != .finished
    return append(.init(.nextPhase, at: now), when: canMove && timeline.phaseIndex < format.phases.count - 1)
  }

  @discardableResult
  public mutating func returnToPreviousPhase(at now: Date) -> SessionEvent? {
    let timeline = timeline(at: now)
    let canMove = timeline.state != .notStarted && timeline.state != .finished
    return append(.init(.previousPhase, at: now), when: canMove && timeline.phaseIndex > 0)
  }

  @discardableResult
  public mutating func finish(at now: Date) -> SessionEvent? {
    let state = timeline(at: now).state
    return append(.init(.finish, at: now), when: state != .notStarted && state != .finished)
  }

  /// Logs that a follow-up was asked, once per follow-up text.
  @discardableResult
  public mutating func reveal(_ followUp: FollowUp, onDemand: Bool, at now: Date) -> SessionEvent? {
    let already = revealedFollowUps.contains { $0.text == followUp.text }
    return append(.init(.followUpRevealed, at: now, followUp: followUp.text, isOnDemand: onDemand), when: !already)
  }

  /// Ticks or unticks a checklist item. Returns the mark and whether it is now ticked.
  @discardableResult
  public mutating func toggleMark(phase phaseIndex: Int, item: Int, at now: Date) -> (
    mark: ChecklistMark, isChecked: Bool
  )? {
    guard format.phases.indices.contains(phaseIndex), format.phases[phaseIndex].checklist.indices.contains(item) else {
      return nil
    }
    let phase = format.phases[phaseIndex]
    if let index = marks.firstIndex(where: { $0.phaseID == phase.id && $0.item == item }) {
      return (marks.remove(at: index), false)
    }
    let mark = ChecklistMark(phaseID: phase.id, item: item, text: phase.checklist[item], at: now)
    marks.append(mark)
    return (mark, true)
  }

  /// When the app comes back to a session that was running when it stopped (killed, terminal
  /// closed), the time it was gone counts as paused: a pause is logged at the last moment the
  /// session was known to be alive. Returns that event.
  @discardableResult
  public mutating func recoverAfterInterruption(now: Date) -> SessionEvent? {
    recordAwayGap(now: now)
  }

  /// When this session hears each follow-up of `question`: by its format and level.
  public func schedule(of question: Question) -> FollowUpSchedule {
    FollowUpSchedule(question: question, format: format, level: level)
  }

  /// The timed follow-ups whose minute has come and that were not asked yet, in order.
  public func dueFollowUps(of question: Question, at now: Date) -> [FollowUp] {
    let asked = Set(revealedFollowUps.map(\.text))
    return schedule(of: question).due(afterActiveSeconds: timeline(at: now).activeSeconds).map(\.followUp).filter {
      !asked.contains($0.text)
    }
  }

  /// The next follow-up not yet asked, timed or not, for asking it early.
  public func nextUnaskedFollowUp(of question: Question) -> FollowUp? {
    let asked = Set(revealedFollowUps.map(\.text))
    return schedule(of: question).followUps.first { !asked.contains($0.text) }
  }

  private mutating func append(_ event: SessionEvent, when allowed: Bool) -> SessionEvent? {
    guard allowed else { return nil }
    events.append(event)
    return event
  }
}
