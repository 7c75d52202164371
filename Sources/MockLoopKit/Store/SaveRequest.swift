import Foundation

/// One change to the store, in the order the app made it. Codable, so that changes that could
/// not be written yet can be kept in the queue file and replayed on the next start.
///
/// Every change is idempotent: writing it twice leaves the store as writing it once did, so a
/// replay after a crash, or a retry after an ambiguous failure, never doubles anything.
public enum SaveRequest: Sendable, Equatable, Codable {
  case insert(Session)
  case event(SessionEvent, sessionID: String)
  case mark(ChecklistMark, isChecked: Bool, sessionID: String)
  case notes(String, sessionID: String, at: Date)
  case alive(sessionID: String, at: Date)
  case assessment(Assessment?, sessionID: String)
  /// The session is given up for good (it stays in history, marked abandoned).
  case abandon(sessionID: String, at: Date)

  /// The session the change belongs to.
  public var sessionID: String {
    switch self {
    case .insert(let session): session.id
    case .event(_, let id), .mark(_, _, let id), .notes(_, let id, _), .alive(let id, _), .assessment(_, let id),
      .abandon(let id, _):
      id
    }
  }
}
