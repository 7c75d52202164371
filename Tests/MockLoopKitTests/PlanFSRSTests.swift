import Foundation
import Testing

@testable import MockLoopKit

/// The reference vectors written by `Tests/plan/make_vectors.py` with py-fsrs.
struct FSRSVectors: Decodable {
  struct Step: Decodable {
    var at: Date
    var rating: Int
    var stability: Double
    var difficulty: Double
    var due: String
  }

  struct History: Decodable {
    var reviews: [Step]
  }

  var reference: String
  var parameters: [Double]
  var desiredRetention: Double
  var maximumInterval: Int
  var histories: [History]

  static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("plan/fsrs-vectors.json")

  static func load() throws -> FSRSVectors {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(FSRSVectors.self, from: Data(contentsOf: file))
  }
}

@Suite("FSRS-6 against py-fsrs")
struct PlanFSRSTests {
  static let utcDay: DateFormatter = {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd"
    return formatter
  }()

  @Test("at least 200 histories of 1 to 12 reviews with every rating, made with the same weights")
  func vectorsCoverWhatTheyMust() throws {
    let vectors = try FSRSVectors.load()
    #expect(vectors.histories.count >= 200)
    #expect(vectors.histories.allSatisfy { (1...12).contains($0.reviews.count) })
    #expect(Set(vectors.histories.flatMap { $0.reviews.map(\.rating) }) == [1, 2, 3, 4])
    #expect(vectors.parameters == FSRS.defaultWeights)
    #expect(vectors.desiredRetention == 0.9)
    #expect(vectors.reference.hasPrefix("py-fsrs 6.3"))
    let spans = vectors.histories.compactMap { history in
      history.reviews.last.map { $0.at.timeIntervalSince(history.reviews[0].at) / 86_400 }
    }
    #expect(spans.allSatisfy { $0 <= 731 })
    #expect(spans.contains { $0 > 365 })
  }

  @Test("stability and difficulty match py-fsrs to 1e-4 and the due day exactly after every review")
  func matchesReference() throws {
    let vectors = try FSRSVectors.load()
    let fsrs = FSRS(desiredRetention: vectors.desiredRetention, maximumInterval: vectors.maximumInterval)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC")!
    var largest = (stability: 0.0, difficulty: 0.0)
    var checked = 0
    for (index, history) in vectors.histories.enumerated() {
      let reviews = history.reviews.compactMap { step in
        ReviewRating(rawValue: step.rating).map { CardReview(at: step.at, rating: $0) }
      }
      let states = fsrs.states(after: reviews)
      #expect(states.count == history.reviews.count)
      for (step, (expected, state)) in zip(0..., zip(history.reviews, states)) {
        let stability = abs(state.stability - expected.stability)
        let difficulty = abs(state.difficulty - expected.difficulty)
        largest = (max(largest.stability, stability), max(largest.difficulty, difficulty))
        #expect(stability <= 1e-4, "history \(index) review \(step + 1): stability")
        #expect(difficulty <= 1e-4, "history \(index) review \(step + 1): difficulty")
        #expect(
          Self.utcDay.string(from: state.dueDay(in: calendar)) == expected.due, "history \(index) review \(step + 1)")
        checked += 1
      }
    }
    #expect(checked >= 1_000)
    print(
      "FSRS vectors: \(vectors.histories.count) histories, \(checked) reviews; largest difference: "
        + "stability \(largest.stability), difficulty \(largest.difficulty)")
  }

  @Test("a first Good review gives the third weight as stability and a due day two days on")
  func firstGoodReview() throws {
    let fsrs = FSRS()
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    let state = fsrs.next(after: nil, rating: .good, at: start)
    #expect(state.stability == 2.3065)
    #expect(abs(state.difficulty - (6.4133 - exp(0.8334 * 2) + 1)) < 1e-12)
    #expect(state.intervalDays == 2)
  }

  @Test("recall is 90% when the elapsed days equal the stability, and the interval grows with retention lowered")
  func forgettingCurve() throws {
    let fsrs = FSRS()
    #expect(abs(fsrs.retrievability(elapsedDays: 12, stability: 12) - 0.9) < 1e-12)
    #expect(fsrs.intervalDays(stability: 12) == 12)
    let relaxed = FSRS(desiredRetention: 0.8)
    #expect(relaxed.intervalDays(stability: 12) > 12)
    #expect(fsrs.intervalDays(stability: 1e9) == 36_500)
    #expect(fsrs.intervalDays(stability: 0.001) == 1)
  }

  @Test("reviews given out of order are taken in time order")
  func timeOrder() throws {
    let fsrs = FSRS()
    let start = Date(timeIntervalSince1970: 1_700_000_000)
    let reviews = [
      CardReview(at: start, rating: .hard), CardReview(at: start + 86_400 * 3, rating: .good),
      CardReview(at: start + 86_400 * 10, rating: .again),
    ]
    #expect(fsrs.states(after: reviews.reversed()) == fsrs.states(after: reviews))
    #expect(FSRS(weights: [1, 2]) == nil)
  }
}
