import Foundation
import MockLoopKit

/// The calculator line of a mock: `=` (or Alt-= in the notes) opens it, Enter shows the result
/// and keeps the calculation with the session, Tab puts "expression = result" into the notes at
/// the cursor, Esc closes it. The clock runs on throughout.
extension AppState {
  /// Handles a key when it belongs to the calculator; nil when it does not (the key then acts
  /// as usual).
  mutating func calculatorKey(_ key: Key, live: inout SessionScreenState) -> [Effect]? {
    guard var calculator = live.calculator else {
      let opens =
        live.focus == .notes
        ? key == .alt("=") : Keymap.action(for: key, in: .session) == .openCalculator
      guard opens else { return nil }
      live.calculator = CalculatorState(history: live.calculationHistory, returnsToNotes: live.focus == .notes)
      return []
    }
    var effects: [Effect] = []
    switch key {
    case .escape:
      live.calculationHistory = calculator.history
      live.calculator = nil
      return []
    case .enter:
      effects = evaluate(&calculator, sessionID: live.session.id)
    case .tab:
      if calculator.result == nil { effects = evaluate(&calculator, sessionID: live.session.id) }
      guard let result = calculator.result else { break }
      let line = "\(calculator.input.trimmingCharacters(in: .whitespaces)) = \(result.text)"
      live.calculationHistory = calculator.history
      live.calculator = nil
      live.focus = calculator.returnsToNotes ? .notes : live.focus
      return effects + apply(.insert(line), to: &live)
    case .backspace:
      if !calculator.input.isEmpty { calculator.input.removeLast() }
      calculator.edited()
    case .control("u"):
      calculator.input = ""
      calculator.edited()
    case .up, .down:
      calculator.recall(older: key == .up)
    case .character(let character):
      calculator.input.append(character)
      calculator.edited()
    default:
      break
    }
    live.calculator = calculator
    return effects
  }

  /// Text pasted while the calculator is open goes into its line (on one line).
  func pasteCalculator(_ text: String, into calculator: inout CalculatorState) {
    calculator.input += text.map { $0.isNewline ? " " : $0 }.reduce(into: "") { $0.append($1) }
    calculator.edited()
  }

  /// Works out the line; a result is kept with the session unless it repeats the last one.
  private mutating func evaluate(_ calculator: inout CalculatorState, sessionID: String) -> [Effect] {
    let expression = calculator.input.trimmingCharacters(in: .whitespaces)
    do {
      let result = try Calculator.evaluate(expression)
      calculator.result = result
      calculator.error = nil
      if let last = calculator.history.last, last.expression == expression, last.result == result.text { return [] }
      let calculation = Calculation(
        id: random.identifier(), sessionID: sessionID, expression: expression, result: result.text,
        value: result.value, unit: result.unit, at: now)
      calculator.history.append(calculation)
      calculator.recalled = nil
      return [.save(.calculation(calculation))]
    } catch let error as CalculatorError {
      calculator.result = nil
      calculator.error = error
    } catch {
      calculator.result = nil
      calculator.error = CalculatorError(.syntax, "\(error)", column: 1)
    }
    return []
  }
}

extension CalculatorState {
  mutating func edited() {
    result = nil
    error = nil
  }

  /// Steps through earlier calculations, newest first with ↑; ↓ past the newest clears the line.
  mutating func recall(older: Bool) {
    guard !history.isEmpty else { return }
    let next: Int?
    if older {
      next = max((recalled ?? history.count) - 1, 0)
    } else {
      next = recalled.flatMap { $0 + 1 < history.count ? $0 + 1 : nil }
    }
    recalled = next
    input = next.map { history[$0].expression } ?? ""
    edited()
  }
}
