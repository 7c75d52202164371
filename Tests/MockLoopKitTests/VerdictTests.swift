import Testing

@testable import MockLoopKit

@Suite("The bar rule's verdict and its reasons")
struct VerdictTests {
  /// The rule of the built-in rubric, restated so this table pins the verdict logic itself.
  static let rubric = Rubric(
    id: "r", title: "R", scale: RubricScale(minimum: 1, maximum: 4, labels: ["1", "2", "3", "4"]),
    dimensions: [
      RubricDimension(id: "requirements", title: "Requirements", expectations: [:]),
      RubricDimension(id: "reliability-operations", title: "Reliability", expectations: [:]),
      RubricDimension(id: "trade-off-depth", title: "Trade-offs", expectations: [:]),
      RubricDimension(id: "communication", title: "Communication", expectations: [:]),
      RubricDimension(id: "leadership-principles", title: "Leadership", isCore: false, expectations: [:]),
      RubricDimension(id: "platform-impact", title: "Platform impact", levels: [.l7], expectations: [:]),
    ],
    bars: [
      .l6: BarRule(minimumEach: 2, coreAverage: 3.0),
      .l7: BarRule(
        minimumEach: 2, coreAverage: 3.0,
        required: ["reliability-operations": 3, "trade-off-depth": 3, "platform-impact": 3]),
    ])

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var level: Level
    var scores: [String: Int]
    var isMet: Bool
    var reasons: [String]
    var testDescription: String { name }
  }

  /// Scores in the order requirements, reliability, trade-offs, communication, leadership, platform.
  static func scores(_ values: Int...) -> [String: Int] {
    let ids = rubric.dimensions.map(\.id)
    return Dictionary(uniqueKeysWithValues: zip(ids, values))
  }

  static let cases: [Case] = [
    Case(
      name: "L7 all 3s: meeting every L7 expectation meets the bar", level: .l7, scores: scores(3, 3, 3, 3, 3, 3),
      isMet: true, reasons: ["core average 3.0", "nothing below 2"]),
    Case(
      name: "L7 all 3s but reliability 2: not met", level: .l7, scores: scores(3, 2, 3, 3, 3, 3), isMet: false,
      reasons: ["Reliability 2, needs 3", "core average 2.8, needs 3.0"]),
    Case(
      name: "L7 a high average does not carry reliability 2", level: .l7, scores: scores(4, 2, 4, 4, 4, 4),
      isMet: false, reasons: ["Reliability 2, needs 3"]),
    Case(
      name: "L7 trade-offs 2 fails on its own", level: .l7, scores: scores(4, 4, 2, 4, 3, 4), isMet: false,
      reasons: ["Trade-offs 2, needs 3"]),
    Case(
      name: "L7 platform impact 2 fails on its own", level: .l7, scores: scores(4, 3, 3, 4, 3, 2), isMet: false,
      reasons: ["Platform impact 2, needs 3"]),
    Case(
      name: "L7 communication 2 can be carried, as at L6", level: .l7, scores: scores(4, 3, 3, 2, 3, 3),
      isMet: true, reasons: ["core average 3.0", "nothing below 2"]),
    Case(
      name: "L6 all 3s: met", level: .l6, scores: scores(3, 3, 3, 3, 3), isMet: true,
      reasons: ["core average 3.0", "nothing below 2"]),
    Case(
      name: "L6 communication 2 with the rest at 3: not met, communication is core", level: .l6,
      scores: scores(3, 3, 3, 2, 3), isMet: false, reasons: ["core average 2.75, needs 3.0"]),
    Case(
      name: "L6 one 2 carried by a 4", level: .l6, scores: scores(4, 3, 2, 3, 2), isMet: true,
      reasons: ["core average 3.0", "nothing below 2"]),
    Case(
      name: "L6 reliability 2 is not required to be 3 at L6", level: .l6, scores: scores(4, 2, 3, 3, 3),
      isMet: true, reasons: ["core average 3.0", "nothing below 2"]),
    Case(
      name: "L6 floor: a 1 outside the core still fails", level: .l6, scores: scores(4, 4, 4, 4, 1), isMet: false,
      reasons: ["Leadership 1, needs at least 2"]),
    Case(
      name: "L6 ignores the L7-only dimension", level: .l6, scores: scores(3, 3, 3, 3, 3, 1), isMet: true,
      reasons: ["core average 3.0", "nothing below 2"]),
    Case(
      name: "L7 every reason at once", level: .l7, scores: scores(1, 2, 2, 3, 3, 2), isMet: false,
      reasons: [
        "Requirements 1, needs at least 2", "Reliability 2, needs 3", "Trade-offs 2, needs 3",
        "Platform impact 2, needs 3", "core average 2.0, needs 3.0",
      ]),
    Case(
      name: "unscored dimensions mean no verdict", level: .l7, scores: ["requirements": 4], isMet: false,
      reasons: ["not scored: Reliability, Trade-offs, Communication, Leadership, Platform impact"]),
  ]

  @Test("verdicts on a table of score sets", arguments: cases)
  func verdict(_ example: Case) {
    let verdict = Self.rubric.verdict(for: example.level, scores: example.scores)
    #expect(verdict.isMet == example.isMet)
    #expect(verdict.reasons == example.reasons)
  }

  @Test("the summary says plainly met or not and why")
  func summary() {
    let verdict = Self.rubric.verdict(for: .l7, scores: Self.scores(4, 4, 2, 4, 3, 4))
    #expect(verdict.summary == "L7 bar not met: Trade-offs 2, needs 3")
  }

  @Test("the bar is stated in words generated from the rule")
  func statement() {
    #expect(
      Self.rubric.barStatement(for: .l6) == "L6 bar: the core dimensions average at least 3.0; no dimension below 2.")
    #expect(
      Self.rubric.barStatement(for: .l7)
        == "L7 bar: the core dimensions average at least 3.0; no dimension below 2; reliability-operations, trade-off-depth and platform-impact each at least 3."
    )
    let mixed = Rubric(
      id: "m", title: "M", scale: Self.rubric.scale, dimensions: Self.rubric.dimensions,
      bars: [.l7: BarRule(required: ["platform-impact": 4, "requirements": 3])])
    #expect(mixed.barStatement(for: .l7) == "L7 bar: requirements at least 3; platform-impact at least 4.")
    #expect(mixed.barStatement(for: .l6) == nil)
  }
}
