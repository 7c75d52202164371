import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop stats`: how practice is going across every session, and what to practise next.
struct StatsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "stats",
    abstract: "Show practice statistics: sessions per week, streak, scores, pacing, skipped items and a suggestion.")
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let context = CommandContext()
    let store = try context.openStore()
    let content = context.loadContent()
    let sessions = try store.allSessionsBulk()
    let rubric = content.rubric(for: sessions)
    var stats = PracticeStats(sessions: sessions, content: content, rubric: rubric, now: Date())
    stats.estimates = EstimateStats(runs: try store.estimateRuns())
    if json { return try Output.json(stats) }
    print(StatsText.render(stats, rubric: rubric))
    if let estimates = stats.estimates { print(EstimateStatsText.render(estimates)) }
  }
}
