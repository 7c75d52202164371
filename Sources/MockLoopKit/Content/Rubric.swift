/// A grading rubric: dimensions scored on a scale, what each level must show, and the bar
/// that decides from the scores whether a session met a level.
public struct Rubric: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var scale: RubricScale
  public var dimensions: [RubricDimension]
  public var bars: [Level: BarRule]
  public var selfAssessment: [SelfAssessmentGroup]

  public init(
    id: String, title: String, scale: RubricScale, dimensions: [RubricDimension],
    bars: [Level: BarRule], selfAssessment: [SelfAssessmentGroup] = []
  ) {
    self.id = id
    self.title = title
    self.scale = scale
    self.dimensions = dimensions
    self.bars = bars
    self.selfAssessment = selfAssessment
  }

  /// The dimensions scored for a level.
  public func dimensions(for level: Level) -> [RubricDimension] {
    dimensions.filter { $0.levels.contains(level) }
  }
}

/// The scores a dimension can take, with a label (and optionally a meaning) for each.
public struct RubricScale: Sendable, Equatable, Codable {
  public var minimum: Int
  public var maximum: Int
  public var labels: [String]
  public var meanings: [String]

  public init(minimum: Int, maximum: Int, labels: [String], meanings: [String] = []) {
    self.minimum = minimum
    self.maximum = maximum
    self.labels = labels
    self.meanings = meanings
  }

  public func label(for score: Int) -> String {
    let index = score - minimum
    return labels.indices.contains(index) ? labels[index] : "\(score)"
  }
}

/// One thing the rubric scores, with what L6 and L7 must show for it and, per level, what
/// each score looks like. Invariant (checked on load): `anchors`, when given, has a text for
/// every score of the scale at every level the dimension is scored at.
public struct RubricDimension: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var levels: [Level]
  /// Whether it counts in the core average of the bar.
  public var isCore: Bool
  public var expectations: [Level: String]
  /// Level to one text per score, lowest score first: what that score looks like at that
  /// level (the L7 texts say what L7 adds over L6).
  public var anchors: [Level: [String]]

  public init(
    id: String, title: String, levels: [Level] = Level.allCases, isCore: Bool = true, expectations: [Level: String],
    anchors: [Level: [String]] = [:]
  ) {
    self.id = id
    self.title = title
    self.levels = levels
    self.isCore = isCore
    self.expectations = expectations
    self.anchors = anchors
  }

  /// What `score` looks like at `level` on a scale starting at `minimum`; nil when not described.
  public func anchor(for level: Level, score: Int, minimum: Int) -> String? {
    guard let texts = anchors[level], texts.indices.contains(score - minimum) else { return nil }
    return texts[score - minimum]
  }
}

/// How scores decide whether one level's bar was met.
public struct BarRule: Sendable, Equatable, Codable {
  /// No scored dimension may be below this.
  public var minimumEach: Int?
  /// The average of the core dimensions must reach this.
  public var coreAverage: Double?
  /// Dimension id to the lowest score it must have.
  public var required: [String: Int]

  public init(minimumEach: Int? = nil, coreAverage: Double? = nil, required: [String: Int] = [:]) {
    self.minimumEach = minimumEach
    self.coreAverage = coreAverage
    self.required = required
  }
}

/// A titled group of self-assessment items ticked at grading.
public struct SelfAssessmentGroup: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var items: [String]

  public init(id: String, title: String, items: [String]) {
    self.id = id
    self.title = title
    self.items = items
  }
}
