/// How each kind of content is laid out in an index file. Dictionaries are written sorted by
/// key, so the same content always gives the same bytes.
extension ContentIndex.ByteWriter {
  mutating func stamp(_ stamp: ContentIndex.FileStamp) {
    string(stamp.path)
    integer(stamp.size)
    optional(stamp.modified) { $0.double($1) }
    optional(stamp.digest) { $0.string($1) }
  }

  mutating func format(_ format: InterviewFormat) {
    string(format.id)
    string(format.title)
    optional(format.level) { $0.string($1.rawValue) }
    optional(format.description) { $0.string($1) }
    optional(format.rubricID) { $0.string($1) }
    list(format.phases) { writer, phase in
      writer.string(phase.id)
      writer.string(phase.title)
      writer.integer(phase.minutes)
      writer.string(phase.goal)
      writer.strings(phase.checklist)
      writer.list(phase.roles) { $0.string($1.rawValue) }
      writer.strings(phase.prompts)
    }
  }

  mutating func rubric(_ rubric: Rubric) {
    string(rubric.id)
    string(rubric.title)
    integer(rubric.scale.minimum)
    integer(rubric.scale.maximum)
    strings(rubric.scale.labels)
    strings(rubric.scale.meanings)
    list(rubric.dimensions) { writer, dimension in
      writer.string(dimension.id)
      writer.string(dimension.title)
      writer.levels(dimension.levels)
      writer.byte(dimension.isCore ? 1 : 0)
      writer.list(dimension.expectations.sorted { $0.key < $1.key }) { writer, entry in
        writer.string(entry.key.rawValue)
        writer.string(entry.value)
      }
      writer.list(dimension.anchors.sorted { $0.key < $1.key }) { writer, entry in
        writer.string(entry.key.rawValue)
        writer.strings(entry.value)
      }
    }
    list(rubric.bars.sorted { $0.key < $1.key }) { writer, entry in
      writer.string(entry.key.rawValue)
      writer.optional(entry.value.minimumEach) { $0.integer($1) }
      writer.optional(entry.value.coreAverage) { $0.double($1) }
      writer.list(entry.value.required.sorted { $0.key < $1.key }) { writer, required in
        writer.string(required.key)
        writer.integer(required.value)
      }
    }
    list(rubric.selfAssessment) { writer, group in
      writer.string(group.id)
      writer.string(group.title)
      writer.strings(group.items)
    }
  }

  mutating func theme(_ theme: Theme) {
    string(theme.id)
    string(theme.title)
    list(theme.styles.sorted { $0.key < $1.key }) { writer, entry in
      writer.string(entry.key)
      let style = entry.value
      for color in [style.foreground, style.background, style.foreground8, style.background8] {
        switch color {
        case nil: writer.byte(0)
        case .terminalDefault: writer.byte(1)
        case .indexed(let index):
          writer.byte(2)
          writer.byte(index)
        }
      }
      var mask: UInt8 = 0
      for (bit, attribute) in TextAttribute.allCases.enumerated() where style.attributes.contains(attribute) {
        mask |= 1 << UInt8(bit)
      }
      writer.byte(mask)
    }
  }

  mutating func deck(_ deck: ContentIndex.DeckOutline) {
    string(deck.id)
    string(deck.title)
    string(deck.file)
    list(deck.questions) { writer, question in
      writer.string(question.id)
      writer.string(question.title)
      writer.string(question.prompt)
      writer.levels(question.levels)
      writer.strings(question.formats)
      writer.strings(question.dimensions)
      writer.list(question.placements) { writer, placement in
        writer.optional(placement.role) { $0.string($1.rawValue) }
        writer.levels(placement.levels)
      }
    }
  }

  mutating func error(_ error: ContentError) {
    string(error.file)
    integer(error.line)
    integer(error.column)
    string(error.message)
  }

  mutating func levels(_ levels: [Level]) { list(levels) { $0.string($1.rawValue) } }
}

extension ContentIndex.ByteReader {
  mutating func stamp() throws -> ContentIndex.FileStamp {
    ContentIndex.FileStamp(
      path: try string(), size: try integer(), modified: try optional { try $0.double() },
      digest: try optional { try $0.string() })
  }

  mutating func format() throws -> InterviewFormat {
    InterviewFormat(
      id: try string(), title: try string(), level: try optional { try $0.named(Level.self) },
      description: try optional { try $0.string() }, rubricID: try optional { try $0.string() },
      phases: try list { reader in
        Phase(
          id: try reader.string(), title: try reader.string(), minutes: try reader.integer(), goal: try reader.string(),
          checklist: try reader.strings(), roles: try reader.list { try $0.named(PhaseRole.self) },
          prompts: try reader.strings())
      })
  }

  mutating func rubric() throws -> Rubric {
    let id = try string()
    let title = try string()
    let scale = RubricScale(
      minimum: try integer(), maximum: try integer(), labels: try strings(), meanings: try strings())
    let dimensions = try list { reader in
      RubricDimension(
        id: try reader.string(), title: try reader.string(), levels: try reader.levels(), isCore: try reader.bool(),
        expectations: try reader.dictionary { try $0.string() },
        anchors: try reader.dictionary { try $0.strings() })
    }
    let bars = try dictionary { reader in
      BarRule(
        minimumEach: try reader.optional { try $0.integer() }, coreAverage: try reader.optional { try $0.double() },
        required: Dictionary(
          try reader.list { (try $0.string(), try $0.integer()) }, uniquingKeysWith: { first, _ in first }))
    }
    let groups = try list { reader in
      SelfAssessmentGroup(id: try reader.string(), title: try reader.string(), items: try reader.strings())
    }
    return Rubric(id: id, title: title, scale: scale, dimensions: dimensions, bars: bars, selfAssessment: groups)
  }

  mutating func theme() throws -> Theme {
    let id = try string()
    let title = try string()
    let styles = try list { reader in
      let role = try reader.string()
      var colors: [ThemeColor?] = []
      for _ in 0..<4 {
        switch try reader.byte() {
        case 0: colors.append(nil)
        case 1: colors.append(.terminalDefault)
        case 2: colors.append(.indexed(try reader.byte()))
        default: throw Malformed()
        }
      }
      let mask = try reader.byte()
      guard mask >> TextAttribute.allCases.count == 0 else { throw Malformed() }
      let attributes = TextAttribute.allCases.enumerated().filter { mask & (1 << UInt8($0.offset)) != 0 }.map(\.element)
      let style = ThemeStyle(
        foreground: colors[0], background: colors[1], foreground8: colors[2], background8: colors[3],
        attributes: Set(attributes))
      return (role, style)
    }
    return Theme(id: id, title: title, styles: Dictionary(styles, uniquingKeysWith: { first, _ in first }))
  }

  mutating func deck() throws -> ContentIndex.DeckOutline {
    ContentIndex.DeckOutline(
      id: try string(), title: try string(), file: try string(),
      questions: try list { reader in
        ContentIndex.QuestionOutline(
          id: try reader.string(), title: try reader.string(), prompt: try reader.string(), levels: try reader.levels(),
          formats: try reader.strings(), dimensions: try reader.strings(),
          placements: try reader.list { reader in
            FollowUp(role: try reader.optional { try $0.named(PhaseRole.self) }, levels: try reader.levels(), text: "")
          })
      })
  }

  mutating func error() throws -> ContentError {
    ContentError(file: try string(), line: try integer(), column: try integer(), message: try string())
  }

  mutating func levels() throws -> [Level] { try list { try $0.named(Level.self) } }

  /// A dictionary keyed by level, written as a list of level and value.
  mutating func dictionary<T>(_ value: (inout Self) throws -> T) throws -> [Level: T] {
    let entries = try list { reader in (try reader.named(Level.self), try value(&reader)) }
    return Dictionary(entries, uniquingKeysWith: { first, _ in first })
  }
}
