/// An expression as parsed, each node with the column of the operator or word it came from.
indirect enum CalculatorExpression: Sendable, Equatable {
  case number(Double, column: Int)
  case word(String, column: Int)
  case negate(CalculatorExpression, column: Int)
  case binary(Character, CalculatorExpression, CalculatorExpression, column: Int)
}

/// A whole input: an expression and, after `in`, the unit to show it in.
struct CalculatorStatement: Sendable, Equatable {
  var expression: CalculatorExpression
  var target: Target?

  /// The unit after `in`, and how it was written.
  struct Target: Sendable, Equatable {
    var expression: CalculatorExpression
    /// The unit as typed, spaces squeezed ("TB/year", "/s").
    var text: String
    /// Written as `/s`: per second, counted nouns carried over.
    var isPer: Bool
    var column: Int
  }
}

/// A recursive-descent parser. From loosest to tightest: `in` (once, at the end), `+ -`,
/// `* /` (and `per`, `x`), unary minus, a product written by juxtaposition (`100 req`, `5 GB`),
/// and `^` (right-associative). So `5 GB / 10 ms` is (5 GB) / (10 ms), `-2^2` is -4 and
/// `2^3^2` is 2^9.
struct CalculatorParser {
  private var tokens: [CalculatorToken]
  private var position = 0
  private let text: [Character]

  init(_ text: String) throws {
    self.text = Array(text)
    tokens = try CalculatorTokenizer.tokens(of: text)
  }

  static func parse(_ text: String) throws -> CalculatorStatement {
    var parser = try CalculatorParser(text)
    return try parser.statement()
  }

  private var current: CalculatorToken { tokens[position] }

  private mutating func advance() { position = min(position + 1, tokens.count - 1) }

  private mutating func statement() throws -> CalculatorStatement {
    if case .end = current.kind { throw CalculatorError(.syntax, "nothing to calculate", column: 1) }
    let expression = try sum()
    var target: CalculatorStatement.Target?
    if case .convert = current.kind {
      let inColumn = current.column
      advance()
      let start = current.column
      var isPer = false
      if case .symbol("/") = current.kind {
        isPer = true
        advance()
      }
      if case .end = current.kind {
        throw CalculatorError(.syntax, "expected a unit after 'in'", column: current.column)
      }
      let unit = try product()
      let end = current.column
      let written = String(text[(start - 1)..<min(end - 1, text.count)])
      let squeezed = written.split(whereSeparator: \.isWhitespace).joined(separator: " ")
      target = CalculatorStatement.Target(
        expression: isPer ? .binary("/", .number(1, column: start), unit, column: start) : unit, text: squeezed,
        isPer: isPer, column: inColumn)
    }
    guard case .end = current.kind else { throw unexpected() }
    return CalculatorStatement(expression: expression, target: target)
  }

  private mutating func sum() throws -> CalculatorExpression {
    var left = try product()
    while case .symbol(let symbol) = current.kind, symbol == "+" || symbol == "-" {
      let column = current.column
      advance()
      left = .binary(symbol, left, try product(), column: column)
    }
    return left
  }

  private mutating func product() throws -> CalculatorExpression {
    var left = try unary()
    while case .symbol(let symbol) = current.kind, symbol == "*" || symbol == "/" {
      let column = current.column
      advance()
      left = .binary(symbol, left, try unary(), column: column)
    }
    return left
  }

  private mutating func unary() throws -> CalculatorExpression {
    if case .symbol(let symbol) = current.kind, symbol == "-" || symbol == "+" {
      let column = current.column
      advance()
      let operand = try unary()
      return symbol == "-" ? .negate(operand, column: column) : operand
    }
    return try juxtaposition()
  }

  /// `100 req`, `5 GB`, `3 (2 + 1)`: a product without an operator. Two plain numbers in a
  /// row are refused, since `1 000` is more likely a typo than a product.
  private mutating func juxtaposition() throws -> CalculatorExpression {
    var left = try power()
    while startsPrimary(current.kind) {
      let column = current.column
      if case .number = current.kind, case .number = left {
        throw CalculatorError(.syntax, "two numbers in a row: put an operator between them", column: column)
      }
      left = .binary("*", left, try power(), column: column)
    }
    return left
  }

  private mutating func power() throws -> CalculatorExpression {
    let base = try primary()
    guard case .symbol("^") = current.kind else { return base }
    let column = current.column
    advance()
    return .binary("^", base, try exponent(), column: column)
  }

  /// The right side of `^`: a signed primary, itself possibly raised (right-associative).
  private mutating func exponent() throws -> CalculatorExpression {
    if case .symbol(let symbol) = current.kind, symbol == "-" || symbol == "+" {
      let column = current.column
      advance()
      let operand = try exponent()
      return symbol == "-" ? .negate(operand, column: column) : operand
    }
    return try power()
  }

  private mutating func primary() throws -> CalculatorExpression {
    let token = current
    switch token.kind {
    case .number(let value):
      advance()
      return .number(value, column: token.column)
    case .word(let word):
      advance()
      return .word(word, column: token.column)
    case .symbol("("):
      advance()
      let inner = try sum()
      guard case .symbol(")") = current.kind else {
        if case .end = current.kind {
          throw CalculatorError(.syntax, "'(' is never closed", column: token.column)
        }
        throw unexpected()
      }
      advance()
      return inner
    default:
      throw unexpected(expecting: "a number, a unit or '('")
    }
  }

  private func startsPrimary(_ kind: CalculatorToken.Kind) -> Bool {
    switch kind {
    case .number, .word, .symbol("("): true
    default: false
    }
  }

  private func unexpected(expecting: String? = nil) -> CalculatorError {
    let token = current
    let found: String
    switch token.kind {
    case .end: found = "the end"
    case .number: found = "a number"
    case .word(let word): found = "'\(word)'"
    case .symbol(let symbol): found = "'\(symbol)'"
    case .convert: found = "'in'"
    }
    if let expecting { return CalculatorError(.syntax, "expected \(expecting), found \(found)", column: token.column) }
    return CalculatorError(.syntax, "unexpected \(found)", column: token.column)
  }
}
