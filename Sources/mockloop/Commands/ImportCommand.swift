import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop import FILE`: adds the sessions of a JSON export; ones already here are skipped.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import sessions from a JSON export ('-' reads standard input).",
    discussion: """
      The export is checked first, and refused whole (naming each session and field) if a score is \
      outside its rubric's scale, a session's event times go backwards, a format has no phases, an id \
      repeats, or its version is not 1. Inputs over 256 MB are refused. A file as 'mockloop export' \
      writes it is read one session at a time (twice: to check it, then to import it), so memory \
      stays small whatever its size; standard input is first copied to a temporary file for that.
      """)
  @Argument(help: "A file written by 'mockloop export --format json'.") var file: String

  func run() throws {
    let name = file == "-" ? "standard input" : file
    let context = CommandContext()
    let export: CheckedExport
    do {
      let input =
        file == "-" ? try ImportFile(copying: FileHandle.standardInput, source: name) : try ImportFile(path: file)
      export = try CheckedExport(input, rubrics: context.loadContent().rubrics)
    } catch let error as StoreError {
      throw CLIError("\(name): \(error.description)")
    }
    let store = try context.openStore()
    let result: ImportResult
    do {
      result = try store.importExport(export)
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
    Output.text(
      "imported \(result.added.counted("session")), skipped \(result.skipped) already present")
  }
}
