import Foundation
import MockLoopKit

/// Every attempt of a record's question side by side (`C` on the record), as `mockloop compare`
/// prints them; it scrolls, and `q` or Esc goes back to the record it was opened from.
public struct ComparisonState: Sendable, Equatable {
  public var comparison: AttemptComparison
  public var scroll = ScrollState()

  public init(comparison: AttemptComparison) { self.comparison = comparison }
}
