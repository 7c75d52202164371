import ArgumentParser
import MockLoopKit

/// `mockloop`: the full-screen app, plus commands that answer questions about your data.
@main
struct MockLoopCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "mockloop",
    abstract: "Rehearse senior system-design interviews in your terminal.",
    discussion: """
      Run with no command for the full-screen app. Data lives in $MOCKLOOP_HOME, else \
      $XDG_DATA_HOME/mockloop, else ~/.local/share/mockloop. Your own decks and themes go in \
      $XDG_CONFIG_HOME/mockloop/{decks,themes}.
      """,
    version: MockLoopVersion.current,
    subcommands: [
      AppCommand.self, StartCommand.self, ResumeCommand.self, HistoryCommand.self, ShowCommand.self,
      ExportCommand.self, ImportCommand.self, DeleteCommand.self, DecksCommand.self, ThemesCommand.self,
      DoctorCommand.self, KeysCommand.self, RenderBenchCommand.self,
      StatsCommand.self, CompareCommand.self, BenchDataCommand.self, BenchHistoryCommand.self,
      PlanCommand.self, CalcCommand.self, DrillCommand.self, EstimatesCommand.self,
      ReportCommand.self, BenchReportCommand.self, InterviewerCommand.self, GradeCommand.self,
    ],
    defaultSubcommand: AppCommand.self
  )
}

enum MockLoopVersion {
  static let current = "0.1.0"
}

extension MockLoopCommand {
  /// Runs the command line; a store error that a command let through is reported like a
  /// `CLIError`, with the diagnosis that fits it, never as a raw SQLite message.
  static func main() {
    do {
      // A bare `mockloop` opens the home screen with every default: building the parser's
      // command tree (its names looked up through the runtime's protocol conformances) cost
      // that start-up about 20M instructions before its first frame.
      if CommandLine.arguments.count == 1 {
        try launchApp(.home)
        return
      }
      var command = try parseAsRoot()
      try command.run()
    } catch let error as StoreError {
      exit(withError: CLIError(error.description))
    } catch {
      let url = CommandContext().dataFolder.appendingPathComponent(DataLocation.databaseFileName)
      if let diagnosed = StoreError.diagnosingSQLite(error, databaseURL: url) {
        exit(withError: CLIError(diagnosed.description))
      }
      exit(withError: error)
    }
  }
}
