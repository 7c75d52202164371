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
    guard !text.isBlank else {
      throw ContentError(file: file, line: 1, column: 1, message: "the file is empty")
    }
    let node: Node?
    do {
      // No tag resolution: the reader takes every scalar as text and converts it itself, and
      // resolving tags by regular expression (for Yams' check of duplicate keys) cost a third
      // of the parse.
      node = try Yams.compose(yaml: text, .basic)
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
    // Every phase is read even when one fails, so all their errors are listed; a format with
    // any error is not loaded (its timing would be wrong).
    var found = ContentErrorCollector()
    var seen = Set<String>()
    var phases: [Phase] = []
    for reader in phaseReaders {
      let phase = found.check { () throws -> Phase in
        let phase = try reader.mapping(allowedKeys: ["id", "title", "minutes", "goal", "checklist", "roles", "prompts"])
        let idReader = try phase.required("id")
        let id = try idReader.identifier()
        guard seen.insert(id).inserted else { throw idReader.error("duplicate phase id '\(id)'") }
        return Phase(
          id: id, title: try phase.required("title").text(), minutes: try phase.required("minutes").positiveInteger(),
          goal: try phase.required("goal").text(),
          checklist: try phase.required("checklist").textList(allowEmpty: false),
          roles: try roles(from: phase.required("roles")), prompts: try phase.optional("prompts")?.textList() ?? [])
      }
      if let phase { phases.append(phase) }
    }
    let id = found.check { try map.required("id").identifier() }
    let title = found.check { try map.required("title").text() }
    let description = found.check { try map.optional("description")?.text() }
    let rubricID = found.check { try map.optional("rubric")?.identifier() }
    try found.finish()
    guard let id, let title else { throw root.error("the format could not be read") }
    return InterviewFormat(
      id: id, title: title, level: level, description: description ?? nil, rubricID: rubricID ?? nil, phases: phases)
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

  /// A deck and where its questions sit, with the errors of the questions that could not be
  /// read: those are left out and the rest load. A deck whose own keys are wrong, or with no
  /// question or drill left, throws every error found.
  static func deck(from root: YAMLReader, file: String) throws -> (Deck, [String: QuestionLocations], [ContentError]) {
    let map = try root.mapping(allowedKeys: ["id", "title", "description", "questions", "estimates"])
    var found = ContentErrorCollector()
    let id = found.check { try map.required("id").identifier() }
    let title = found.check { try map.required("title").text() }
    let description = found.check { try map.optional("description")?.text() }
    let estimates = found.check { try map.optional("estimates").map(estimationDrills(from:)) ?? [] } ?? []
    let hasEstimates = map.optional("estimates") != nil
    let questionReaders =
      found.check { try hasEstimates ? map.optional("questions")?.list() ?? [] : map.required("questions").list() }
      ?? []
    if questionReaders.isEmpty && !hasEstimates && found.errors.isEmpty {
      found.record(try map.required("questions").error("'questions' needs at least one question"))
    }
    var seen = Set<String>()
    var questions: [Question] = []
    var readers: [String: QuestionLocations] = [:]
    for reader in questionReaders {
      guard let question = found.check({ try self.question(from: reader) }) else { continue }
      guard seen.insert(question.id).inserted else {
        found.record(reader.error("duplicate question id '\(question.id)'"))
        continue
      }
      questions.append(question)
      let map = try? reader.mapping(allowedKeys: questionKeys)
      readers[question.id] = QuestionLocations(
        question: reader.location, formats: ((try? map?.optional("formats")?.list()) ?? []).map(\.location),
        followUps: ((try? map?.optional("follow_ups")?.list()) ?? []).map { item in
          // Errors about a follow-up's place point at its role.
          ((try? item.mapping(allowedKeys: followUpKeys))?.optional("role") ?? item).location
        }, dimensions: ((try? map?.optional("dimensions")?.list()) ?? []).map(\.location))
    }
    guard let id, let title, !questions.isEmpty || !estimates.isEmpty else {
      try found.finish()
      throw root.error("the deck holds no question that could be read")
    }
    let deck = Deck(
      id: id, title: title, description: description ?? nil, questions: questions, estimates: estimates, file: file)
    return (deck, readers, ContentErrorCollector.ordered(found.errors))
  }

  static let questionKeys: Set<String> = [
    "id", "title", "levels", "formats", "source", "prompt", "requirements", "scale", "focus", "follow_ups",
    "pitfalls", "reference", "dimensions",
  ]

  /// A question, its fields checked one by one so that every error in it is reported.
  static func question(from reader: YAMLReader) throws -> Question {
    let map = try reader.mapping(allowedKeys: questionKeys)
    var found = ContentErrorCollector()
    let id = found.check { try map.required("id").identifier() }
    let title = found.check { try map.required("title").text() }
    let levels = found.check { () throws -> [Level] in
      let levelsReader = try map.required("levels")
      let levels = try levelsReader.levels()
      guard !levels.isEmpty else { throw levelsReader.error("'levels' needs at least one of L6, L7") }
      return levels
    }
    let formats = found.check { try map.optional("formats")?.list().map { try $0.identifier() } ?? [] }
    let source = found.check { try map.optional("source")?.text() }
    let prompt = found.check { try map.required("prompt").text() }
    let requirements = found.check {
      try map.required("requirements").mapping(allowedKeys: ["functional", "non_functional"])
    }
    let functional = requirements.flatMap { map in found.check { try map.required("functional").textList() } }
    let nonFunctional = requirements.flatMap { map in found.check { try map.required("non_functional").textList() } }
    let scale = found.check { try map.optional("scale")?.textList() ?? [] }
    let focus = found.check { try map.optional("focus")?.textList() ?? [] }
    let followUpReaders = found.check { try map.optional("follow_ups")?.list() ?? [] } ?? []
    var followUps: [FollowUp] = []
    for item in followUpReaders {
      if let followUp = found.check({ try Self.followUp(from: item) }) { followUps.append(followUp) }
    }
    let pitfalls = found.check { try map.optional("pitfalls")?.textList() ?? [] }
    let reference = found.check { try map.optional("reference")?.text() }
    let dimensions = found.check { try Self.dimensions(from: map.optional("dimensions")) }
    try found.finish()
    guard let id, let title, let levels, let formats, let source, let prompt, let functional, let nonFunctional,
      let scale, let focus, let pitfalls, let reference, let dimensions
    else { throw reader.error("the question could not be read") }
    return Question(
      id: id, title: title, levels: levels, formats: formats, source: source, prompt: prompt,
      functionalRequirements: functional, nonFunctionalRequirements: nonFunctional, scale: scale, focus: focus,
      followUps: followUps, pitfalls: pitfalls, reference: reference, dimensions: dimensions)
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
