import Foundation

/// Computes the value of a parsed expression. A word is, in this order: a named input (a
/// drill's), a constant of `EstimateConstants`, a unit of `UnitTable`, or else a counted noun.
struct CalculatorEvaluator {
  var inputs: [String: Quantity]
  /// How each counted noun was first written, by its key ("reqs" for `req`).
  private(set) var spellings: [String: String] = [:]

  init(inputs: [String: Quantity] = [:]) { self.inputs = inputs }

  mutating func value(of expression: CalculatorExpression) throws -> Quantity {
    switch expression {
    case .number(let value, _):
      return Quantity(value)
    case .word(let word, let column):
      return try resolve(word, column: column)
    case .negate(let operand, _):
      var quantity = try value(of: operand)
      quantity.value = -quantity.value
      return quantity
    case .binary(let symbol, let left, let right, let column):
      let lhs = try value(of: left)
      let rhs = try value(of: right)
      let result = try combine(symbol, lhs, rhs, column: column)
      guard result.value.isFinite else {
        throw CalculatorError(.overflow, "the result is too large to represent", column: column)
      }
      return result
    }
  }

  mutating func resolve(_ word: String, column: Int) throws -> Quantity {
    if let input = inputs[word] { return input }
    if let constant = EstimateConstants.constant(word) { return Quantity(constant.seconds, .time) }
    if let unit = UnitTable.unit(word) { return Quantity(unit.factor, unit.dimension) }
    if let ambiguity = UnitTable.ambiguity(of: word) { throw CalculatorError(.syntax, ambiguity, column: column) }
    let key = CountNoun.key(word)
    if spellings[key] == nil { spellings[key] = word }
    return Quantity(1, QuantityDimension([.noun(key): 1]))
  }

  private func combine(_ symbol: Character, _ lhs: Quantity, _ rhs: Quantity, column: Int) throws -> Quantity {
    switch symbol {
    case "+", "-":
      guard lhs.dimension == rhs.dimension else {
        let verb = symbol == "+" ? "add" : "subtract"
        throw CalculatorError(
          .unitClash, "cannot \(verb) \(name(of: lhs)) and \(name(of: rhs))", column: column)
      }
      return Quantity(symbol == "+" ? lhs.value + rhs.value : lhs.value - rhs.value, lhs.dimension)
    case "*":
      return Quantity(lhs.value * rhs.value, lhs.dimension * rhs.dimension)
    case "/":
      guard rhs.value != 0 else { throw CalculatorError(.divisionByZero, "division by zero", column: column) }
      return Quantity(lhs.value / rhs.value, lhs.dimension / rhs.dimension)
    case "^":
      guard rhs.dimension.isDimensionless else {
        throw CalculatorError(.unitClash, "an exponent is a plain number, not \(name(of: rhs))", column: column)
      }
      if lhs.dimension.isDimensionless { return Quantity(Foundation.pow(lhs.value, rhs.value)) }
      guard rhs.value == rhs.value.rounded(), abs(rhs.value) <= 64 else {
        throw CalculatorError(
          .unitClash, "\(name(of: lhs)) can only be raised to a whole power, not \(rhs.value)", column: column)
      }
      let power = Int(rhs.value)
      return Quantity(Foundation.pow(lhs.value, rhs.value), lhs.dimension.raised(to: power))
    default:
      throw CalculatorError(.syntax, "unknown operator '\(symbol)'", column: column)
    }
  }

  /// How a quantity's unit is named in messages: the unit a result would be shown in.
  func name(of quantity: Quantity) -> String {
    if quantity.dimension.isDimensionless { return "a plain number" }
    return QuantityFormatter(spellings: spellings).display(quantity).unit
  }
}
