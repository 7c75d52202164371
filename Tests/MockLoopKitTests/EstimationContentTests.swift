import Foundation
import Testing

@testable import MockLoopKit

@Suite("Estimation drills in decks")
struct EstimationContentTests {
  static func load(_ yaml: String) -> ContentLibrary {
    let folder = Fixtures.temporaryFolder()
    let file = folder.appendingPathComponent("drills.yaml")
    _ = FileManager.default.createFile(atPath: file.path, contents: Data(yaml.utf8))
    return ContentLibrary.load(paths: [file])
  }

  static func deck(_ drill: String) -> String {
    """
    id: d
    title: D
    estimates:
      - id: one
        title: One
        topic: storage
        minutes: 3
        scenario: Links.
        asked: { quantity: storage, unit: TB }
        inputs:
          links: 100M/month
          size: 500 B
    \(drill)
        explanation: Because.
    """
  }

  @Test("the built-in decks hold at least 30 drills over every topic, each computing in its asked unit")
  func builtIn() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Decks")
    let library = ContentLibrary.load(paths: [root])
    #expect(library.errors.isEmpty, "\(library.errors)")
    let drills = library.allEstimates
    #expect(drills.count >= 30)
    #expect(Set(drills.map(\.topic)) == Set(EstimateTopic.allCases))
    let questions = Set(library.allQuestions.map(\.question.id))
    for drill in drills {
      let result = try drill.expectedResult()
      #expect(result.quantity.dimension == (try drill.askedUnit()).dimension, "\(drill.id)")
      #expect(result.value > 0)
      #expect(drill.question.map(questions.contains) ?? false, "\(drill.id) names no question of the decks")
      #expect(EstimationDrill.minuteRange.contains(drill.minutes))
    }
  }

  @Test("a drill whose expected answer is not in the asked unit is an error at its line")
  func wrongUnit() {
    let library = Self.load(Self.deck("    expected: links * 5 years"))
    #expect(library.errors.count == 1)
    #expect(library.errors.first?.line == 13)
    #expect(library.errors.first?.message.contains("not the asked unit 'TB'") == true)
    #expect(library.allEstimates.isEmpty)
  }

  @Test("an expression that does not compute is an error at its column")
  func badExpression() {
    let library = Self.load(Self.deck("    expected: links * 5 years * size +"))
    let error = library.errors.first
    #expect(error?.line == 13)
    #expect(error?.column == 39)
    #expect(error?.message.contains("expected a number, a unit or '('") == true)
  }

  @Test("unused inputs, bad names, minutes out of range and unknown topics are refused")
  func strictFields() {
    #expect(
      Self.load(Self.deck("    expected: links * 5 years * 1 KB")).errors.first?.message.contains("never used") == true)
    let yaml = Self.deck("    expected: links * 5 years * size")
    #expect(Self.load(yaml).errors.isEmpty)
    #expect(Self.load(yaml.replacingOccurrences(of: "minutes: 3", with: "minutes: 9")).errors.count == 1)
    #expect(Self.load(yaml.replacingOccurrences(of: "topic: storage", with: "topic: fun")).errors.count == 1)
    #expect(Self.load(yaml.replacingOccurrences(of: "size: 500 B", with: "GB: 500 B")).errors.count == 1)
    #expect(
      Self.load(yaml.replacingOccurrences(of: "links: 100M/month", with: "links: 100M links/month")).errors.first?
        .message.contains("name it differently") == true)
  }
}
