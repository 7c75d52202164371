import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop decks index [--root FOLDER]`: writes the index of the built-in content that lets
/// a first start draw its home screen without parsing a deck (`make install` runs it on the
/// installed decks). The index names the files by what they hold, so an edited deck only makes
/// it unused until it is written again.
struct DecksIndexCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "index", abstract: "Write the index of the built-in decks for a fast first start.",
    shouldDisplay: false)

  @Option(help: "The folder holding Decks/ and Themes/; by default the built-in content's.")
  var root: String?

  func run() throws {
    let environment = ProcessInfo.processInfo.environment
    guard
      let folder = root.map({ URL(fileURLWithPath: $0, isDirectory: true) })
        ?? ContentLocations.builtInRoot(environment: environment)
    else { throw CLIError("no built-in content found (see 'mockloop doctor')") }
    guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("Decks/formats").path) else {
      throw CLIError("no Decks/formats under \(folder.path)")
    }
    guard let index = ContentIndex.builtIn(root: folder) else {
      throw CLIError("cannot read the content under \(folder.path)")
    }
    let url = ContentIndex.builtInURL(root: folder)
    guard index.write(to: url, forEveryone: true) else { throw CLIError("cannot write \(url.path)") }
    Output.text("wrote \(url.path)")
  }
}
