import Foundation
import MockLoopKit

/// Performs store writes on a background serial queue, in the order they were asked for, so
/// that no keystroke ever waits for the disk. A failed write is kept for the loop to report.
final class SessionWriter: @unchecked Sendable {
  private let store: SessionStore
  private let queue = DispatchQueue(label: "mockloop.session-writer")
  private let lock = NSLock()
  private var failure: String?

  init(store: SessionStore) { self.store = store }

  func enqueue(_ request: SaveRequest) {
    queue.async { [self] in
      do {
        try perform(request)
      } catch {
        lock.withLock { failure = "\(error)" }
      }
    }
  }

  /// Waits until every write asked for so far is on disk.
  func flush() { queue.sync {} }

  /// The last failure since the previous call, if any.
  func takeFailure() -> String? {
    lock.withLock {
      defer { failure = nil }
      return failure
    }
  }

  private func perform(_ request: SaveRequest) throws {
    switch request {
    case .insert(let session): try store.insert(session)
    case .event(let event, let id): try store.append(event, to: id)
    case .mark(let mark, let isChecked, let id): try store.setMark(mark, isChecked: isChecked, sessionID: id)
    case .notes(let text, let id, let at): try store.saveNotes(text, sessionID: id, at: at)
    case .alive(let id, let at): try store.markAlive(sessionID: id, at: at)
    case .assessment(let assessment, let id): try store.saveAssessment(assessment, sessionID: id)
    }
  }
}
