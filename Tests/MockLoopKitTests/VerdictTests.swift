import Testing

@testable import MockLoopKit

@Suite("The bar rule's verdict and its reasons")
struct VerdictTests {
  /// The rule of the built-in rubric, restated so this table pins the verdict logic itself.
  static let rubric = Rubric(
    id: "r", title: "R", scale: RubricScale(minimum: 1, maximum: 4, labels: ["1", "2", "3", "4"]),
    dimensions: [
      RubricDimension(id: "req", title: "Requirements", expectations: [:]),
      RubricDimension(id: "arch", title: "Architecture", expectations: [:]),
      RubricDimension(id: "trade", title: "Trade-offs", expectations: [:]),
      RubricDimension(id: "comm", title: "Communication", isCore: false, expectations: [:]),
      RubricDimension(id: "platform", title: "Platform impact", levels: [.l7], expectations: [:]),
    ],
    bars: [
      .l6: BarRule(minimumEach: 2, coreAverage: 3.0),
      .l7: BarRule(minimumEach: 2, coreAverage: 3.25, required: ["platform": 3, "trade": 3]),
    ])

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var level: Level
    var scores: [String: Int]
    var isMet: Bool
    var reasons: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(
      name: "L6 just met: core average exactly 3", level: .l6, scores: ["req": 3, "arch": 4, "trade": 2, "comm": 2],
      isMet: true, reasons: ["core average 3.0", "nothing below 2"]),
    Case(
      name: "L6 just missed: core average 2.67", level: .l6, scores: ["req": 3, "arch": 3, "trade": 2, "comm": 4],
      isMet: false, reasons: ["core average 2.67, needs 3.0"]),
    Case(
      name: "L6 floor: a 1 fails even with a high average", level: .l6,
      scores: ["req": 4, "arch": 4, "trade": 4, "comm": 1],
      isMet: false, reasons: ["Communication 1, needs at least 2"]),
    Case(
      name: "L6 ignores the L7-only dimension", level: .l6,
      scores: ["req": 3, "arch": 3, "trade": 3, "comm": 3, "platform": 1],
      isMet: true, reasons: ["core average 3.0", "nothing below 2"]),
    Case(
      name: "L7 just met: average 3.25 with the required scores", level: .l7,
      scores: ["req": 3, "arch": 4, "trade": 3, "comm": 2, "platform": 3], isMet: true,
      reasons: ["core average 3.25", "nothing below 2"]),
    Case(
      name: "L7 required dimension short", level: .l7,
      scores: ["req": 4, "arch": 4, "trade": 2, "comm": 3, "platform": 4],
      isMet: false, reasons: ["Trade-offs 2, needs 3"]),
    Case(
      name: "L7 every reason at once", level: .l7, scores: ["req": 1, "arch": 3, "trade": 2, "comm": 3, "platform": 2],
      isMet: false,
      reasons: [
        "Requirements 1, needs at least 2", "Trade-offs 2, needs 3", "Platform impact 2, needs 3",
        "core average 2.0, needs 3.25",
      ]),
    Case(
      name: "unscored dimensions mean no verdict", level: .l7, scores: ["req": 4], isMet: false,
      reasons: ["not scored: Architecture, Trade-offs, Communication, Platform impact"]),
  ]

  @Test("verdicts on a table of score sets", arguments: cases)
  func verdict(_ example: Case) {
    let verdict = Self.rubric.verdict(for: example.level, scores: example.scores)
    #expect(verdict.isMet == example.isMet)
    #expect(verdict.reasons == example.reasons)
  }

  @Test("the summary says plainly met or not and why")
  func summary() {
    let verdict = Self.rubric.verdict(for: .l7, scores: ["req": 4, "arch": 4, "trade": 2, "comm": 3, "platform": 4])
    #expect(verdict.summary == "L7 bar not met: Trade-offs 2, needs 3")
  }
}
