extension ContentIndex {
  /// A deck as the index keeps it: its questions' outlines, no drills.
  struct DeckOutline: Sendable, Equatable, Codable {
    var id: String
    var title: String
    var file: String
    var questions: [QuestionOutline]

    init(_ deck: Deck) {
      id = deck.id
      title = deck.title
      file = deck.file
      questions = deck.questions.map(QuestionOutline.init)
    }

    var deck: Deck { Deck(id: id, title: title, questions: questions.map(\.question), file: file) }
  }

  /// A question as the index keeps it: what home lists, filters and describes, and one
  /// text-less follow-up for each role and levels its follow-ups are placed at (all that
  /// `Question.fits(_:)` looks at). Coded as one flat list of texts: decoding every question
  /// and follow-up as keyed containers made reading the index dearer than drawing the frame.
  struct QuestionOutline: Sendable, Equatable, Codable {
    var id: String
    var title: String
    var prompt: String
    var levels: [Level]
    var formats: [String]
    var placements: [FollowUp]

    init(_ question: Question) {
      id = question.id
      title = question.title
      prompt = question.prompt
      levels = question.levels
      formats = question.formats
      placements = []
      for followUp in question.followUps {
        guard let role = followUp.role,
          !placements.contains(where: { $0.role == role && $0.levels == followUp.levels })
        else { continue }
        placements.append(FollowUp(role: role, levels: followUp.levels, text: ""))
      }
    }

    var question: Question {
      Question(id: id, title: title, levels: levels, formats: formats, prompt: prompt, followUps: placements)
    }

    // [id, title, prompt, "L6,L7", "format,format", "role=L6,L7;role="]
    init(from decoder: any Decoder) throws {
      var container = try decoder.unkeyedContainer()
      id = try container.decode(String.self)
      title = try container.decode(String.self)
      prompt = try container.decode(String.self)
      levels = try Self.levels(try container.decode(String.self), in: container)
      formats = try container.decode(String.self).split(separator: ",").map(String.init)
      placements = try container.decode(String.self).split(separator: ";").map { placement in
        let parts = placement.split(separator: "=", omittingEmptySubsequences: false)
        guard parts.count == 2, let role = PhaseRole(rawValue: String(parts[0])) else {
          throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad placement '\(placement)'")
        }
        return FollowUp(role: role, levels: try Self.levels(String(parts[1]), in: container), text: "")
      }
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.unkeyedContainer()
      try container.encode(id)
      try container.encode(title)
      try container.encode(prompt)
      try container.encode(levels.map(\.rawValue).joined(separator: ","))
      try container.encode(formats.joined(separator: ","))
      try container.encode(
        placements.map { ($0.role?.rawValue ?? "") + "=" + $0.levels.map(\.rawValue).joined(separator: ",") }
          .joined(separator: ";"))
    }

    private static func levels(_ text: String, in container: UnkeyedDecodingContainer) throws -> [Level] {
      try text.split(separator: ",").map { name in
        guard let level = Level(rawValue: String(name)) else {
          throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown level '\(name)'")
        }
        return level
      }
    }
  }
}
