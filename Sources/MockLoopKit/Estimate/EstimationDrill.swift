import Foundation

/// What an estimation drill is about.
public enum EstimateTopic: String, Sendable, Codable, CaseIterable {
  case storage, throughput, bandwidth, memory, servers, cost
}

/// A named figure a drill gives, as a calculator expression (`100M links/month`).
public struct DrillInput: Sendable, Codable, Equatable {
  public var name: String
  public var expression: String

  public init(name: String, expression: String) {
    self.name = name
    self.expression = expression
  }
}

/// One estimation drill of a deck: a short scenario, the quantity asked with its unit, the
/// figures given, and the expected answer as a calculator expression over those figures, so
/// the deck holds the arithmetic rather than a typed number.
///
/// Invariants (checked on load): every input and `expected` evaluate; inputs are named with
/// lower-case words joined by `_` that are no unit or constant; `expected` has the dimension
/// of `unit` and is positive; `minutes` is 2 to 5.
public struct EstimationDrill: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var topic: EstimateTopic
  /// The id of the deck question whose scenario it draws on, for authors.
  public var question: String?
  public var scenario: String
  /// The quantity asked, in words ("storage for five years of links").
  public var asked: String
  /// The unit the answer is asked in, as the calculator writes it ("TB", "req/s").
  public var unit: String
  public var inputs: [DrillInput]
  public var expected: String
  public var explanation: String
  public var minutes: Int

  public static let minuteRange = 2...5

  public init(
    id: String, title: String, topic: EstimateTopic, question: String? = nil, scenario: String, asked: String,
    unit: String, inputs: [DrillInput], expected: String, explanation: String, minutes: Int
  ) {
    self.id = id
    self.title = title
    self.topic = topic
    self.question = question
    self.scenario = scenario
    self.asked = asked
    self.unit = unit
    self.inputs = inputs
    self.expected = expected
    self.explanation = explanation
    self.minutes = minutes
  }

  /// The inputs evaluated in order (a later input may use an earlier one).
  public func evaluatedInputs() throws -> [String: Quantity] {
    var values: [String: Quantity] = [:]
    for input in inputs { values[input.name] = try Calculator.quantity(input.expression, inputs: values) }
    return values
  }

  /// The expected answer, written in the asked unit.
  public func expectedResult() throws -> CalculatorResult {
    try Calculator.evaluate("(\(expected)) in \(unit)", inputs: try evaluatedInputs())
  }

  /// The asked unit as a quantity (its size and dimension).
  public func askedUnit() throws -> Quantity { try Calculator.quantity(unit) }

  /// Judges what the candidate typed: a number (taken in the asked unit), a quantity, or an
  /// expression of their own (the drill's input names are not available to it). An answer
  /// without counted nouns counts what the question counts, so `1200/s` answers `req/s`.
  public func judge(_ answer: String) throws -> EstimateJudgement {
    let asked = try askedUnit()
    let expectedValue = try Calculator.quantity(expected, inputs: try evaluatedInputs()).value
    let given = try Calculator.evaluate(answer)
    var value = given.quantity.value
    let dimension = given.quantity.dimension
    if dimension.isDimensionless {
      value *= asked.value
    } else if dimension != asked.dimension
      && !(dimension.nouns.isDimensionless && dimension == asked.dimension.withoutNouns)
    {
      let askedName = CalculatorEvaluator().name(of: asked)
      throw CalculatorError(
        .unitClash, "the answer is in \(given.unit) but the drill asks for \(askedName) (\(unit))", column: 1)
    }
    let shown = QuantityFormatter.join(QuantityFormatter.number(value / asked.value, suffixes: false), unit)
    return EstimateJudgement(
      answerText: shown, answerValue: value, expectedValue: expectedValue,
      grade: EstimateScoring.grade(answer: value, expected: expectedValue),
      ratio: EstimateScoring.factor(answer: value, expected: expectedValue) == nil ? nil : value / expectedValue)
  }
}

/// The outcome of one answer to a drill.
public struct EstimateJudgement: Sendable, Equatable {
  /// The answer written in the asked unit.
  public var answerText: String
  /// Both in base units.
  public var answerValue: Double
  public var expectedValue: Double
  public var grade: EstimateGrade
  /// The answer over the expected value; nil when not comparable.
  public var ratio: Double?
}
