import Foundation
import Testing

@testable import MockLoopKit

/// The calculator against a table computed by a second tool (pint, see Tests/estimate).
@Suite("Calculator against the pint vectors")
struct CalculatorVectorTests {
  struct Vector: Decodable, CustomTestStringConvertible {
    var expression: String
    var unit: String
    var value: Double
    var testDescription: String { expression }
  }

  struct Table: Decodable {
    var generator: String
    var vectors: [Vector]
  }

  static let table: Table = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("estimate/calc-vectors.json")
    do {
      return try JSONDecoder().decode(Table.self, from: Data(contentsOf: url))
    } catch {
      return Table(generator: "missing: \(error)", vectors: [])
    }
  }()

  @Test("the table holds at least 60 expressions made by pint")
  func tableSize() {
    #expect(Self.table.vectors.count >= 60)
    #expect(Self.table.generator.hasPrefix("pint"))
  }

  @Test("each expression prints the unit and value pint computed", arguments: table.vectors)
  func vector(_ vector: Vector) throws {
    let result = try Calculator.evaluate(vector.expression)
    #expect(result.unit == vector.unit)
    let tolerance = 1e-9 * max(abs(vector.value), 1e-300)
    #expect(abs(result.value - vector.value) <= tolerance, "got \(result.value), pint \(vector.value)")
  }
}
