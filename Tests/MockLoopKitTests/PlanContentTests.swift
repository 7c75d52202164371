import Foundation
import Testing

@testable import MockLoopKit

@Suite("Questions name the dimensions they exercise")
struct PlanContentTests {
  static let format = """
    id: tiny
    title: Tiny format
    level: L6
    phases:
      - id: only
        title: Only phase
        minutes: 30
        roles: [requirements]
        goal: Do it all.
        checklist: [One thing]
    """

  static let rubric = """
    id: amazon-l6-l7
    title: Small rubric
    scale: { min: 1, max: 4, labels: [One, Two, Three, Four] }
    dimensions:
      - { id: requirements, title: Requirements, expect: { L6: Asks, L7: Asks more } }
      - { id: scale-performance, title: Scale, expect: { L6: Scales, L7: Scales more } }
    bar:
      L6: { core_average: 3.0 }
      L7: { core_average: 3.0 }
    """

  static func deck(dimensions: String) -> String {
    """
    id: deck-one
    title: Deck one
    questions:
      - id: paste-bin
        title: Design a paste bin
        levels: [L6]
        dimensions: \(dimensions)
        prompt: Users paste text.
        requirements:
          functional: [Create]
          non_functional: [Fast]
    """
  }

  static func load(dimensions: String) throws -> (ContentLibrary, URL) {
    let folder = Fixtures.temporaryFolder()
    for sub in ["formats", "rubrics"] {
      try FileManager.default.createDirectory(at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    try Data(format.utf8).write(to: folder.appendingPathComponent("formats/tiny.yaml"))
    try Data(rubric.utf8).write(to: folder.appendingPathComponent("rubrics/small.yaml"))
    let file = folder.appendingPathComponent("deck.yaml")
    try Data(deck(dimensions: dimensions).utf8).write(to: file)
    return (ContentLibrary.load(paths: [folder]), file)
  }

  @Test("dimensions of the rubric load in the order written")
  func loads() throws {
    let (library, _) = try Self.load(dimensions: "[scale-performance, requirements]")
    #expect(library.errors.map(\.description) == [])
    #expect(library.question(id: "paste-bin")?.question.dimensions == ["scale-performance", "requirements"])
  }

  struct Broken: Sendable, CustomTestStringConvertible {
    var dimensions: String
    var column: Int
    var message: String
    var testDescription: String { dimensions }
  }

  static let broken = [
    Broken(
      dimensions: "[requirements, leadership]", column: 32,
      message:
        "names dimension 'leadership', which no rubric it is graded with has (known: requirements, scale-performance)"
    ),
    Broken(dimensions: "[requirements, requirements]", column: 32, message: "dimension 'requirements' is named twice"),
    Broken(dimensions: "[a, b, c, d, e]", column: 17, message: "names 1 to 4 rubric dimensions, found 5"),
    Broken(dimensions: "[]", column: 17, message: "names 1 to 4 rubric dimensions, found 0"),
    Broken(dimensions: "[Requirements]", column: 18, message: "'Requirements' is not a valid id"),
  ]

  @Test(
    "lint reports a dimension the rubric lacks, a repeat or a wrong count at its line and column", arguments: broken)
  func lint(_ broken: Broken) throws {
    let (library, deck) = try Self.load(dimensions: broken.dimensions)
    let error = try #require(library.errors.first)
    #expect(library.errors.count == 1)
    #expect(error.file == deck.path)
    #expect(error.line == 7)
    #expect(error.column == broken.column, "\(error)")
    #expect(error.message.contains(broken.message), "\(error)")
    #expect(library.question(id: "paste-bin") == nil)
  }

  @Test("every built-in question names two to four dimensions of the main rubric it exercises")
  func builtIn() throws {
    let library = BuiltInContentTests.library
    let rubric = try #require(library.mainRubric)
    let known = Set(rubric.dimensions.map(\.id))
    #expect(library.allQuestions.count == 75)
    for (question, _) in library.allQuestions {
      #expect((2...4).contains(question.dimensions.count), "\(question.id)")
      #expect(Set(question.dimensions).isSubset(of: known), "\(question.id): \(question.dimensions)")
    }
    // Every dimension of the rubric is exercised by at least two questions at each level that scores it.
    for dimension in rubric.dimensions {
      for level in dimension.levels {
        let count = library.allQuestions.filter {
          $0.question.levels.contains(level) && $0.question.dimensions.contains(dimension.id)
        }.count
        #expect(count >= 2, "\(dimension.id) at \(level.rawValue)")
      }
    }
  }
}
