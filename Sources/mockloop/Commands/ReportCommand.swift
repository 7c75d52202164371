import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop report`: one session, or the whole preparation, as one self-contained HTML page
/// (inline CSS and SVG, nothing fetched), written 0600.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write one session, or the whole preparation, as a self-contained HTML page.",
    discussion: """
      The page has charts (planned versus actual time, a timeline, scores against the bar) with a \
      table beside each, opens offline and prints cleanly. Without -o it is written to \
      mockloop-report-ID.html (mockloop-report-all.html with --all) in the current folder, and \
      the path is printed.
      """)

  @Argument(help: "A session id (or a unique prefix of one), or 'last' (the default). Omit with --all.")
  var session: String?
  @Flag(help: "Report on the whole preparation instead of one session.") var all = false
  @Option(help: "With --all: only sessions started on or after this day (YYYY-MM-DD, local time).") var since: String?
  @Option(name: .shortAndLong, help: "Write to this file.") var output: String?

  func validate() throws {
    if all, session != nil { throw ValidationError("give a session id or --all, not both") }
    if since != nil, !all { throw ValidationError("--since goes with --all") }
    if let since, ReportDates().parseDay(since) == nil { throw ValidationError("--since must be a day as YYYY-MM-DD") }
  }

  func run() throws {
    let context = CommandContext()
    let store = try context.openStore()
    let library = context.loadContent()
    let now = Date()
    let page: ReportPage
    if all {
      page = try ReportPage.practice(
        store: store, library: library, since: since.flatMap(ReportDates().parseDay), now: now)
    } else {
      page = ReportPage.session(try context.session(session ?? "last", in: store), library: library, now: now)
    }
    let url = URL(fileURLWithPath: output ?? page.defaultFileName)
    try page.write(to: url)
    print(url.standardizedFileURL.path.terminalSafe)
  }
}

/// A report page made for the command line, with the file name it is written to by default.
struct ReportPage {
  var html: String
  var defaultFileName: String

  static func session(_ session: Session, library: ContentLibrary, now: Date) -> ReportPage {
    let html = SessionHTMLReport.html(
      session: session, rubric: library.rubric(for: session),
      question: library.question(id: session.question.id)?.question,
      now: now)
    return ReportPage(html: html, defaultFileName: "mockloop-report-\(fileSafe(session.id)).html")
  }

  /// Every session of the store (from `since` on) as the whole preparation.
  static func practice(store: SessionStore, library: ContentLibrary, since: Date?, now: Date) throws -> ReportPage {
    let digests = try store.digests().values
    let rubric = library.rubric(for: digests)
    let html = PracticeHTMLReport.html(
      digests: digests, content: library, rubric: rubric, since: since, now: now,
      calibration: try store.calibration(
        rubric: rubric, among: since.map { _ in PracticeHTMLReport.countedSessionIDs(of: digests, since: since) }))
    return ReportPage(html: html, defaultFileName: "mockloop-report-all.html")
  }

  func write(to url: URL) throws {
    do {
      try ReportFile.write(html, to: url)
    } catch let error as ReportFile.WriteError {
      throw CLIError(error.description.terminalSafe)
    }
  }

  /// An id as part of a file name: letters, digits, '-' and '_' kept, anything else (a '/' of
  /// an imported id, say) written as '_'.
  static func fileSafe(_ id: String) -> String {
    let kept = id.unicodeScalars.map { scalar -> Character in
      scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "-" || scalar == "_")
        ? Character(scalar) : "_"
    }
    return kept.isEmpty ? "session" : String(kept)
  }
}
