/// Why an expression has no value, with the column (1-based, in characters) where the problem
/// starts. The description says what clashed: "cannot add TB and s at column 6".
public struct CalculatorError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable, Equatable, Codable {
    /// Text the grammar does not accept.
    case syntax
    /// Two quantities that cannot be combined, or a conversion to a unit of another dimension.
    case unitClash
    case divisionByZero
    /// A result or a step on the way that is too large to represent.
    case overflow
  }

  public var kind: Kind
  public var message: String
  public var column: Int

  public init(_ kind: Kind, _ message: String, column: Int) {
    self.kind = kind
    self.message = message
    self.column = column
  }

  public var description: String { "\(message) at column \(column)" }
}
