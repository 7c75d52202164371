import Foundation

/// The FSRS-6 spaced-repetition model: from a card's reviews, how stable its memory is, how
/// difficult it is, and in how many days to review it again.
///
/// MockLoop schedules whole mock interviews, so there are no learning steps inside a day and
/// no random fuzz: every review leaves an interval of whole days, computed from the stability.
/// A review less than a day after the one before it still counts, with FSRS's same-day
/// formula. Everything is a pure function of the reviews and their times.
///
/// Invariants: `weights` holds `FSRS.weightCount` values; `0 < desiredRetention < 1`;
/// `maximumInterval >= 1`.
public struct FSRS: Sendable, Equatable {
  /// The 21 default weights of FSRS-6, fitted by its authors on a large body of reviews.
  public static let defaultWeights: [Double] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614,
    0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
  ]
  public static let weightCount = 21
  /// The lowest stability the model allows, in days.
  public static let minimumStability = 0.001
  public static let difficultyRange = 1.0...10.0
  private static let secondsPerDay = 86_400.0

  public let weights: [Double]
  /// The chance of recall the intervals aim for when a card comes due.
  public let desiredRetention: Double
  /// The longest interval, in days.
  public let maximumInterval: Int

  /// The model with the default weights.
  public init(desiredRetention: Double = 0.9, maximumInterval: Int = 36_500) {
    self.weights = Self.defaultWeights
    self.desiredRetention = min(max(desiredRetention, 0.01), 0.99)
    self.maximumInterval = max(maximumInterval, 1)
  }

  /// The model with other weights; nil unless there are exactly `weightCount` of them and the
  /// retention is strictly between 0 and 1.
  public init?(weights: [Double], desiredRetention: Double = 0.9, maximumInterval: Int = 36_500) {
    guard weights.count == Self.weightCount, desiredRetention > 0, desiredRetention < 1, maximumInterval >= 1 else {
      return nil
    }
    self.weights = weights
    self.desiredRetention = desiredRetention
    self.maximumInterval = maximumInterval
  }

  // MARK: Reviews

  /// The state after each review, oldest first; the reviews are taken in time order (the
  /// order given breaks a tie).
  public func states(after reviews: [CardReview]) -> [MemoryState] {
    let ordered = reviews.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }
    var states: [MemoryState] = []
    for (_, review) in ordered { states.append(next(after: states.last, rating: review.rating, at: review.at)) }
    return states
  }

  /// The state after `reviews`; nil for a card never reviewed.
  public func state(after reviews: [CardReview]) -> MemoryState? { states(after: reviews).last }

  /// The state a review with `rating` at `time` leaves, from `previous` (nil: the first review).
  public func next(after previous: MemoryState?, rating: ReviewRating, at time: Date) -> MemoryState {
    guard let previous else {
      let stability = firstStability(rating)
      return MemoryState(
        stability: stability, difficulty: clampedDifficulty(firstDifficulty(rating)), reviewedAt: time,
        intervalDays: intervalDays(stability: stability))
    }
    let elapsed = Self.wholeDays(from: previous.reviewedAt, to: time)
    let stability: Double
    if elapsed < 1 {
      stability = sameDayStability(previous.stability, rating: rating)
    } else {
      let recall = retrievability(elapsedDays: Double(elapsed), stability: previous.stability)
      stability =
        rating == .again
        ? stabilityAfterLapse(previous, recall: recall)
        : stabilityAfterRecall(previous, recall: recall, rating: rating)
    }
    return MemoryState(
      stability: stability, difficulty: nextDifficulty(previous.difficulty, rating: rating), reviewedAt: time,
      intervalDays: intervalDays(stability: stability))
  }

  // MARK: The forgetting curve

  /// The curve's exponent: the last weight, negated.
  private var decay: Double { -weights[20] }
  /// Chosen so that recall is exactly 90% when the elapsed days equal the stability.
  private var factor: Double { pow(0.9, 1 / decay) - 1 }

  /// The chance of recalling a card `elapsedDays` after its last review.
  public func retrievability(elapsedDays: Double, stability: Double) -> Double {
    pow(1 + factor * max(elapsedDays, 0) / stability, decay)
  }

  /// Whole days until recall falls to the desired retention, at least 1 and at most the
  /// maximum interval (halves round to even).
  public func intervalDays(stability: Double) -> Int {
    let days = stability / factor * (pow(desiredRetention, 1 / decay) - 1)
    let rounded = days.rounded(.toNearestOrEven)
    guard rounded.isFinite else { return maximumInterval }
    return min(max(Int(rounded), 1), maximumInterval)
  }

  /// Completed periods of 24 hours from `start` to `end` (negative when `end` comes first).
  static func wholeDays(from start: Date, to end: Date) -> Int {
    Int((end.timeIntervalSince(start) / secondsPerDay).rounded(.down))
  }

  // MARK: Stability

  private func clampedStability(_ stability: Double) -> Double { max(stability, Self.minimumStability) }

  /// The first review: a weight per rating.
  private func firstStability(_ rating: ReviewRating) -> Double {
    clampedStability(weights[rating.rawValue - 1])
  }

  /// A successful recall grows stability, more when recall was unlikely, when the card is easy
  /// and when the memory is young; Hard damps the growth and Easy boosts it.
  private func stabilityAfterRecall(_ previous: MemoryState, recall: Double, rating: ReviewRating) -> Double {
    let stability = previous.stability
    let ratingFactor = rating == .hard ? weights[15] : rating == .easy ? weights[16] : 1
    let growth =
      exp(weights[8]) * (11 - previous.difficulty) * pow(stability, -weights[9])
      * (exp((1 - recall) * weights[10]) - 1) * ratingFactor
    return clampedStability(stability * (1 + growth))
  }

  /// A lapse: the new stability from the old one, the difficulty and the recall, never more
  /// than the old stability shrunk by the same-day Again factor.
  private func stabilityAfterLapse(_ previous: MemoryState, recall: Double) -> Double {
    let longTerm =
      weights[11] * pow(previous.difficulty, -weights[12]) * (pow(previous.stability + 1, weights[13]) - 1)
      * exp((1 - recall) * weights[14])
    let ceiling = previous.stability / exp(weights[17] * weights[18])
    return clampedStability(min(longTerm, ceiling))
  }

  /// A second review within a day: stability scales by a factor that falls as it grows; a
  /// pass never lowers it.
  private func sameDayStability(_ stability: Double, rating: ReviewRating) -> Double {
    var scale = exp(weights[17] * (Double(rating.rawValue) - 3 + weights[18])) * pow(stability, -weights[19])
    if rating != .again { scale = max(scale, 1) }
    return clampedStability(stability * scale)
  }

  // MARK: Difficulty

  private func clampedDifficulty(_ difficulty: Double) -> Double {
    min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
  }

  /// The difficulty a first review with `rating` gives, before clamping.
  private func firstDifficulty(_ rating: ReviewRating) -> Double {
    weights[4] - exp(weights[5] * (Double(rating.rawValue) - 1)) + 1
  }

  /// Again and Hard raise difficulty, Easy lowers it, less the nearer it is to 10; then it is
  /// pulled a little towards the first difficulty of Easy.
  private func nextDifficulty(_ difficulty: Double, rating: ReviewRating) -> Double {
    let change = -weights[6] * (Double(rating.rawValue) - 3)
    let damped = difficulty + change * (10 - difficulty) / 9
    let reverted = weights[7] * firstDifficulty(.easy) + (1 - weights[7]) * damped
    return clampedDifficulty(reverted)
  }
}

/// One review of a card: when, and how it went.
public struct CardReview: Sendable, Equatable, Codable {
  public var at: Date
  public var rating: ReviewRating

  public init(at: Date, rating: ReviewRating) {
    self.at = at
    self.rating = rating
  }
}
