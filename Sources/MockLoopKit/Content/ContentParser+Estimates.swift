import Foundation
import Yams

/// Estimation drills of a deck (`estimates:`), read strictly. Every figure and the expected
/// answer are evaluated while the file is read, so an expression that does not compute, or an
/// answer in another unit than the one asked, is an error at its line and column.
extension ContentParser {
  static let estimateKeys: Set<String> = [
    "id", "title", "topic", "question", "minutes", "scenario", "asked", "inputs", "expected", "explanation",
  ]

  static func estimationDrills(from reader: YAMLReader) throws -> [EstimationDrill] {
    let items = try reader.list()
    guard !items.isEmpty else { throw reader.error("'estimates' needs at least one drill") }
    // Every drill is read even when one fails, so all their errors are listed.
    var found = ContentErrorCollector()
    var seen = Set<String>()
    var drills: [EstimationDrill] = []
    for item in items {
      guard let drill = found.check({ try estimationDrill(from: item) }) else { continue }
      guard seen.insert(drill.id).inserted else {
        found.record(item.error("duplicate drill id '\(drill.id)'"))
        continue
      }
      drills.append(drill)
    }
    try found.finish()
    return drills
  }

  static func estimationDrill(from reader: YAMLReader) throws -> EstimationDrill {
    let map = try reader.mapping(allowedKeys: estimateKeys)
    let topicReader = try map.required("topic")
    let topicText = try topicReader.text()
    guard let topic = EstimateTopic(rawValue: topicText) else {
      let known = EstimateTopic.allCases.map(\.rawValue).joined(separator: ", ")
      throw topicReader.error("unknown topic '\(topicText)' (expected one of: \(known))")
    }
    let minutesReader = try map.required("minutes")
    let minutes = try minutesReader.integer()
    guard EstimationDrill.minuteRange.contains(minutes) else {
      throw minutesReader.error("'\(minutesReader.path)' must be 2 to 5 minutes, found \(minutes)")
    }
    let asked = try map.required("asked").mapping(allowedKeys: ["quantity", "unit"])
    let unitReader = try asked.required("unit")
    let unit = try unitReader.text()
    let unitValue = try evaluate(unit, at: unitReader, inputs: [:])
    let (inputs, values) = try drillInputs(from: try map.required("inputs"))
    let expectedReader = try map.required("expected")
    let expected = try expectedReader.text()
    let value = try evaluate(expected, at: expectedReader, inputs: values)
    if value.dimension != unitValue.dimension {
      let formatter = CalculatorEvaluator()
      throw expectedReader.error(
        "'\(expectedReader.path)' comes to \(formatter.name(of: value)), not the asked unit '\(unit)'")
    }
    guard value.value > 0 else {
      throw expectedReader.error("'\(expectedReader.path)' must come to a positive amount, found \(value.value)")
    }
    let used = Set(words(of: expected) + inputs.flatMap { words(of: $0.expression) })
    if let unused = inputs.first(where: { !used.contains($0.name) }) {
      throw try map.required("inputs").error("input '\(unused.name)' is given but never used")
    }
    return EstimationDrill(
      id: try map.required("id").identifier(), title: try map.required("title").text(), topic: topic,
      question: try map.optional("question")?.identifier(), scenario: try map.required("scenario").text(),
      asked: try asked.required("quantity").text(), unit: unit, inputs: inputs, expected: expected,
      explanation: try map.required("explanation").text(), minutes: minutes)
  }

  /// The `inputs:` mapping in file order: each name a lower-case word or words joined by `_`
  /// that is no unit or constant, each value an expression over the inputs before it.
  private static func drillInputs(from reader: YAMLReader) throws -> ([DrillInput], [String: Quantity]) {
    guard case .mapping(let mapping) = reader.node else {
      throw reader.error("expected a mapping of names to figures for '\(reader.path)'")
    }
    var inputs: [DrillInput] = []
    var values: [String: Quantity] = [:]
    for (keyNode, valueNode) in mapping {
      let keyReader = YAMLReader(node: keyNode, file: reader.file, path: reader.path)
      let name = try keyReader.text()
      let valueReader = YAMLReader(node: valueNode, file: reader.file, path: "\(reader.path).\(name)")
      guard isInputName(name) else {
        throw keyReader.error(
          "'\(name)' cannot name an input: use lower-case words joined by '_' that are no unit or constant")
      }
      guard values[name] == nil else { throw keyReader.error("input '\(name)' is given twice") }
      let expression = try valueReader.text()
      if words(of: expression).contains(name) {
        // Later figures naming the noun would get this input instead.
        throw keyReader.error("input '\(name)' has the name of a word its figure counts; name it differently")
      }
      values[name] = try evaluate(expression, at: valueReader, inputs: values)
      inputs.append(DrillInput(name: name, expression: expression))
    }
    guard !inputs.isEmpty else { throw reader.error("'\(reader.path)' needs at least one figure") }
    return (inputs, values)
  }

  static func isInputName(_ name: String) -> Bool {
    let parts = name.split(separator: "_", omittingEmptySubsequences: false)
    guard
      !parts.isEmpty,
      parts.allSatisfy({ part in
        !part.isEmpty && part.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
      }),
      let first = name.unicodeScalars.first, ("a"..."z").contains(first)
    else { return false }
    return UnitTable.unit(name) == nil && EstimateConstants.constant(name) == nil
      && UnitTable.ambiguity(of: name) == nil
      && !["in", "per", "x"].contains(name)
  }

  /// The words of an expression (units, names and nouns); empty when it does not tokenize.
  private static func words(of expression: String) -> [String] {
    ((try? CalculatorTokenizer.tokens(of: expression)) ?? []).compactMap { token in
      if case .word(let word) = token.kind { return word }
      return nil
    }
  }

  /// Evaluates an expression of the file, placing an error at its column when the expression
  /// is written on one line.
  private static func evaluate(_ text: String, at reader: YAMLReader, inputs: [String: Quantity]) throws -> Quantity {
    do {
      return try Calculator.quantity(text, inputs: inputs)
    } catch let error as CalculatorError {
      var location = reader.location
      if case .scalar(let scalar) = reader.node, !scalar.string.contains("\n") {
        switch scalar.style {
        case .plain: location.column += error.column - 1
        case .singleQuoted, .doubleQuoted: location.column += error.column
        default: break
        }
      }
      throw location.error("'\(reader.path)': \(error.message) (in '\(text)')")
    }
  }
}
