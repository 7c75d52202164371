import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop import FILE`: adds the sessions of a JSON export; ones already here are skipped.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import", abstract: "Import sessions from a JSON export ('-' reads standard input).")
  @Argument(help: "A file written by 'mockloop export --format json'.") var file: String

  func run() throws {
    let data: Data
    if file == "-" {
      data = FileHandle.standardInput.readDataToEndOfFile()
    } else {
      guard let contents = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
      data = contents
    }
    let document: ExportDocument
    do {
      document = try ExportDocument.decode(data)
    } catch let error as StoreError {
      throw CLIError("\(file): \(error.description)")
    }
    let result = try CommandContext().openStore().importDocument(document)
    print("imported \(result.added) session\(result.added == 1 ? "" : "s"), skipped \(result.skipped) already present")
  }
}
