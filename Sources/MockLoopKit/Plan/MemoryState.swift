import Foundation

/// What FSRS knows about a card after a review: how long the memory lasts (`stability`, in
/// days: the time for recall to fall to 90%), how hard the card is (`difficulty`, 1 to 10),
/// and when it is due again.
///
/// Invariants: `stability >= FSRS.minimumStability`; `1 <= difficulty <= 10`;
/// `intervalDays >= 1`.
public struct MemoryState: Sendable, Equatable, Codable {
  public var stability: Double
  public var difficulty: Double
  /// When the review that produced this state happened.
  public var reviewedAt: Date
  /// Whole days from that review to the next one.
  public var intervalDays: Int

  public init(stability: Double, difficulty: Double, reviewedAt: Date, intervalDays: Int) {
    self.stability = stability
    self.difficulty = difficulty
    self.reviewedAt = reviewedAt
    self.intervalDays = intervalDays
  }

  /// The moment the card is due: the review time plus the interval in days of 24 hours.
  public var due: Date { reviewedAt.addingTimeInterval(Double(intervalDays) * 86_400) }

  /// The day the card is due in `calendar`: the day of the review plus the interval, so a
  /// change of clocks between them never moves it.
  public func dueDay(in calendar: Calendar) -> Date {
    let day = calendar.startOfDay(for: reviewedAt)
    return calendar.date(byAdding: .day, value: intervalDays, to: day) ?? due
  }
}
