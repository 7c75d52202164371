/// A named collection of questions, loaded from one file.
public struct Deck: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var description: String?
  public var questions: [Question]
  /// The file it was loaded from, for messages.
  public var file: String

  public init(id: String, title: String, description: String? = nil, questions: [Question], file: String) {
    self.id = id
    self.title = title
    self.description = description
    self.questions = questions
    self.file = file
  }
}

/// One system-design question with everything the interviewer knows about it.
/// The `reference` sketch is never shown while a mock is running.
public struct Question: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var levels: [Level]
  /// Format ids this question is meant for; empty means any format of its levels.
  public var formats: [String]
  public var source: String?
  public var prompt: String
  public var functionalRequirements: [String]
  public var nonFunctionalRequirements: [String]
  public var scale: [String]
  public var focus: [String]
  public var followUps: [FollowUp]
  public var pitfalls: [String]
  public var reference: String?

  public init(
    id: String, title: String, levels: [Level], formats: [String] = [], source: String? = nil,
    prompt: String, functionalRequirements: [String] = [], nonFunctionalRequirements: [String] = [],
    scale: [String] = [], focus: [String] = [], followUps: [FollowUp] = [], pitfalls: [String] = [],
    reference: String? = nil
  ) {
    self.id = id
    self.title = title
    self.levels = levels
    self.formats = formats
    self.source = source
    self.prompt = prompt
    self.functionalRequirements = functionalRequirements
    self.nonFunctionalRequirements = nonFunctionalRequirements
    self.scale = scale
    self.focus = focus
    self.followUps = followUps
    self.pitfalls = pitfalls
    self.reference = reference
  }

  /// Whether the question is run in `format`: one of the formats it names, or, when it names
  /// none, a format of one of its levels or of any level.
  public func fits(_ format: InterviewFormat) -> Bool {
    formats.isEmpty ? format.level.map(levels.contains) ?? true : formats.contains(format.id)
  }

  /// The follow-ups asked in a session at `level` (nil: a format of any level), in the order
  /// they come: timed ones by minute, then the on-demand ones.
  public func followUps(at level: Level?) -> [FollowUp] {
    let asked = followUps.filter { $0.levels.isEmpty || level.map($0.levels.contains) ?? true }
    let timed = asked.filter { $0.minute != nil }.sorted { $0.minute! < $1.minute! }
    return timed + asked.filter { $0.minute == nil }
  }
}

/// A question the interviewer raises at a given minute, or on demand when `minute` is nil.
public struct FollowUp: Sendable, Codable, Equatable, Hashable {
  public var minute: Int?
  public var text: String
  /// Levels whose sessions ask it; empty means every level.
  public var levels: [Level]

  public init(minute: Int?, text: String, levels: [Level] = []) {
    self.minute = minute
    self.text = text
    self.levels = levels
  }
}
