import ArgumentParser
import Foundation
import MockLoopKit
import MockLoopTUI

/// `mockloop doctor`: what MockLoop sees of this machine, and what is wrong.
struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor", abstract: "Check the terminal, locale, data folder, database and content.")

  func run() throws {
    let context = CommandContext()
    let environment = context.environment
    var problems = 0
    func line(_ label: String, _ value: String, ok: Bool = true) {
      if !ok { problems += 1 }
      print("\(ok ? "ok  " : "FAIL") \(label.padding(toLength: 10, withPad: " ", startingAt: 0)) \(value)")
    }
    print("MockLoop \(MockLoopVersion.current)")
    let term = environment["TERM"] ?? ""
    line("terminal", term.isEmpty ? "TERM is not set: the full-screen app needs it" : "TERM=\(term)", ok: !term.isEmpty)
    let locale =
      environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
    let utf8 = locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8")
    line("locale", locale.isEmpty ? "no LANG/LC_ALL: CJK and emoji notes need a UTF-8 locale" : locale, ok: utf8)
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let colors = NcursesTerminal.terminfoColorCount(term: term)
    line("colours", noColor ? "NO_COLOR is set: attributes only" : colors.map { "\($0) colours" } ?? "unknown terminal")
    let folder = context.dataFolder
    line("data", folder.path)
    let databaseURL = folder.appendingPathComponent(DataLocation.databaseFileName)
    if FileManager.default.fileExists(atPath: databaseURL.path) {
      do {
        let store = try SessionStore.open(folder: folder)
        line(
          "database", "\(databaseURL.path), schema \(SessionStore.schemaVersion), \(try store.sessionCount()) sessions")
      } catch {
        line("database", "\(error)", ok: false)
      }
    } else {
      line("database", "none yet (created on the first session)")
    }
    let library = context.loadContent()
    let locations = ContentLocations.standard(environment: environment)
    let questions = library.decks.reduce(0) { $0 + $1.questions.count }
    line("content", locations.deckFolders.map(\.path).joined(separator: ", "))
    line(
      "found",
      "\(library.formats.count) formats, \(library.decks.count) decks, \(questions) questions, \(library.rubrics.count) rubrics, \(library.themes.count) themes",
      ok: !library.formats.isEmpty)
    for error in library.errors { line("error", error.description, ok: false) }
    if problems > 0 { throw ExitCode(1) }
  }
}
