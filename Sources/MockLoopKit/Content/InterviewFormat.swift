/// A timed interview structure: the phases of a mock, in order, each with its minutes,
/// goal and checklist. Invariant (checked on load): at least one phase, ids unique, minutes > 0.
public struct InterviewFormat: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var title: String
  /// The level the format rehearses; nil means any level.
  public var level: Level?
  public var description: String?
  public var phases: [Phase]

  public init(id: String, title: String, level: Level?, description: String? = nil, phases: [Phase]) {
    self.id = id
    self.title = title
    self.level = level
    self.description = description
    self.phases = phases
  }

  /// The planned length of the whole interview in minutes.
  public var totalMinutes: Int { phases.reduce(0) { $0 + $1.minutes } }
}

/// One phase of an interview format.
public struct Phase: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var minutes: Int
  public var goal: String
  public var checklist: [String]

  public init(id: String, title: String, minutes: Int, goal: String, checklist: [String]) {
    self.id = id
    self.title = title
    self.minutes = minutes
    self.goal = goal
    self.checklist = checklist
  }

  public var plannedSeconds: Int { minutes * 60 }
}
