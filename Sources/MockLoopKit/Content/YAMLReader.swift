import Foundation
import Yams

/// Reads one YAML node of a content file strictly: every accessor states the type it expects,
/// and every failure is a `ContentError` pointing at the node's line and column.
struct YAMLReader {
  let node: Node
  let file: String
  /// Where the node sits, for messages ("phases[2].minutes").
  let path: String

  var location: SourceLocation {
    SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
  }

  func error(_ message: String) -> ContentError { location.error(message) }

  private var describedPath: String { path.isEmpty ? "the document" : "'\(path)'" }

  private var kindName: String {
    switch node {
    case .mapping: return "a mapping"
    case .sequence: return "a list"
    case .scalar(let scalar): return scalar.string.isEmpty ? "an empty value" : "'\(scalar.string)'"
    case .alias: return "an alias"
    }
  }

  func mapping(allowedKeys: Set<String>) throws -> MappingReader {
    guard case .mapping(let mapping) = node else {
      throw error("expected a mapping for \(describedPath), found \(kindName)")
    }
    var children: [String: YAMLReader] = [:]
    // Every bad key of the mapping is reported, not only the first.
    var found = ContentErrorCollector()
    for (keyNode, value) in mapping {
      let keyReader = YAMLReader(node: keyNode, file: file, path: path)
      guard case .scalar(let key) = keyNode else {
        found.record(keyReader.error("expected a text key"))
        continue
      }
      let name = key.string
      guard allowedKeys.contains(name) else {
        let known = allowedKeys.sorted().joined(separator: ", ")
        found.record(keyReader.error("unknown key '\(name)' in \(describedPath) (expected one of: \(known))"))
        continue
      }
      if children[name] != nil {
        found.record(keyReader.error("duplicate key '\(name)'"))
        continue
      }
      children[name] = YAMLReader(node: value, file: file, path: path.isEmpty ? name : "\(path).\(name)")
    }
    try found.finish()
    return MappingReader(owner: self, children: children)
  }

  func list() throws -> [YAMLReader] {
    guard case .sequence(let sequence) = node else {
      throw error("expected a list for \(describedPath), found \(kindName)")
    }
    return sequence.enumerated().map { index, child in
      YAMLReader(node: child, file: file, path: "\(path)[\(index)]")
    }
  }

  func text() throws -> String {
    guard case .scalar(let scalar) = node else {
      throw error("expected text for \(describedPath), found \(kindName)")
    }
    let value = scalar.string.trimmingWhitespaceAndNewlines()
    guard !value.isEmpty else { throw error("\(describedPath) must not be empty") }
    return value
  }

  func integer() throws -> Int {
    guard case .scalar(let scalar) = node, let value = Int(scalar.string) else {
      throw error("expected a whole number for \(describedPath), found \(kindName)")
    }
    return value
  }

  func number() throws -> Double {
    guard case .scalar(let scalar) = node, let value = Double(scalar.string), value.isFinite else {
      throw error("expected a number for \(describedPath), found \(kindName)")
    }
    return value
  }

  func positiveInteger() throws -> Int {
    let value = try integer()
    guard value > 0 else { throw error("\(describedPath) must be greater than zero, found \(value)") }
    return value
  }

  func boolean() throws -> Bool {
    guard case .scalar(let scalar) = node else { throw error("expected true or false for \(describedPath)") }
    switch scalar.string.lowercased() {
    case "true", "yes": return true
    case "false", "no": return false
    default: throw error("expected true or false for \(describedPath), found '\(scalar.string)'")
    }
  }

  /// A kebab-case identifier.
  func identifier() throws -> String {
    let value = try text()
    guard Identifier.isValid(value) else {
      throw error(
        "'\(value)' is not a valid id for \(describedPath) (use lowercase letters, digits and single hyphens, e.g. 'url-shortener')"
      )
    }
    return value
  }

  func textList(allowEmpty: Bool = true) throws -> [String] {
    let items = try list().map { try $0.text() }
    if !allowEmpty && items.isEmpty { throw error("\(describedPath) needs at least one item") }
    return items
  }

  func level() throws -> Level {
    let value = try text()
    guard let level = Level(rawValue: value) else {
      throw error("expected L6 or L7 for \(describedPath), found '\(value)'")
    }
    return level
  }

  func levels() throws -> [Level] { try list().map { try $0.level() } }

  func role() throws -> PhaseRole {
    let value = try text()
    guard let role = PhaseRole(rawValue: value) else {
      throw error("unknown role '\(value)' for \(describedPath) (expected one of: \(PhaseRole.spelledOut))")
    }
    return role
  }

  /// The node's text as written, for messages.
  var scalarText: String {
    if case .scalar(let scalar) = node { return scalar.string }
    return kindName
  }
}

/// The keys of one mapping, read by name; missing required keys are reported at the mapping.
struct MappingReader {
  let owner: YAMLReader
  let children: [String: YAMLReader]

  func required(_ key: String) throws -> YAMLReader {
    guard let child = children[key] else {
      let place = owner.path.isEmpty ? "" : " in '\(owner.path)'"
      throw owner.error("missing required key '\(key)'\(place)")
    }
    return child
  }

  func optional(_ key: String) -> YAMLReader? { children[key] }
}

/// The rule for stable, user-facing ids: kebab-case.
public enum Identifier {
  public static func isValid(_ value: String) -> Bool {
    guard !value.isEmpty, !value.hasPrefix("-"), !value.hasSuffix("-"), !value.contains("--") else {
      return false
    }
    return value.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}

/// A place in a content file.
struct SourceLocation: Sendable, Codable {
  var file: String
  var line: Int
  var column: Int

  func error(_ message: String) -> ContentError {
    ContentError(file: file, line: line, column: column, message: message)
  }
}

/// Where a question and its checkable parts sit, for errors found after the file was parsed.
struct QuestionLocations: Sendable {
  var question: SourceLocation
  var formats: [SourceLocation]
  var followUps: [SourceLocation]
  var dimensions: [SourceLocation] = []
}

/// Cached compactly: the file once and the positions as flat lists of numbers, since the
/// content cache decodes these for every question at start-up.
extension QuestionLocations: Codable {
  private enum CodingKeys: String, CodingKey { case file, question, formats, followUps, dimensions }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let file = try container.decode(String.self, forKey: .file)
    func locations(_ key: CodingKeys) throws -> [SourceLocation] {
      let numbers = try container.decode([Int].self, forKey: key)
      return stride(from: 0, to: numbers.count - 1, by: 2).map {
        SourceLocation(file: file, line: numbers[$0], column: numbers[$0 + 1])
      }
    }
    question = try locations(.question).first ?? SourceLocation(file: file, line: 1, column: 1)
    formats = try locations(.formats)
    followUps = try locations(.followUps)
    dimensions = container.contains(.dimensions) ? try locations(.dimensions) : []
  }

  func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    func numbers(_ locations: [SourceLocation]) -> [Int] { locations.flatMap { [$0.line, $0.column] } }
    try container.encode(question.file, forKey: .file)
    try container.encode(numbers([question]), forKey: .question)
    try container.encode(numbers(formats), forKey: .formats)
    try container.encode(numbers(followUps), forKey: .followUps)
    try container.encode(numbers(dimensions), forKey: .dimensions)
  }
}
