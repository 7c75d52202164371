import Foundation

/// The app's only way to write: changes are queued in the order they were made and written one
/// at a time on a background thread, so no keystroke waits for the disk.
///
/// A write that fails (disk full, I/O error, a lock held too long) stays at the head of the queue
/// and is retried with backoff; nothing behind it overtakes it, and nothing is ever dropped. A
/// change that can never be written here (its session moved to another process or was deleted)
/// is set aside in a rescue file beside the database, and said so. What is still queued when the
/// app must stop goes to the queue file, which the next start replays.
public final class WriteQueue: @unchecked Sendable {
  /// What the screen shows about saving.
  public struct Status: Sendable, Equatable {
    /// Changes not stored yet.
    public var pending: Int
    /// Why the head of the queue failed, while it is failing.
    public var failure: String?
    /// Changes set aside for good, and where they were kept.
    public var rescued: Rescue?

    public init(pending: Int = 0, failure: String? = nil, rescued: Rescue? = nil) {
      self.pending = pending
      self.failure = failure
      self.rescued = rescued
    }

    public var isSaved: Bool { pending == 0 }
  }

  /// Changes that cannot be written here, kept in a file.
  public struct Rescue: Sendable, Equatable {
    public var sessionID: String
    public var reason: String
    public var count: Int
    public var file: URL
  }

  public static let queueFileName = "pending-writes.json"
  /// The interviewer's own queue file, so that the candidate's next start never replays the
  /// interviewer's changes (and the other way round).
  public static let interviewerQueueFileName = "pending-interviewer-writes.json"

  private let store: SessionStore
  private let condition = NSCondition()
  private var pending: [SaveRequest] = []
  private var failure: String?
  private var rescued: Rescue?
  /// Sessions whose changes can no longer be written by this process.
  private var fenced: [String: String] = [:]
  private var attempts = 0
  private var isStopped = false
  private var isWriting = false
  private let retryDelays: [TimeInterval]
  private let queueFileName: String

  /// `retryDelays`: the waits between attempts at a failing write; the last repeats.
  public init(
    store: SessionStore, retryDelays: [TimeInterval] = [0.1, 0.25, 0.5, 1, 2, 5],
    queueFileName: String = WriteQueue.queueFileName
  ) {
    self.store = store
    self.queueFileName = queueFileName
    self.retryDelays = retryDelays.isEmpty ? [1] : retryDelays
    let thread = Thread { [weak self] in self?.run() }
    thread.name = "mockloop.write-queue"
    thread.start()
  }

  deinit { stop() }

  public var queueFile: URL { store.folder.appendingPathComponent(queueFileName) }

  /// Adds a change at the end of the queue.
  public func enqueue(_ change: SaveRequest) {
    condition.withLock {
      if let reason = fenced[change.sessionID] {
        setAside([change], reason: reason)
        return
      }
      pending.append(change)
      condition.broadcast()
    }
  }

  public func status() -> Status {
    condition.withLock { Status(pending: pending.count, failure: failure, rescued: rescued) }
  }

  /// Waits until every change queued so far is stored, or `timeout` passes. Returns whether the
  /// queue is empty.
  @discardableResult
  public func flush(timeout: TimeInterval = .infinity) -> Bool {
    let deadline = timeout == .infinity ? Date.distantFuture : Date() + timeout
    return condition.withLock {
      // A failing head is tried again now rather than after its backoff.
      if !pending.isEmpty { condition.broadcast() }
      while !pending.isEmpty || isWriting {
        if !condition.wait(until: deadline) { break }
      }
      return pending.isEmpty
    }
  }

  /// Puts the changes still queued into the queue file (0600, beside the database) for the next
  /// start, and empties the queue. Changes already in the file are kept before them.
  public func spill() throws {
    try condition.withLock {
      guard !pending.isEmpty else { return }
      var all = (try? Self.readQueueFile(queueFile)) ?? []
      all += pending
      try Self.write(all, to: queueFile)
      pending.removeAll()
      failure = nil
      condition.broadcast()
    }
  }

  /// Queues the changes kept in the queue file by an earlier run, ahead of anything else, and
  /// removes the file once they are stored. Returns how many there were. A file that cannot be
  /// read is left in place and reported.
  @discardableResult
  public func replayQueueFile() throws -> Int {
    guard FileManager.default.fileExists(atPath: queueFile.path) else { return 0 }
    let changes = try Self.readQueueFile(queueFile)
    condition.withLock {
      pending.insert(contentsOf: changes, at: 0)
      condition.broadcast()
    }
    if flush(timeout: 5) { try? FileManager.default.removeItem(at: queueFile) }
    return changes.count
  }

  /// `replayQueueFile`, said for the status line: nil when there was nothing to replay.
  public func replayQueueFileForStatus() -> String? {
    do {
      let replayed = try replayQueueFile()
      return replayed > 0 ? "Saved \(replayed.counted("change")) kept from the last run." : nil
    } catch {
      return "Cannot read \(queueFile.path): \(error). It was left in place."
    }
  }

  /// Ends the background thread once the queue is empty or `flush` gave up.
  public func stop() {
    condition.withLock {
      isStopped = true
      condition.broadcast()
    }
  }

  // MARK: The writer thread

  private func run() {
    condition.lock()
    defer { condition.unlock() }
    while true {
      while pending.isEmpty && !isStopped { condition.wait() }
      if pending.isEmpty || isStopped && failure != nil { return }
      let change = pending[0]
      isWriting = true
      condition.unlock()
      let outcome = Result { try perform(change) }
      condition.lock()
      isWriting = false
      switch outcome {
      case .success:
        if pending.first == change { pending.removeFirst() }
        failure = nil
        attempts = 0
      case .failure(let error as OwnershipError):
        // Retrying cannot help: keep every change of that session aside, in order.
        let reason = error.description
        fenced[change.sessionID] = reason
        let aside = pending.filter { $0.sessionID == change.sessionID }
        pending.removeAll { $0.sessionID == change.sessionID }
        setAside(aside, reason: reason)
        failure = nil
        attempts = 0
      case .failure(let error):
        failure = Self.describe(error)
        let delay = retryDelays[min(attempts, retryDelays.count - 1)]
        attempts += 1
        condition.broadcast()
        _ = condition.wait(until: Date() + delay)
      }
      condition.broadcast()
    }
  }

  private func perform(_ change: SaveRequest) throws {
    switch change {
    case .insert(let session): try store.insert(session)
    case .event(let event, let id): try store.append(event, to: id)
    case .mark(let mark, let isChecked, let id): try store.setMark(mark, isChecked: isChecked, sessionID: id)
    case .notes(let text, let id, let at): try store.saveNotes(text, sessionID: id, at: at)
    case .alive(let id, let at): try store.markAlive(sessionID: id, at: at)
    case .assessment(let assessment, let id): try store.saveAssessment(assessment, sessionID: id)
    case .abandon(let id, let at): try store.abandon(sessionID: id, at: at)
    case .calculation(let calculation): try store.saveCalculation(calculation)
    case .estimateRun(let run): try store.insertEstimateRun(run)
    case .estimateAnswer(let answer, let id): try store.saveEstimateAnswer(answer, runID: id)
    case .estimateFinish(let id, let at): try store.finishEstimateRun(id: id, at: at)
    case .interviewerFollowUp(let followUp, let id): try store.askFollowUp(followUp, sessionID: id)
    case .interviewerNotes(let text, let id, let at): try store.saveInterviewerNotes(text, sessionID: id, at: at)
    case .interviewerPause(let request, let id): try store.requestPause(request, sessionID: id)
    case .interviewerGrade(let grade, let id): try store.saveInterviewerGrade(grade, sessionID: id)
    }
  }

  /// Called with the lock held.
  private func setAside(_ changes: [SaveRequest], reason: String) {
    guard let id = changes.first?.sessionID else { return }
    let file = store.folder.appendingPathComponent("unsaved-\(id.prefix(8)).json")
    var kept = (try? Self.readQueueFile(file)) ?? []
    kept += changes
    // If even the rescue file cannot be written, keep the changes queued rather than lose them.
    do {
      try Self.write(kept, to: file)
      rescued = Rescue(sessionID: id, reason: reason, count: kept.count, file: file)
    } catch {
      failure = "cannot keep unsaved changes in \(file.path): \(Self.describe(error))"
      fenced[id] = nil
      pending.insert(contentsOf: changes, at: 0)
    }
  }

  /// A short reason for the status line: "disk full", "database is locked", …
  public static func describe(_ error: Error) -> String {
    let text = "\(error)"
    let lowered = text.lowercased()
    if lowered.contains("full") { return "disk full" }
    if lowered.contains("locked") || lowered.contains("busy") { return "database is locked" }
    if lowered.contains("readonly") || lowered.contains("read-only") { return "database is read-only" }
    if lowered.contains("disk i/o") || lowered.contains("ioerr") { return "disk I/O error" }
    return text
  }

  // MARK: The queue file

  static func readQueueFile(_ url: URL) throws -> [SaveRequest] {
    let data = try Data(contentsOf: url)
    return try ExchangeCoding.sharedDecoder.decode(QueueFile.self, from: data).changes
  }

  static func write(_ changes: [SaveRequest], to url: URL) throws {
    let data = try ExchangeCoding.storageEncoder.encode(QueueFile(changes: changes))
    let temporary = url.appendingPathExtension("tmp")
    guard FileManager.default.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o600])
    else {
      throw CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: temporary.path])
    }
    guard rename(temporary.path, url.path) == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
    }
  }

  private struct QueueFile: Codable {
    var version = 1
    var changes: [SaveRequest]
  }
}
