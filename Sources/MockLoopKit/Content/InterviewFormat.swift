/// A timed interview structure: the phases of a mock, in order, each with its minutes,
/// goal, checklist and roles. Invariant (checked on load): at least one phase, ids unique,
/// minutes > 0, every phase has at least one role.
public struct InterviewFormat: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var title: String
  /// The level the format rehearses; nil means any level.
  public var level: Level?
  public var description: String?
  /// The rubric its sessions are graded with; nil means the main rubric.
  public var rubricID: String?
  public var phases: [Phase]

  public init(
    id: String, title: String, level: Level?, description: String? = nil, rubricID: String? = nil, phases: [Phase]
  ) {
    self.id = id
    self.title = title
    self.level = level
    self.description = description
    self.rubricID = rubricID
    self.phases = phases
  }

  /// The planned length of the whole interview in minutes.
  public var totalMinutes: Int { phases.reduce(0) { $0 + $1.minutes } }

  /// Every role some phase declares.
  public var roles: Set<PhaseRole> { Set(phases.flatMap(\.roles)) }

  /// The minute (from the start of the mock) at which each phase begins.
  public var phaseStarts: [Int] {
    var starts: [Int] = []
    var minute = 0
    for phase in phases {
      starts.append(minute)
      minute += phase.minutes
    }
    return starts
  }
}

/// One phase of an interview format.
public struct Phase: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var minutes: Int
  public var goal: String
  public var checklist: [String]
  /// What the phase is for; follow-ups are placed by role.
  public var roles: [PhaseRole]
  /// Questions the interviewer may open the phase with (the leadership phase's story
  /// prompts); a session shows a few of them.
  public var prompts: [String]

  public init(
    id: String, title: String, minutes: Int, goal: String, checklist: [String], roles: [PhaseRole] = [],
    prompts: [String] = []
  ) {
    self.id = id
    self.title = title
    self.minutes = minutes
    self.goal = goal
    self.checklist = checklist
    self.roles = roles
    self.prompts = prompts
  }

  public var plannedSeconds: Int { minutes * 60 }

  /// How many prompts a session shows of a phase that has them.
  public static let promptsShown = 2

  /// The prompts one session shows: `promptsShown` of them, picked by the session id so a
  /// resumed session shows the same ones and different sessions see different ones.
  public func prompts(forSession sessionID: String) -> [String] {
    guard prompts.count > Self.promptsShown else { return prompts }
    // FNV-1a: stable across runs, unlike Swift's seeded Hasher.
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in sessionID.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x100_0000_01b3
    }
    let first = Int(hash % UInt64(prompts.count))
    return (0..<Self.promptsShown).map { prompts[(first + $0 * 3) % prompts.count] }
  }
}

/// Sessions stored before phases had roles and prompts still decode: both default to empty.
extension Phase: Codable {
  private enum CodingKeys: String, CodingKey { case id, title, minutes, goal, checklist, roles, prompts }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    title = try container.decode(String.self, forKey: .title)
    minutes = try container.decode(Int.self, forKey: .minutes)
    goal = try container.decode(String.self, forKey: .goal)
    checklist = try container.decode([String].self, forKey: .checklist)
    roles = try container.decodeIfPresent([PhaseRole].self, forKey: .roles) ?? []
    prompts = try container.decodeIfPresent([String].self, forKey: .prompts) ?? []
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(minutes, forKey: .minutes)
    try container.encode(goal, forKey: .goal)
    try container.encode(checklist, forKey: .checklist)
    if !roles.isEmpty { try container.encode(roles, forKey: .roles) }
    if !prompts.isEmpty { try container.encode(prompts, forKey: .prompts) }
  }
}
