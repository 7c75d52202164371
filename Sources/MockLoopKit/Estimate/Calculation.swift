import Foundation

/// One calculation made during a mock, kept with its session: what was typed, what it came to,
/// and when.
public struct Calculation: Sendable, Codable, Equatable, Identifiable {
  public var id: String
  public var sessionID: String
  public var expression: String
  /// The result as shown ("1,157 req/s").
  public var result: String
  /// The value in `unit`.
  public var value: Double
  public var unit: String
  public var at: Date

  public init(
    id: String, sessionID: String, expression: String, result: String, value: Double, unit: String, at: Date
  ) {
    self.id = id
    self.sessionID = sessionID
    self.expression = expression
    self.result = result
    self.value = value
    self.unit = unit
    self.at = at
  }

  /// "100M req/day in /s = 1,157 req/s", as it goes into the notes.
  public var line: String { "\(expression) = \(result)" }
}
