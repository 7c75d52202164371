import Foundation
import Yams

/// Turns the bytes of one content file into a value, or a located `ContentError`.
enum ContentParser {
  /// Decodes UTF-8 and composes the YAML document, reporting empty files, bad bytes and syntax
  /// errors at their position.
  static func root(of data: Data, file: String) throws -> YAMLReader {
    guard let text = String(data: data, encoding: .utf8) else {
      throw ContentError(
        file: file, line: invalidUTF8Line(in: data), column: 1, message: "the file is not valid UTF-8 text")
    }
    guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
      throw ContentError(file: file, line: 1, column: 1, message: "the file is empty")
    }
    let node: Node?
    do {
      node = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      throw located(error, file: file)
    }
    guard let node else {
      throw ContentError(file: file, line: 1, column: 1, message: "the file holds no YAML document")
    }
    return YAMLReader(node: node, file: file, path: "")
  }

  private static func invalidUTF8Line(in data: Data) -> Int {
    var line = 1
    var start = data.startIndex
    while start < data.endIndex {
      let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
      if String(data: data[start..<end], encoding: .utf8) == nil { return line }
      line += 1
      start = end < data.endIndex ? data.index(after: end) : end
    }
    return line
  }

  private static func located(_ error: YamlError, file: String) -> ContentError {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let detail = context.map { "\(problem) (\($0.text))" } ?? problem
      return ContentError(file: file, line: mark.line, column: mark.column, message: "invalid YAML: \(detail)")
    case .duplicatedKeysInMapping(let duplicates, let context):
      return ContentError(
        file: file, line: context.mark.line, column: context.mark.column,
        message: "duplicate key '\(duplicates.joined(separator: "', '"))'")
    default:
      return ContentError(file: file, line: 1, column: 1, message: "invalid YAML: \(error)")
    }
  }

  // MARK: Formats

  static let formatKeys: Set<String> = ["id", "title", "level", "description", "rubric", "phases"]

  static func format(from root: YAMLReader) throws -> InterviewFormat {
    let map = try root.mapping(allowedKeys: formatKeys)
    let levelReader = try map.required("level")
    let levelText = try levelReader.text()
    let level: Level?
    if levelText == "any" {
      level = nil
    } else if let known = Level(rawValue: levelText) {
      level = known
    } else {
      throw levelReader.error("expected L6, L7 or any for 'level', found '\(levelText)'")
    }
    let phaseReaders = try map.required("phases").list()
    guard !phaseReaders.isEmpty else { throw try map.required("phases").error("'phases' needs at least one phase") }
    var seen = Set<String>()
    let phases = try phaseReaders.map { reader -> Phase in
      let phase = try reader.mapping(allowedKeys: ["id", "title", "minutes", "goal", "checklist", "roles", "prompts"])
      let idReader = try phase.required("id")
      let id = try idReader.identifier()
      guard seen.insert(id).inserted else { throw idReader.error("duplicate phase id '\(id)'") }
      return Phase(
        id: id, title: try phase.required("title").text(), minutes: try phase.required("minutes").positiveInteger(),
        goal: try phase.required("goal").text(), checklist: try phase.required("checklist").textList(allowEmpty: false),
        roles: try roles(from: phase.required("roles")), prompts: try phase.optional("prompts")?.textList() ?? [])
    }
    return InterviewFormat(
      id: try map.required("id").identifier(), title: try map.required("title").text(), level: level,
      description: try map.optional("description")?.text(), rubricID: try map.optional("rubric")?.identifier(),
      phases: phases)
  }

  /// A phase's roles: at least one, each from the fixed set, none twice.
  private static func roles(from reader: YAMLReader) throws -> [PhaseRole] {
    let items = try reader.list()
    guard !items.isEmpty else {
      throw reader.error("'\(reader.path)' needs at least one role (\(PhaseRole.spelledOut))")
    }
    var roles: [PhaseRole] = []
    for item in items {
      let role = try item.role()
      guard !roles.contains(role) else { throw item.error("role '\(role.rawValue)' is listed twice") }
      roles.append(role)
    }
    return roles
  }

  // MARK: Decks

  static func deck(from root: YAMLReader, file: String) throws -> (Deck, [String: QuestionLocations]) {
    let map = try root.mapping(allowedKeys: ["id", "title", "description", "questions", "estimates"])
    let estimates = try map.optional("estimates").map(estimationDrills(from:)) ?? []
    let questionReaders =
      try estimates.isEmpty ? map.required("questions").list() : map.optional("questions")?.list() ?? []
    if questionReaders.isEmpty && estimates.isEmpty {
      throw try map.required("questions").error("'questions' needs at least one question")
    }
    var seen = Set<String>()
    var readers: [String: QuestionLocations] = [:]
    let questions = try questionReaders.map { reader -> Question in
      let question = try self.question(from: reader)
      guard seen.insert(question.id).inserted else {
        throw reader.error("duplicate question id '\(question.id)'")
      }
      let map = try? reader.mapping(allowedKeys: questionKeys)
      readers[question.id] = QuestionLocations(
        question: reader.location, formats: ((try? map?.optional("formats")?.list()) ?? []).map(\.location),
        followUps: ((try? map?.optional("follow_ups")?.list()) ?? []).map { item in
          // Errors about a follow-up's place point at its role.
          ((try? item.mapping(allowedKeys: followUpKeys))?.optional("role") ?? item).location
        }, dimensions: ((try? map?.optional("dimensions")?.list()) ?? []).map(\.location))
      return question
    }
    let deck = Deck(
      id: try map.required("id").identifier(), title: try map.required("title").text(),
      description: try map.optional("description")?.text(), questions: questions, estimates: estimates, file: file)
    return (deck, readers)
  }

  static let questionKeys: Set<String> = [
    "id", "title", "levels", "formats", "source", "prompt", "requirements", "scale", "focus", "follow_ups",
    "pitfalls", "reference", "dimensions",
  ]

  static func question(from reader: YAMLReader) throws -> Question {
    let map = try reader.mapping(allowedKeys: questionKeys)
    let levelsReader = try map.required("levels")
    let levels = try levelsReader.levels()
    guard !levels.isEmpty else { throw levelsReader.error("'levels' needs at least one of L6, L7") }
    let requirements = try map.required("requirements").mapping(allowedKeys: ["functional", "non_functional"])
    let followUps = try map.optional("follow_ups")?.list().map(followUp(from:))
    return Question(
      id: try map.required("id").identifier(), title: try map.required("title").text(), levels: levels,
      formats: try map.optional("formats")?.list().map { try $0.identifier() } ?? [],
      source: try map.optional("source")?.text(), prompt: try map.required("prompt").text(),
      functionalRequirements: try requirements.required("functional").textList(),
      nonFunctionalRequirements: try requirements.required("non_functional").textList(),
      scale: try map.optional("scale")?.textList() ?? [], focus: try map.optional("focus")?.textList() ?? [],
      followUps: followUps ?? [], pitfalls: try map.optional("pitfalls")?.textList() ?? [],
      reference: try map.optional("reference")?.text(), dimensions: try dimensions(from: map.optional("dimensions")))
  }

  static let followUpKeys: Set<String> = ["role", "at", "levels", "text", "answer"]

  /// A follow-up: placed by `role` and `at` (a fraction of the role's span), or on demand
  /// with neither; always with a 3-6 point answer note.
  static func followUp(from item: YAMLReader) throws -> FollowUp {
    let map = try item.mapping(allowedKeys: followUpKeys)
    let roleReader = map.optional("role")
    let atReader = map.optional("at")
    let role = try roleReader?.role()
    var position: Double?
    if let atReader {
      guard role != nil else {
        throw atReader.error(
          "a follow-up with 'at' needs a 'role': the phase role it belongs to (one of: \(PhaseRole.spelledOut))")
      }
      let value = try atReader.number()
      guard value >= 0 && value < 1 else {
        throw atReader.error(
          "'\(atReader.path)' must be a fraction of its role's span, 0 <= at < 1, found \(atReader.scalarText)")
      }
      position = value
    } else if let roleReader {
      throw roleReader.error("a follow-up with a 'role' needs 'at': where in that role's span it comes (0 <= at < 1)")
    }
    let answerReader = try map.required("answer")
    let answer = try answerReader.textList()
    guard FollowUp.answerPoints.contains(answer.count) else {
      throw answerReader.error(
        "'\(answerReader.path)' needs \(FollowUp.answerPoints.lowerBound) to \(FollowUp.answerPoints.upperBound) points, found \(answer.count)"
      )
    }
    return FollowUp(
      role: role, at: position, levels: try map.optional("levels")?.levels() ?? [],
      text: try map.required("text").text(),
      answer: answer)
  }
}
