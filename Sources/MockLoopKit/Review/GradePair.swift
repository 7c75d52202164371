/// The two grades of one session: the candidate's own and the interviewer's.
///
/// Each side grades blind: until both grades are saved, a side sees only its own
/// (`seen(by:)`); once both are, both see both, side by side.
public struct GradePair: Sendable, Equatable {
  public var candidate: Assessment?
  public var interviewer: Assessment?

  public init(candidate: Assessment?, interviewer: Assessment?) {
    self.candidate = candidate
    self.interviewer = interviewer
  }

  /// A grade counts as saved once it scores at least one dimension.
  static func isSaved(_ grade: Assessment?) -> Bool { !(grade?.scores.isEmpty ?? true) }

  /// Whether both sides have saved their grade, so that each may see the other's.
  public var isRevealed: Bool { Self.isSaved(candidate) && Self.isSaved(interviewer) }

  /// What `role` may see: both grades once both are saved, otherwise only its own.
  public func seen(by role: ParticipantRole) -> GradePair {
    if isRevealed { return self }
    switch role {
    case .candidate: return GradePair(candidate: candidate, interviewer: nil)
    case .interviewer: return GradePair(candidate: nil, interviewer: interviewer)
    }
  }
}
