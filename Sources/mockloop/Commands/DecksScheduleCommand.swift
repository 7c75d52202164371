import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop decks schedule QUESTION --format FORMAT [--level L6|L7] [--json]`: for deck
/// authors, every follow-up a session of that question hears, in order, with its minute, phase
/// and role. Never prints a reference or an answer note.
struct DecksScheduleCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "schedule", abstract: "Show when each follow-up of a question is asked in a format.",
    discussion: """
      Follow-ups are placed by phase role: a follow-up's minute is the start of its role's phases \
      plus its 'at' fraction of their length. Follow-ups of another level are left out; those \
      asked on demand (f) are listed after the timed ones.
      """)

  @Argument(help: "The question id, e.g. url-shortener.") var question: String
  @Option(help: "The format id, e.g. amazon-l7.") var format: String
  @Option(help: "The session's level (L6 or L7); by default the format's, else the question's first.")
  var level: String?
  @Flag(help: "Print JSON.") var json = false

  func run() throws {
    let library = CommandContext().loadContent()
    guard let (question, _) = library.question(id: question) else {
      throw CLIError("no question '\(self.question)' (see 'mockloop decks list')")
    }
    guard let format = library.format(id: format) else {
      let known = library.formats.map(\.id).joined(separator: ", ")
      throw CLIError("no format '\(self.format)' (known: \(known))")
    }
    if let misfit = question.misfit(in: format) {
      let fitting = library.formats(for: question).map(\.id)
      let fits = fitting.isEmpty ? "it fits no format" : "it fits: " + fitting.joined(separator: ", ")
      throw CLIError("question '\(question.id)' does not fit format '\(format.id)': \(misfit); \(fits)")
    }
    let level = try sessionLevel(question: question, format: format)
    let schedule = FollowUpSchedule(question: question, format: format, level: level)
    let listing = ScheduleListing(question: question, format: format, level: level, schedule: schedule)
    if json { return try Output.json(listing) }
    print(ScheduleText.render(listing, title: question.title, onDemand: schedule.onDemand))
  }

  private func sessionLevel(question: Question, format: InterviewFormat) throws -> Level {
    guard let level else { return format.level ?? question.levels.first ?? .l6 }
    guard let parsed = Level(rawValue: level.uppercased()) else {
      throw CLIError("unknown level '\(level)' (use L6 or L7)")
    }
    if let own = format.level, own != parsed {
      throw CLIError("format '\(format.id)' runs at \(own.rawValue) only")
    }
    guard question.levels(in: format).contains(parsed) else {
      let levels = question.levels.map(\.rawValue).joined(separator: "/")
      throw CLIError("question '\(question.id)' is for \(levels), not \(parsed.rawValue)")
    }
    return parsed
  }
}

/// The JSON shape of `decks schedule --json`: the timed follow-ups only, with no answer notes.
struct ScheduleListing: Encodable {
  struct Item: Encodable {
    var minute: Double
    var phase: String
    var role: PhaseRole
    /// The levels it is limited to; empty when every level hears it.
    var levels: [Level]
    var text: String
  }

  var question: String
  var format: String
  var level: Level
  var minutes: Int
  var followUps: [Item]

  init(question: Question, format: InterviewFormat, level: Level, schedule: FollowUpSchedule) {
    self.question = question.id
    self.format = format.id
    self.level = level
    minutes = format.totalMinutes
    followUps = schedule.timed.map {
      Item(minute: $0.minute, phase: $0.phaseID, role: $0.role, levels: $0.followUp.levels, text: $0.followUp.text)
    }
  }
}

/// `decks schedule` as a table.
enum ScheduleText {
  static func render(_ listing: ScheduleListing, title: String, onDemand: [FollowUp]) -> String {
    var lines = [
      "\(title.terminalSafe) [\(listing.question)] in \(listing.format) at \(listing.level.rawValue), "
        + "\(listing.minutes) minutes: \(listing.followUps.count) timed, \(onDemand.count) on demand"
    ]
    var rows = [["minute", "phase", "role", "level", "follow-up"]]
    rows += listing.followUps.map { item in
      [
        String(format: "%6.2f", item.minute), item.phase, item.role.rawValue, levels(item.levels),
        item.text.terminalSafe,
      ]
    }
    lines.append(Output.table(rows))
    if !onDemand.isEmpty {
      lines.append("")
      lines.append("On demand (f):")
      lines += onDemand.map { "  \(levels($0.levels).isEmpty ? "" : levels($0.levels) + " ")\($0.text.terminalSafe)" }
    }
    return lines.joined(separator: "\n")
  }

  private static func levels(_ levels: [Level]) -> String {
    levels.isEmpty ? "" : levels.map(\.rawValue).joined(separator: "/") + " only"
  }
}
