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

extension ContentIndex {
  /// A theme as the index keeps it: each role's style as one text, "fg,bg,fg8,bg8,attributes"
  /// (a colour is its palette index, "d" for the terminal's default or empty when unset;
  /// attributes joined by "+"). The nested keyed coding of every colour made the four
  /// built-in themes cost the index as much as all the questions.
  struct ThemeOutline: Sendable, Equatable, Codable {
    var theme: Theme

    init(_ theme: Theme) { self.theme = theme }

    init(from decoder: any Decoder) throws {
      var container = try decoder.unkeyedContainer()
      let id = try container.decode(String.self)
      let title = try container.decode(String.self)
      let coded = try container.decode([String: String].self)
      var styles: [String: ThemeStyle] = [:]
      for (role, text) in coded {
        guard let style = Self.style(text) else {
          throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad style '\(text)'")
        }
        styles[role] = style
      }
      theme = Theme(id: id, title: title, styles: styles)
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.unkeyedContainer()
      try container.encode(theme.id)
      try container.encode(theme.title)
      try container.encode(theme.styles.mapValues(Self.text(of:)))
    }

    private static func text(of style: ThemeStyle) -> String {
      let colors = [style.foreground, style.background, style.foreground8, style.background8].map { color in
        switch color {
        case nil: ""
        case .terminalDefault: "d"
        case .indexed(let index): String(index)
        }
      }
      let attributes = TextAttribute.allCases.filter(style.attributes.contains).map(\.rawValue)
      return (colors + [attributes.joined(separator: "+")]).joined(separator: ",")
    }

    private static func style(_ text: String) -> ThemeStyle? {
      let parts = text.split(separator: ",", omittingEmptySubsequences: false)
      guard parts.count == 5 else { return nil }
      var colors: [ThemeColor?] = []
      for part in parts.prefix(4) {
        switch part {
        case "": colors.append(nil)
        case "d": colors.append(.terminalDefault)
        default:
          guard let index = UInt8(part) else { return nil }
          colors.append(.indexed(index))
        }
      }
      var attributes: Set<TextAttribute> = []
      for name in parts[4].split(separator: "+") {
        guard let attribute = TextAttribute(rawValue: String(name)) else { return nil }
        attributes.insert(attribute)
      }
      return ThemeStyle(
        foreground: colors[0], background: colors[1], foreground8: colors[2], background8: colors[3],
        attributes: attributes)
    }
  }
}
