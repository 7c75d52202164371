import ArgumentParser
import MockLoopKit

/// `mockloop themes list`.
struct ThemesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes", abstract: "List colour themes.", subcommands: [List.self], defaultSubcommand: List.self)

  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List colour themes.")
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      let library = CommandContext().loadContent()
      for error in library.errors where error.file.lowercased().contains("theme") { Output.error(error.description) }
      if json { return try Output.json(library.themes.map { ["id": $0.id, "title": $0.title] }) }
      Output.text(Output.table(library.themes.map { [$0.id, $0.title] }))
    }
  }
}
