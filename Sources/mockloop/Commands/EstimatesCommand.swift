import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop estimates [ID]`: past estimation drill sets, or one set's answers.
struct EstimatesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "estimates", abstract: "List past estimation drill sets, newest first, or one set's answers.")
  @Argument(help: "A set id (or a unique prefix), or 'last': show its answers.") var set: String?
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let store = try CommandContext().openStore()
    let runs = try store.estimateRuns()
    if let set {
      guard let id = try store.resolveEstimateRunID(set), let run = runs.first(where: { $0.id == id }) else {
        throw CLIError("no drill set '\(set)' (see 'mockloop estimates')")
      }
      if json { return try Output.json(run) }
      print(EstimateText.render(run))
      return
    }
    if json { return try Output.json(runs) }
    guard !runs.isEmpty else {
      print("No drill sets yet. Start one with 'mockloop drill' or e on the home screen.")
      return
    }
    var rows = [["ID", "DATE", "DRILLS", "WITHIN 2X", "WITHIN 10X", "OFF", "NOT ANSWERED", "STATE"]]
    rows += runs.map { run in
      [
        String(run.id.prefix(8)).terminalSafe, DurationText.day(run.startedAt), "\(run.drillIDs.count)",
        "\(run.count(.right))",
        "\(run.count(.close))", "\(run.count(.off))",
        "\(run.count(.skipped) + max(run.drillIDs.count - run.answers.count, 0))",
        run.finishedAt == nil ? "unfinished" : "finished",
      ]
    }
    print(Output.table(rows))
    print("")
    print(EstimateStats(runs: runs).summary)
  }
}

/// One drill set as text.
enum EstimateText {
  static func render(_ run: EstimateRun) -> String {
    var lines = [
      "Drill set \(String(run.id.prefix(8)).terminalSafe), \(DurationText.day(run.startedAt)): \(run.score)", "",
    ]
    for answer in run.answers {
      lines.append("\(answer.position + 1). \(answer.drillTitle.terminalSafe) [\(answer.topic.rawValue)]")
      let given = answer.answerText.map { "\($0.terminalSafe) (typed: \(answer.answer.terminalSafe))" } ?? "-"
      lines.append("   answer   \(given)")
      lines.append("   expected \(answer.expected.terminalSafe)")
      lines.append("   \(answer.grade.label), \(DurationText.clock(answer.seconds))")
    }
    return lines.joined(separator: "\n")
  }
}
