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
      StatsCommand.self, CompareCommand.self, BenchDataCommand.self, BenchHistoryCommand.self, ReportCommand.self,
      BenchReportCommand.self,
    ],
    defaultSubcommand: AppCommand.self
  )
}

enum MockLoopVersion {
  static let current = "0.1.0"
}
