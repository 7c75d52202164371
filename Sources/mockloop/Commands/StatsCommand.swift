import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop stats`: how practice is going across every session, and what to practise next.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show practice statistics: sessions per week, streak, scores, pacing, skipped items and a suggestion.",
    discussion: "Sessions that cannot be read are left out with a warning each, and the exit status is 3.")
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let context = CommandContext()
    let store = try context.openStoreForReading()
    let content = context.loadOutline()
    // The store is let go once read, so that its connection closes as SQLite expects; the
    // digests are kept to the end (`Output.finish`), which spares freeing thousands of them.
    let (stats, rubric, skipped, digests) = try (consume store).practiceStats(content: content, now: Date())
    Output.skipped(skipped)
    if json {
      try Output.json(stats)
    } else {
      Output.text(StatsText.render(stats, rubric: rubric))
      if let estimates = stats.estimates { Output.text(EstimateStatsText.render(estimates)) }
      if let calibration = stats.calibration { Output.text(CalibrationText.render(calibration)) }
    }
    Output.finish(skipped: skipped, keeping: content, stats, digests)
  }
}
