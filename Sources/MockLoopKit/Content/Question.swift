/// A named collection of questions, loaded from one file.
public struct Deck: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var description: String?
  public var questions: [Question]
  /// Estimation drills (a deck holds questions, drills or both).
  public var estimates: [EstimationDrill]
  /// The file it was loaded from, for messages.
  public var file: String

  public init(
    id: String, title: String, description: String? = nil, questions: [Question], estimates: [EstimationDrill] = [],
    file: String
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.questions = questions
    self.estimates = estimates
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
  /// Ids of the rubric dimensions the question exercises most (checked on load against the
  /// rubrics it is graded with); the practice plan picks new questions by them.
  public var dimensions: [String]

  public init(
    id: String, title: String, levels: [Level], formats: [String] = [], source: String? = nil,
    prompt: String, functionalRequirements: [String] = [], nonFunctionalRequirements: [String] = [],
    scale: [String] = [], focus: [String] = [], followUps: [FollowUp] = [], pitfalls: [String] = [],
    reference: String? = nil, dimensions: [String] = []
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
    self.dimensions = dimensions
  }

  /// Whether the question is written for `format`: one of the formats it names, or, when it
  /// names none, a format of one of its levels or of any level. Roles are not looked at.
  public func isMeant(for format: InterviewFormat) -> Bool {
    formats.isEmpty ? format.level.map(levels.contains) ?? true : formats.contains(format.id)
  }

  /// The levels a session of this question in `format` can be graded at: the format's level,
  /// or the question's levels when the format suits any level.
  public func levels(in format: InterviewFormat) -> [Level] {
    format.level.map { [$0] } ?? levels
  }

  /// The roles its follow-ups are placed in, at the levels it can run at in `format`, that no
  /// phase of `format` declares; sorted.
  public func missingRoles(in format: InterviewFormat) -> [PhaseRole] {
    let sessionLevels = levels(in: format)
    let needed = followUps.filter { followUp in sessionLevels.contains { followUp.isAsked(at: $0) } }
      .compactMap(\.role)
    return Set(needed).subtracting(format.roles).sorted()
  }

  /// The one rule for which formats a question runs in: it is meant for the format (see
  /// `isMeant(for:)`) and every follow-up it asks there has a phase of its role, so the whole
  /// schedule fits inside the format.
  public func fits(_ format: InterviewFormat) -> Bool {
    isMeant(for: format) && missingRoles(in: format).isEmpty
  }

  /// The follow-up with this text; sessions store the follow-ups they asked by text.
  public func followUp(withText text: String) -> FollowUp? {
    followUps.first { $0.text == text }
  }
}

/// A question the interviewer raises, placed by phase role, or asked on demand when it has no
/// role. Invariants (checked on load): `role` and `position` are both set or both nil;
/// `0 <= position < 1`; `answer` holds 3 to 6 points.
public struct FollowUp: Sendable, Codable, Equatable, Hashable {
  /// The role of the phases it belongs to; nil means it is asked on demand (the `f` key).
  public var role: PhaseRole?
  /// Where in its role's span it comes, as a fraction of the span's minutes.
  public var position: Double?
  /// Levels whose sessions ask it; empty means every level.
  public var levels: [Level]
  public var text: String
  /// What a strong answer covers, hidden until the session is graded.
  public var answer: [String]

  public init(
    role: PhaseRole? = nil, at position: Double? = nil, levels: [Level] = [], text: String, answer: [String] = []
  ) {
    self.role = role
    self.position = role == nil ? nil : position ?? 0
    self.levels = levels
    self.text = text
    self.answer = answer
  }

  /// Whether a session at `level` asks it (nil: a session of no particular level asks all).
  public func isAsked(at level: Level?) -> Bool {
    levels.isEmpty || level.map(levels.contains) ?? true
  }

  /// The fewest and most points an answer note has.
  public static let answerPoints = 3...6
}

extension Question {
  /// Why the question does not run in `format`, in words; nil when it fits.
  public func misfit(in format: InterviewFormat) -> String? {
    if !isMeant(for: format) {
      if !formats.isEmpty { return "it is written for \(formats.joined(separator: ", ")) only" }
      let levelsText = levels.map(\.rawValue).joined(separator: "/")
      return "it is an \(levelsText) question and \(format.id) is an \(format.level?.rawValue ?? "any-level") format"
    }
    let missing = missingRoles(in: format)
    guard !missing.isEmpty else { return nil }
    let names = missing.map(\.rawValue).joined(separator: ", ")
    return "\(format.id) has no phase for the \(missing.count.noun("role")) \(names) of its follow-ups"
  }
}
