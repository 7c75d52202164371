/// What an expression came to: the value in the unit it is shown in, that unit, and the two
/// written together ("365 TB"). `quantity` is the same value in base units, for comparing.
public struct CalculatorResult: Sendable, Equatable, Codable {
  public var value: Double
  public var unit: String
  public var text: String
  public var quantity: Quantity

  private enum CodingKeys: String, CodingKey { case value, unit, text }

  public init(value: Double, unit: String, text: String, quantity: Quantity) {
    self.value = value
    self.unit = unit
    self.text = text
    self.quantity = quantity
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    value = try container.decode(Double.self, forKey: .value)
    unit = try container.decode(String.self, forKey: .unit)
    text = try container.decode(String.self, forKey: .text)
    quantity = Quantity(value)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(unit, forKey: .unit)
    try container.encode(text, forKey: .text)
  }
}

/// The unit-aware calculator of estimates: `100M req/day in /s` is `1,157 req/s`, `5 TB + 3 s`
/// is the error "cannot add TB and s at column 6". Pure and thread-safe.
///
/// See `CalculatorParser` for the grammar, `UnitTable` for the units, `EstimateConstants` for
/// the named figures, `CountNoun` for counted nouns and `QuantityFormatter` for how results are
/// written. `inputs` are named quantities (a drill's) that words resolve to first.
public enum Calculator {
  public static func evaluate(_ text: String, inputs: [String: Quantity] = [:]) throws -> CalculatorResult {
    let statement = try CalculatorParser.parse(text)
    var evaluator = CalculatorEvaluator(inputs: inputs)
    let quantity = try evaluator.value(of: statement.expression)
    guard quantity.value.isFinite else {
      throw CalculatorError(.overflow, "the result is too large to represent", column: 1)
    }
    guard let target = statement.target else {
      let shown = QuantityFormatter(spellings: evaluator.spellings).display(quantity)
      return CalculatorResult(value: shown.value, unit: shown.unit, text: shown.text, quantity: quantity)
    }
    let unit = try evaluator.value(of: target.expression)
    guard unit.value != 0 else {
      throw CalculatorError(.divisionByZero, "cannot convert to a unit of size zero", column: target.column)
    }
    let formatter = QuantityFormatter(spellings: evaluator.spellings)
    guard let shown = formatter.converted(quantity, to: unit, written: target.text, isPer: target.isPer) else {
      throw CalculatorError(
        .unitClash, "cannot convert \(evaluator.name(of: quantity)) to \(target.text)", column: target.column)
    }
    guard shown.value.isFinite else {
      throw CalculatorError(.overflow, "the result is too large to represent", column: target.column)
    }
    return CalculatorResult(value: shown.value, unit: shown.unit, text: shown.text, quantity: quantity)
  }

  /// The value of an expression in base units, and how its counted nouns were written.
  public static func quantity(_ text: String, inputs: [String: Quantity] = [:]) throws -> Quantity {
    try evaluate(text, inputs: inputs).quantity
  }
}
