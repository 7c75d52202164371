import Foundation
import Testing

@testable import MockLoopKit

@Suite("Estimation drills: scoring and judging answers")
struct EstimateScoringTests {
  static let drill = EstimationDrill(
    id: "shortener", title: "Five years of links", topic: .storage, scenario: "100M links a month.",
    asked: "storage", unit: "TB", inputs: [DrillInput(name: "links", expression: "100M/month")],
    expected: "links * 5 years * 500 B", explanation: "Six billion links.", minutes: 3)

  @Test("exactly 2x is right, a hair over 2x is close, either direction")
  func twoTimes() {
    #expect(EstimateScoring.grade(answer: 200, expected: 100) == .right)
    #expect(EstimateScoring.grade(answer: 50, expected: 100) == .right)
    #expect(EstimateScoring.grade(answer: 200.001, expected: 100) == .close)
    #expect(EstimateScoring.grade(answer: 49.999, expected: 100) == .close)
  }

  @Test("exactly 10x is close, a hair over 10x is off")
  func tenTimes() {
    #expect(EstimateScoring.grade(answer: 1000, expected: 100) == .close)
    #expect(EstimateScoring.grade(answer: 10, expected: 100) == .close)
    #expect(EstimateScoring.grade(answer: 1000.01, expected: 100) == .off)
    #expect(EstimateScoring.grade(answer: 9.999, expected: 100) == .off)
  }

  @Test("zero, negative or non-finite answers are off")
  func nonPositive() {
    #expect(EstimateScoring.grade(answer: 0, expected: 100) == .off)
    #expect(EstimateScoring.grade(answer: -100, expected: 100) == .off)
    #expect(EstimateScoring.grade(answer: .infinity, expected: 100) == .off)
  }

  @Test("an answer exactly 2x away through unit conversion is still right")
  func twoTimesThroughUnits() throws {
    let expected = try Self.drill.expectedResult()
    #expect(expected.text == "3.042 TB")
    let doubled = try Self.drill.judge("100M * 60 * 500 B * 2 * (365 / 360)")
    #expect(doubled.grade == .right)
    #expect(try Self.drill.judge("3 TB").grade == .right)
    #expect(try Self.drill.judge("3000 GB").answerText == "3 TB")
    #expect(try Self.drill.judge("30.41666666666667 TB").grade == .close)
    #expect(try Self.drill.judge("31 TB").grade == .off)
  }

  @Test("a plain number is taken in the asked unit; an answer without nouns counts what is asked")
  func plainNumbers() throws {
    #expect(try Self.drill.judge("3").answerText == "3 TB")
    #expect(try Self.drill.judge("3").grade == .right)
    let rate = EstimationDrill(
      id: "rate", title: "Rate", topic: .throughput, scenario: "s", asked: "rate", unit: "req/s",
      inputs: [DrillInput(name: "daily", expression: "100M req/day")], expected: "daily", explanation: "e",
      minutes: 2)
    #expect(try rate.judge("1200/s").grade == .right)
    #expect(try rate.judge("1200 req/s").grade == .right)
    #expect(throws: CalculatorError.self) { try rate.judge("1200 users/s") }
    #expect(throws: CalculatorError.self) { try rate.judge("5 TB") }
  }

  @Test("a drill set is 5 drills that fit in 15 minutes, least practised first, topics spread")
  func pickSet() {
    let drills = (0..<12).map { index in
      EstimationDrill(
        id: "d\(index)", title: "D\(index)", topic: EstimateTopic.allCases[index % 6], scenario: "s", asked: "a",
        unit: "s", inputs: [DrillInput(name: "t", expression: "1 s")], expected: "t", explanation: "e",
        minutes: index % 2 == 0 ? 4 : 2)
    }
    var random = SplitMix64(seed: 7)
    let practised = Dictionary(uniqueKeysWithValues: drills.map { ($0.id, $0.id == "d1" ? 0 : 3) })
    let set = DrillSet.pick(from: drills, practised: practised, random: &random)
    #expect(set.count == 5)
    #expect(set.map(\.minutes).reduce(0, +) <= 15)
    #expect(set.first?.id == "d1")
    #expect(Set(set.map(\.topic)).count == 5)
  }

  @Test("stats count unanswered drills as asked and compare the newer half of the sets with the older")
  func stats() {
    func run(_ day: Double, _ grades: [EstimateGrade]) -> EstimateRun {
      EstimateRun(
        id: "r\(day)", startedAt: Date(timeIntervalSince1970: day * 86_400), plannedSeconds: 900,
        drillIDs: grades.indices.map { "d\($0)" },
        answers: grades.enumerated().map { index, grade in
          EstimateAnswer(
            position: index, drillID: "d\(index)", drillTitle: "D", topic: .storage, answer: "1", answerText: "1 TB",
            expected: "1 TB", grade: grade, ratio: 1, seconds: 60, answeredAt: Date(timeIntervalSince1970: day * 86_400)
          )
        })
    }
    let stats = EstimateStats(runs: [
      run(1, [.right, .off, .off, .skipped, .close]), run(2, [.right, .right, .close, .right, .off]),
    ])
    #expect(stats.asked == 10)
    #expect(stats.right == 4)
    #expect(stats.skipped == 1)
    #expect(stats.withinTwoShare == 0.4)
    #expect(stats.trend == .up)
    #expect(stats.summary == "estimates within 2x: 40 %, trending up (2 sets)")
    #expect(EstimateStats(runs: []).summary == "estimates: no drill sets yet")
  }
}
