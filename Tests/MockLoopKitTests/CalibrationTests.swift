import Foundation
import Testing

@testable import MockLoopKit

@Suite("Calibration of self-grades against interviewers'")
struct CalibrationTests {
  static func dimension(_ id: String, _ title: String) -> RubricDimension {
    RubricDimension(id: id, title: title, levels: [.l6, .l7], isCore: true, expectations: [:])
  }

  static let dimensions = [dimension("requirements", "Requirements"), dimension("tradeoffs", "Trade-offs")]

  static func pair(_ mine: [String: Int], _ theirs: [String: Int]) -> GradePair {
    GradePair(
      candidate: Assessment(rubricID: "r", scores: mine, gradedAt: Date(timeIntervalSince1970: 0)),
      interviewer: Assessment(rubricID: "r", scores: theirs, gradedAt: Date(timeIntervalSince1970: 0)))
  }

  // Hand-computed: requirements differences 0, 1, -1 -> mean 0, spread sqrt(2/3) = 0.8165;
  // trade-offs differences 1, 2 (the third session did not score it) -> mean 1.5, spread 0.5;
  // overall 0, 1, -1, 1, 2 -> mean 0.6, spread sqrt(((-.6)^2+.4^2+(-1.6)^2+.4^2+1.4^2)/5) = sqrt(1.04).
  static let fixture = [
    pair(["requirements": 3, "tradeoffs": 4], ["requirements": 3, "tradeoffs": 3]),
    pair(["requirements": 3, "tradeoffs": 4], ["requirements": 2, "tradeoffs": 2]),
    pair(["requirements": 2], ["requirements": 3, "tradeoffs": 2]),
    // Graded by one side only: left out.
    GradePair(candidate: Assessment(rubricID: "r", scores: ["requirements": 4], gradedAt: Date()), interviewer: nil),
  ]

  @Test("mean and spread per dimension and overall match the hand-computed figures")
  func figuresMatchHandComputation() throws {
    let calibration = Calibration(pairs: Self.fixture, dimensions: Self.dimensions)
    #expect(calibration.sessions == 3)
    let requirements = try #require(calibration.dimensions.first { $0.dimensionID == "requirements" })
    #expect(requirements.count == 3)
    #expect(abs(requirements.meanDifference) < 1e-9)
    #expect(abs(requirements.spread - (2.0 / 3).squareRoot()) < 1e-9)
    let tradeoffs = try #require(calibration.dimensions.first { $0.dimensionID == "tradeoffs" })
    #expect(tradeoffs.count == 2)
    #expect(abs(tradeoffs.meanDifference - 1.5) < 1e-9)
    #expect(abs(tradeoffs.spread - 0.5) < 1e-9)
    let overall = try #require(calibration.overall)
    #expect(overall.count == 5)
    #expect(abs(overall.meanDifference - 0.6) < 1e-9)
    #expect(abs(overall.spread - 1.04.squareRoot()) < 1e-9)
  }

  @Test("the sentence names the widest gap in plain words")
  func sentenceNamesTheWidestGap() {
    let calibration = Calibration(pairs: Self.fixture, dimensions: Self.dimensions)
    #expect(
      calibration.sentence
        == "You grade your trade-offs 1.5 higher than your interviewers do (over 3 sessions graded by both); "
        + "overall 0.6 higher.")
  }

  @Test("grades within a quarter point read as a match, and no pairs give no sentence")
  func matchingAndEmpty() {
    let matching = Calibration(
      pairs: [Self.pair(["requirements": 3], ["requirements": 3])], dimensions: Self.dimensions)
    #expect(matching.sentence?.hasPrefix("Your own grades match") == true)
    let none = Calibration(pairs: [], dimensions: Self.dimensions)
    #expect(none.sentence == nil)
    #expect(none.overall == nil)
    #expect(none.dimensions.isEmpty)
  }
}

@Suite("Calibration in the practice report")
struct CalibrationReportTests {
  @Test("report --all fills its calibration slot with the sentence and the table, and leaves it empty without pairs")
  func reportSlotFilled() {
    let calibration = Calibration(pairs: CalibrationTests.fixture, dimensions: CalibrationTests.dimensions)
    let filled = PracticeHTMLReport.document(
      sessions: [], content: ContentLibrary(formats: [], decks: [], rubrics: []), rubric: nil, since: nil,
      now: Date(timeIntervalSince1970: 1_800_000_000), calibration: calibration)
    let blocks = filled.section("calibration")?.blocks ?? []
    #expect(blocks.first == .paragraph(calibration.sentence ?? ""))
    guard case .table(let table)? = blocks.last else {
      Issue.record("no table in the calibration section: \(blocks)")
      return
    }
    #expect(table.rows.map(\.first) == ["Requirements", "Trade-offs", "overall"])
    #expect(table.rows.last?[2] == "+0.6")
    let empty = PracticeHTMLReport.document(
      sessions: [], content: ContentLibrary(formats: [], decks: [], rubrics: []), rubric: nil, since: nil,
      now: Date(timeIntervalSince1970: 1_800_000_000))
    #expect(empty.section("calibration")?.blocks.isEmpty == true)
  }
}
