import Testing

@testable import MockLoopKit

@Suite("Calculator errors say what went wrong and where")
struct CalculatorErrorTests {
  static func error(_ text: String) -> CalculatorError? {
    do {
      _ = try Calculator.evaluate(text)
      return nil
    } catch let error as CalculatorError {
      return error
    } catch {
      return nil
    }
  }

  @Test("unknown syntax names what was found and its column")
  func syntax() {
    #expect(Self.error("5 # 3") == CalculatorError(.syntax, "unexpected '#'", column: 3))
    #expect(Self.error("(1 + 2")?.description == "'(' is never closed at column 1")
    #expect(Self.error("1 + ) 2") == CalculatorError(.syntax, "expected a number, a unit or '(', found ')'", column: 5))
    #expect(Self.error("") == CalculatorError(.syntax, "nothing to calculate", column: 1))
    #expect(Self.error("2 3")?.column == 3)
    #expect(Self.error("1,000")?.message.contains("without separators") == true)
    #expect(Self.error("5 GB in")?.message == "expected a unit after 'in'")
    #expect(Self.error("1.2.3")?.kind == .syntax)
    #expect(Self.error("5 Gb")?.message == "'Gb' could mean bits or bytes: write Gbit for bits or GB for bytes")
    #expect(Self.error("5 \u{1B}[2J") == CalculatorError(.syntax, "unexpected a control character", column: 3))
  }

  @Test("a unit clash names both units: cannot add TB and s")
  func unitClash() {
    #expect(Self.error("5 TB + 3 s")?.description == "cannot add TB and s at column 6")
    #expect(Self.error("1 GB - 2 req")?.message == "cannot subtract GB and req")
    #expect(Self.error("5 + 3 MB")?.message == "cannot add a plain number and MB")
    #expect(Self.error("1 TB in s")?.message == "cannot convert TB to s")
    #expect(Self.error("2 ^ (1 s)")?.message == "an exponent is a plain number, not s")
    #expect(Self.error("4 GB ^ 0.5")?.kind == .unitClash)
  }

  @Test("division by zero, also in a conversion")
  func divisionByZero() {
    #expect(Self.error("10 req / 0") == CalculatorError(.divisionByZero, "division by zero", column: 8))
    #expect(Self.error("1 / (2 - 2)")?.kind == .divisionByZero)
    #expect(Self.error("5 s in 0 s")?.kind == .divisionByZero)
  }

  @Test("a result too large to represent is an overflow")
  func overflow() {
    #expect(Self.error("10^400")?.kind == .overflow)
    #expect(Self.error("1e300 * 1e300")?.description == "the result is too large to represent at column 7")
    #expect(Self.error("1e308 EB")?.kind == .overflow)
  }
}
