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
    func line(_ label: String, _ value: String, ok: Bool = true, fix: String? = nil) {
      if !ok { problems += 1 }
      Output.text(DoctorLine.text(label: label, value: value, fix: ok ? nil : fix ?? DoctorLine.noKnownFix))
    }
    Output.text("MockLoop \(MockLoopVersion.current)")
    let term = environment["TERM"] ?? ""
    let terminal = DoctorLine.terminal(
      term: term, canAddressCursor: term.isEmpty ? nil : NcursesTerminal.terminfoCanAddressCursor(term: term))
    line("terminal", terminal.value, ok: terminal.fix == nil, fix: terminal.fix)
    let locale =
      environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_CTYPE"] ?? environment["LANG"] ?? ""
    let utf8 = locale.uppercased().contains("UTF-8") || locale.uppercased().contains("UTF8")
    line(
      "locale",
      locale.isEmpty
        ? "no LANG/LC_ALL: CJK and emoji notes need a UTF-8 locale"
        : utf8 ? locale : "\(locale): CJK and emoji notes need a UTF-8 locale", ok: utf8,
      fix: "use a UTF-8 locale, for example: export LANG=C.UTF-8 (list them with: locale -a)")
    let noColor = ColorMode.from(environment: environment) == .none
    if terminal.fix == nil {
      let colors = NcursesTerminal.terminfoColorCount(term: term)
      line("colours", noColor ? "NO_COLOR is set: attributes only" : colors.map { "\($0) colours" } ?? "unknown")
    }
    let folder = context.dataFolder
    checkStorage(folder: folder, line: line)
    let library = context.loadContent()
    let locations = ContentLocations.standard(environment: environment)
    let questions = library.decks.reduce(0) { $0 + $1.questions.count }
    line("content", locations.deckFolders.map(\.path).joined(separator: ", "))
    line(
      "found",
      "\(library.formats.count.counted("format")), \(library.decks.count.counted("deck")), \(questions.counted("question")), \(library.rubrics.count.counted("rubric")), \(library.themes.count.counted("theme"))",
      ok: !library.formats.isEmpty,
      fix: "set MOCKLOOP_CONTENT to the folder holding Decks/ and Themes/, or reinstall MockLoop")
    for error in library.errors {
      line(
        "error", error.description, ok: false,
        fix: "correct that line, or move the file out of the folder ('mockloop decks lint FILE' checks it again)")
    }
    if problems > 0 { throw ExitCode(1) }
  }

  /// The data folder (really writable?), the free space beside it and the database (opens,
  /// takes the write lock), each with the fix when it fails.
  private func checkStorage(folder: URL, line: (String, String, Bool, String?) -> Void) {
    let databaseURL = folder.appendingPathComponent(DataLocation.databaseFileName)
    if FileManager.default.fileExists(atPath: folder.path) {
      if let problem = StorageCheck.probeWrite(folder: folder) {
        line("data", folder.path, false, problem.description)
      } else {
        line("data", "\(folder.path), writable", true, nil)
      }
    } else {
      var parent = folder.deletingLastPathComponent()
      while !FileManager.default.fileExists(atPath: parent.path), parent.path != "/" {
        parent = parent.deletingLastPathComponent()
      }
      if let problem = StorageCheck.probeWrite(folder: parent) {
        line("data", "\(folder.path) does not exist and cannot be created", false, problem.description)
      } else {
        line("data", "\(folder.path) (created on the first session)", true, nil)
      }
    }
    if let free = StorageCheck.freeBytes(at: folder) {
      let low = free < StorageCheck.lowSpaceBytes
      line(
        "space", "\(StorageCheck.megabytes(free)) free", !low,
        "free some space on that disk: saving a session needs a few MB, and nothing is saved while it is full")
    }
    guard FileManager.default.fileExists(atPath: databaseURL.path) else {
      line("database", "none yet (created on the first session)", true, nil)
      return
    }
    do {
      let store = try SessionStore.open(folder: folder)
      let count = try store.sessionCount()
      try store.checkWritable()
      line(
        "database", "\(databaseURL.path), schema \(SessionStore.schemaVersion), \(count.counted("session")), writable",
        true, nil)
    } catch let error as StoreError where error.allowsReading {
      let count = (try? SessionStore.open(folder: folder, mode: .readOnly).sessionCount()).map { $0.counted("session") }
      line("database", "\(databaseURL.path): \(count ?? "?") readable, nothing can be saved", false, error.description)
    } catch let error as StoreError {
      line("database", databaseURL.path, false, error.description)
    } catch {
      line("database", databaseURL.path, false, "\(error)")
    }
  }
}
