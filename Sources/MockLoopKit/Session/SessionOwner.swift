import Foundation

/// A process that owns (or asks to own) a session: a random token that fences its writes, and
/// what a person needs to find it (its pid, terminal and host).
///
/// A session has at most one owner at a time. Every write of a session checks, in the same
/// transaction, that the writer's token is the owner's; so a process that lost a session can
/// never overwrite what the new owner wrote.
public struct SessionOwner: Sendable, Codable, Equatable {
  public var token: String
  public var pid: Int32
  /// The controlling terminal, as `/dev/pts/3`, when there is one.
  public var terminal: String?
  public var host: String
  public var since: Date

  public init(token: String, pid: Int32, terminal: String?, host: String, since: Date) {
    self.token = token
    self.pid = pid
    self.terminal = terminal
    self.host = host
    self.since = since
  }

  /// "pid 4242 on /dev/pts/3", with the host when it is not this one.
  public var whereabouts: String {
    var text = "pid \(pid)"
    if let terminal { text += " on \(terminal)" }
    if host != ProcessInfo.processInfo.hostName { text += " (host \(host))" }
    return text
  }
}
