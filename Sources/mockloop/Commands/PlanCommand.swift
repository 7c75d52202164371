import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop plan`: what to practise today and on each of the next 14 days, and why.
struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: "Show the practice plan: the mocks due today and on each of the next 14 days, and why.",
    discussion: """
      Every question you graded at a level is a card that FSRS schedules from your grades; new \
      questions come at most three in any seven days, preferring those that exercise your weakest \
      dimensions. --level, --interview and --minutes-per-day are kept for the next plan and the \
      home screen.
      """)

  @Option(help: "The level you interview at (L6 or L7); kept.") var level: String?
  @Option(help: "The interview date, YYYY-MM-DD, or 'none' to forget it; kept.") var interview: String?
  @Option(help: "Minutes you can practise a day (10-720); kept.") var minutesPerDay: Int?
  @Option(help: .hidden) var today: String?
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let calendar = Calendar(identifier: .gregorian)
    var now = Date()
    if let today {
      guard let day = CalendarDay(today), let start = day.start(in: calendar) else {
        throw CLIError("--today needs a date as YYYY-MM-DD, found '\(today)'")
      }
      now = start.addingTimeInterval(12 * 3600)
    }
    let context = CommandContext()
    let store = try context.openStore()
    var settings = try store.planSettings()
    let changed = try apply(to: &settings, today: CalendarDay(now, in: calendar))
    if changed { try store.savePlanSettings(settings) }
    let plan = PracticePlan(
      digests: try store.digests().values, content: context.loadContent(), settings: settings, now: now,
      calendar: calendar)
    if json {
      for warning in plan.warnings { Output.error("warning: " + warning.terminalSafe) }
      return try Output.json(PlanJSON(plan))
    }
    print(PlanText.render(plan))
  }

  /// Takes the options into `settings`; true when something changed.
  private func apply(to settings: inout PlanSettings, today: CalendarDay) throws -> Bool {
    let before = settings
    if let level {
      guard let parsed = Level(rawValue: level.uppercased()) else {
        throw CLIError("--level must be L6 or L7, found '\(level)'")
      }
      settings.level = parsed
    }
    if let interview {
      if interview.lowercased() == "none" {
        settings.interview = nil
      } else {
        guard let day = CalendarDay(interview) else {
          throw CLIError("--interview needs a date as YYYY-MM-DD (or 'none'), found '\(interview)'")
        }
        guard day >= today else { throw CLIError("the interview date \(day) has already passed") }
        settings.interview = day
      }
    }
    if let minutesPerDay {
      guard PlanSettings.minutesRange.contains(minutesPerDay) else {
        let range = PlanSettings.minutesRange
        throw CLIError("--minutes-per-day must be \(range.lowerBound) to \(range.upperBound), found \(minutesPerDay)")
      }
      settings.minutesPerDay = minutesPerDay
    }
    return settings != before
  }
}
