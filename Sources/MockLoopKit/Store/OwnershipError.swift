/// Why a session could not be written or opened by this process. Each case says what the user
/// can do; none of them loses anything already stored.
public enum OwnershipError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Another live process runs the session.
  case ownedElsewhere(sessionID: String, owner: SessionOwner)
  /// The session moved to another process (a take-over) after this one opened it.
  case movedElsewhere(sessionID: String, owner: SessionOwner?)
  /// The session's row is gone (deleted by another process while this one ran it).
  case sessionGone(sessionID: String)
  /// This process could not prove it is alive (its lock file could not be made or locked).
  case presence(path: String, detail: String)
  /// Another live MockLoop is already the session's interviewer.
  case interviewerPresent(sessionID: String, interviewer: SessionOwner)
  /// This process is not (or no longer) the session's interviewer: another one joined since.
  case notInterviewer(sessionID: String)

  public var description: String {
    switch self {
    case .ownedElsewhere(let id, let owner):
      return "session \(id.prefix(8)) is open in another MockLoop (\(owner.whereabouts)). "
        + "Quit it there, or take it over with 'mockloop resume \(id.prefix(8)) --take-over'."
    case .movedElsewhere(let id, let owner):
      return "session \(id.prefix(8)) moved to another terminal"
        + (owner.map { " (\($0.whereabouts))" } ?? "") + "; nothing more is saved here"
    case .sessionGone(let id):
      return "session \(id.prefix(8)) was deleted by another process; nothing more is saved here"
    case .presence(let path, let detail):
      return "cannot lock \(path) (\(detail)); check the data folder's permissions"
    case .interviewerPresent(let id, let interviewer):
      return "session \(id.prefix(8)) already has an interviewer (\(interviewer.whereabouts)); "
        + "only one interviewer can join at a time"
    case .notInterviewer(let id):
      return "another interviewer joined session \(id.prefix(8)); nothing more is saved here"
    }
  }
}
