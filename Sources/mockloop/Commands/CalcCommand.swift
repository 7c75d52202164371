import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop calc EXPRESSION`: the estimate calculator on the command line.
struct CalcCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "calc", abstract: "Work out an estimate with units, e.g. mockloop calc '100M req/day in /s'.",
    discussion: """
      Numbers take the suffixes K, M, B, T written straight after them (5B is five billion; 5 B is \
      five bytes). Units: B, KB..EB, KiB..EiB, bit, Kbit..Tbit, bps..Tbps, ns, us, ms, s, min, h, \
      day, week, month (30 days), year (365 days), USD or $, %. Any other word counts something \
      (req, users) and is carried through. End with 'in UNIT' to choose the unit: in /s, in TB/year, \
      in Gbps. Constants: L1, RAM, ssd_read, disk_seek, dc_rtt, region_rtt. Quote the expression \
      or the shell may expand * and $.
      """)

  @Argument(parsing: .captureForPassthrough, help: "The expression (its words are joined with spaces).")
  var expression: [String] = []
  @Flag(help: "Print JSON: {\"value\": NUMBER, \"unit\": \"TB\", \"text\": \"365 TB\"}, value in the printed unit.")
  var json = false

  func run() throws {
    var words = expression
    var asJSON = json
    if let index = words.firstIndex(of: "--json") {
      words.remove(at: index)
      asJSON = true
    }
    if words.first == "--" { words.removeFirst() }
    let text = words.joined(separator: " ")
    do {
      let result = try Calculator.evaluate(text)
      if asJSON { return try Output.json(result) }
      print(result.text.terminalSafe)
    } catch let error as CalculatorError {
      let pointer = String(repeating: " ", count: max(error.column - 1, 0)) + "^"
      throw CLIError("\(error.description.terminalSafe)\n  \(text.terminalSafe)\n  \(pointer)")
    }
  }
}
