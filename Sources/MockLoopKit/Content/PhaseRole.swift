/// What a phase of an interview is for, from a small fixed set. A format's phases declare one or
/// more roles; a question's follow-up names the role it belongs to and a place in it, so the
/// same follow-up lands in the right phase of every format the question runs in.
///
/// A role's span in a format is the phases that declare it, in order (usually one phase).
/// Raw values are the spelling used in files and commands.
public enum PhaseRole: String, Sendable, Codable, CaseIterable, Comparable {
  /// The leadership-principle opening: a story from the candidate's own work.
  case leadership
  /// Clarifying the problem: users, functional and non-functional needs, scale.
  case requirements
  /// The end-to-end design: components, data flow, APIs, technology choices.
  case highLevel = "high-level"
  /// Depth on the hardest parts: data model, algorithms, consistency of one path.
  case deepDive = "deep-dive"
  /// Growing the design: bottlenecks, sharding, caching, capacity, cost of scale.
  case scale
  /// Running it: failure, monitoring, deployment, on-call, security in production.
  case operations
  /// Closing: the summary, the trade-offs made, what comes next.
  case wrapUp = "wrap-up"
  /// L7: the design as a platform other teams build on: tenancy, contracts, extension points.
  case platform
  /// L7: several regions: placement, residency, consistency across regions, region loss.
  case global
  /// L7: the years ahead: migration, API evolution, team ownership, cost over time.
  case evolution

  public static func < (lhs: PhaseRole, rhs: PhaseRole) -> Bool {
    let all = allCases
    return all.firstIndex(of: lhs) ?? 0 < all.firstIndex(of: rhs) ?? 0
  }

  /// Every role by its spelling, for messages ("leadership, requirements, ...").
  public static var spelledOut: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
