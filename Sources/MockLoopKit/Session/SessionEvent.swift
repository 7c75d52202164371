import Foundation

/// One thing that happened in a session, at a time read from the session clock.
/// The event log is the session's single source of truth for time.
public struct SessionEvent: Sendable, Codable, Equatable {
  public enum Kind: String, Sendable, Codable {
    case start, pause, resume, nextPhase, previousPhase, finish, followUpRevealed
  }

  /// Why a pause happened: the candidate pressed pause, or the app was not running.
  public enum PauseReason: String, Sendable, Codable {
    case user, away
  }

  public var kind: Kind
  public var at: Date
  /// For `followUpRevealed`: the follow-up's text.
  public var followUp: String?
  /// For `followUpRevealed`: true when the candidate asked for it early.
  public var isOnDemand: Bool?
  /// For `pause`: why.
  public var reason: PauseReason?

  public init(
    _ kind: Kind, at: Date, followUp: String? = nil, isOnDemand: Bool? = nil, reason: PauseReason? = nil
  ) {
    self.kind = kind
    self.at = at
    self.followUp = followUp
    self.isOnDemand = isOnDemand
    self.reason = reason
  }
}
