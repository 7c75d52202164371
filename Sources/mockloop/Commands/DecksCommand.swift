import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop decks list|show|lint|schedule`.
struct DecksCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "decks", abstract: "List, show and check question decks, formats and rubrics.",
    subcommands: [List.self, Show.self, Lint.self, DecksScheduleCommand.self, DecksIndexCommand.self],
    defaultSubcommand: List.self)

  struct List: ParsableCommand {
    // Each subcommand names itself: the name made from the type's (String(describing:)) cost
    // every command line, `--version` too, about 8M instructions for the four.
    static let configuration = CommandConfiguration(
      commandName: "list", abstract: "List formats, decks and their questions.")
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      let library = CommandContext().loadContent()
      for error in library.errors { Output.error(error.description) }
      if json {
        try Output.json(DeckListing(library: library))
        return
      }
      Output.text("Formats")
      Output.text(
        Output.table(
          library.formats.map { ["  \($0.id)", $0.level?.rawValue ?? "any", "\($0.totalMinutes) min", $0.title] }))
      for deck in library.decks {
        Output.text("")
        Output.text("Deck \(deck.id): \(deck.title) (\(deck.questions.count.counted("question")))")
        Output.text(
          Output.table(
            deck.questions.map {
              ["  \($0.id)", $0.levels.map(\.rawValue).joined(separator: "/"), $0.title]
            }))
      }
      if !library.rubrics.isEmpty {
        Output.text("")
        Output.text("Rubrics")
        Output.text(
          Output.table(library.rubrics.map { ["  \($0.id)", $0.dimensions.count.counted("dimension"), $0.title] }))
      }
    }
  }

  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "show", abstract: "Show one question, format, deck or rubric by id.")
    @Argument(help: "The id of a question, format, deck or rubric.") var id: String
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
      let library = CommandContext().loadContent()
      if let (question, deck) = library.question(id: id) {
        if json { return try Output.json(question) }
        Output.text(QuestionText.render(question, deck: deck, formats: library.formats(for: question)))
      } else if let format = library.format(id: id) {
        if json { return try Output.json(format) }
        Output.text(FormatText.render(format))
      } else if let deck = library.deck(id: id) {
        if json { return try Output.json(DeckListing.DeckEntry(deck)) }
        Output.text("\(deck.title) (\(deck.id)), \(deck.file)")
        Output.text(
          Output.table(
            deck.questions.map { ["  \($0.id)", $0.levels.map(\.rawValue).joined(separator: "/"), $0.title] }))
      } else if let rubric = library.rubric(id: id) {
        if json { return try Output.json(RubricListing(rubric)) }
        Output.text(RubricText.render(rubric))
      } else if let drill = library.estimate(id: id) {
        if json { return try Output.json(drill) }
        Output.text(DrillText.render(drill))
      } else {
        throw CLIError(
          "no question, format, deck, rubric or estimation drill with id '\(id)' (see 'mockloop decks list')")
      }
    }
  }

  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "lint",
      abstract: "Check content files; exits 1 on any error.",
      discussion: """
        With no path, checks the built-in content and your own decks and themes. Text holding control \
        characters (escape sequences a terminal would act on) is warned about; warnings do not fail.
        """)
    @Argument(help: "Files or folders to check.") var paths: [String] = []

    func run() throws {
      let library: ContentLibrary
      if paths.isEmpty {
        library = CommandContext().loadContent(cached: false)
      } else {
        library = ContentLibrary.load(paths: paths.map { URL(fileURLWithPath: $0) })
      }
      for error in library.errors { Output.error(error.description) }
      let warnings = ContentLint.controlCharacters(in: library)
      for warning in warnings { Output.error(warning.description) }
      let questions = library.decks.reduce(0) { $0 + $1.questions.count }
      let drills = library.allEstimates.count
      let summary =
        "\(library.fileCount.counted("file")): \(library.formats.count.counted("format")), "
        + "\(library.decks.count.counted("deck")) (\(questions.counted("question")), "
        + "\(drills.counted("estimation drill"))), "
        + "\(library.rubrics.count.counted("rubric")), \(library.themes.count.counted("theme")); "
        + "\(library.errors.count.counted("error"))"
        + (warnings.isEmpty ? "" : ", \(warnings.count.counted("warning"))")
      if library.errors.isEmpty {
        Output.text(summary)
      } else {
        Output.error(summary)
        throw ExitCode(1)
      }
    }
  }
}
