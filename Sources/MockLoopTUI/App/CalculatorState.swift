import Foundation
import MockLoopKit

/// The one-line calculator over the notes of a mock: what is typed, the last result or error,
/// and this mock's earlier calculations to recall with the arrows.
public struct CalculatorState: Sendable, Equatable {
  public var input = ""
  /// The result of `input` after Enter; cleared by the next edit.
  public var result: CalculatorResult?
  /// Why `input` has no result, after Enter.
  public var error: CalculatorError?
  /// The calculations made in this mock since it was opened on screen, oldest first.
  public var history: [Calculation]
  /// The calculation shown while browsing with ↑ and ↓.
  public var recalled: Int?
  /// Whether the notes editor had focus when the calculator opened (it gets it back).
  public var returnsToNotes: Bool

  public init(history: [Calculation] = [], returnsToNotes: Bool = false) {
    self.history = history
    self.returnsToNotes = returnsToNotes
  }
}
