import Foundation
import Testing

@testable import MockLoopKit

/// The built `mockloop` binary, run on a temporary home.
struct CommandRun {
  var status: Int32
  var stdout: String
  var stderr: String

  static var binary: URL {
    URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
      .appendingPathComponent("mockloop")
  }

  /// Runs the binary with `arguments` on `home`: `input` on its standard input (else an empty
  /// one), `changes` over the environment, `folder` as its current directory, and `launcher`
  /// (a command and its arguments) in front of it when given.
  static func run(
    _ arguments: [String], home: URL, input: String? = nil, environment changes: [String: String] = [:],
    in folder: URL? = nil, through launcher: [String] = []
  ) throws -> CommandRun {
    let process = Process()
    if let command = launcher.first {
      process.executableURL = URL(fileURLWithPath: command)
      process.arguments = launcher.dropFirst() + [binary.path] + arguments
    } else {
      process.executableURL = binary
      process.arguments = arguments
    }
    if let folder { process.currentDirectoryURL = folder }
    var environment = ProcessInfo.processInfo.environment
    environment["MOCKLOOP_HOME"] = home.path
    environment["XDG_CONFIG_HOME"] = home.appendingPathComponent("config").path
    environment.merge(changes) { $1 }
    process.environment = environment
    let out = Pipe(), err = Pipe(), stdin = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
    try stdin.fileHandleForWriting.close()
    let output = out.fileHandleForReading.readDataToEndOfFile()
    let errors = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandRun(
      status: process.terminationStatus, stdout: String(decoding: output, as: UTF8.self),
      stderr: String(decoding: errors, as: UTF8.self))
  }
}

@Suite("The mockloop command line")
struct CommandLineTests {
  @Test("history --json on an empty home prints []")
  func emptyHistory() throws {
    let run = try CommandRun.run(["history", "--json"], home: Fixtures.temporaryFolder())
    #expect(run.status == 0)
    #expect(run.stdout == "[]\n")
  }

  @Test("show last on an empty home fails with a message and no backtrace")
  func showLastEmpty() throws {
    let run = try CommandRun.run(["show", "last"], home: Fixtures.temporaryFolder())
    #expect(run.status != 0)
    #expect(run.stderr.contains("there are no sessions yet"))
    #expect(!run.stderr.contains("Fatal error"))
    #expect(run.stdout.isEmpty)
  }

  @Test("a session made by the store is listed, shown and exported with its notes, timings and follow-ups")
  func showSession() throws {
    let home = Fixtures.temporaryFolder()
    let clock = ManualClock()
    let session = SessionStoreTests.playedSession(clock: clock)
    try SessionStore.open(folder: home).insert(session)

    let history = try CommandRun.run(["history", "--json"], home: home)
    #expect(history.status == 0)
    let summaries = try ExchangeCoding.decoder.decode([SessionSummary].self, from: Data(history.stdout.utf8))
    #expect(summaries.map(\.id) == [session.id])

    let show = try CommandRun.run(["show", String(session.id.prefix(8)), "--json"], home: home)
    #expect(show.status == 0, "\(show.stderr)")
    let report = try ExchangeCoding.decoder.decode(SessionReport.self, from: Data(show.stdout.utf8))
    #expect(report.notes == session.notes)
    #expect(report.phases.map(\.plannedSeconds) == [900, 1800, 1800, 900])
    #expect(report.phases.map(\.actualSeconds) == [860, 360, 0, 0])
    #expect(report.phases[0].checklist.map(\.checked) == [true, false])
    #expect(report.followUps.map(\.text) == ["How do you generate ids?"])
    #expect(report.followUps.first?.minute == 20.3)
    #expect(report.assessment?.scores["requirements"] == 3)

    let markdown = try CommandRun.run(["export", "last", "--format", "md"], home: home)
    #expect(markdown.status == 0)
    #expect(markdown.stdout.contains("# Design a URL shortener"))
    #expect(markdown.stdout.contains("- [x] Asked about users"))
  }

  @Test("export --all then import on a fresh home copies every session once")
  func exportImport() throws {
    let home = Fixtures.temporaryFolder()
    let clock = ManualClock()
    let store = try SessionStore.open(folder: home)
    try store.insert(SessionStoreTests.playedSession(clock: clock))
    try store.insert(SessionStoreTests.playedSession(clock: clock))
    let file = Fixtures.temporaryFolder().appendingPathComponent("all.json")
    let export = try CommandRun.run(["export", "--all", "--format", "json", "-o", file.path], home: home)
    #expect(export.status == 0, "\(export.stderr)")

    let fresh = Fixtures.temporaryFolder()
    let first = try CommandRun.run(["import", file.path], home: fresh)
    #expect(first.stdout.contains("imported 2 sessions, skipped 0"))
    let second = try CommandRun.run(["import", file.path], home: fresh)
    #expect(second.stdout.contains("imported 0 sessions, skipped 2"))
    #expect(try SessionStore.open(folder: fresh).allSessions() == store.allSessions())
  }

  @Test("a corrupt database is reported with its path and left unchanged")
  func corruptDatabase() throws {
    let home = Fixtures.temporaryFolder()
    let file = home.appendingPathComponent(DataLocation.databaseFileName)
    let bytes = Data(repeating: 0x42, count: 4096)
    try bytes.write(to: file)
    let run = try CommandRun.run(["history"], home: home)
    #expect(run.status != 0)
    #expect(run.stderr.contains(file.path))
    #expect(run.stderr.contains("not a readable MockLoop database"))
    #expect(try Data(contentsOf: file) == bytes)
  }

  @Test("decks lint names the file, line and column of a broken deck and exits 1")
  func lintBrokenDeck() throws {
    let folder = Fixtures.temporaryFolder()
    let deck = folder.appendingPathComponent("mine.yaml")
    try Data("id: mine\ntitle: Mine\nquestions:\n  - id: q\n    titel: typo\n".utf8).write(to: deck)
    let run = try CommandRun.run(["decks", "lint", deck.path], home: Fixtures.temporaryFolder())
    #expect(run.status == 1)
    #expect(run.stderr.contains("\(deck.path):5:5: error: unknown key 'titel'"))
  }

  @Test("importing a file that is not an export fails without touching the store")
  func importGarbage() throws {
    let home = Fixtures.temporaryFolder()
    let file = home.appendingPathComponent("x.json")
    try Data("{\"hello\": 1}".utf8).write(to: file)
    let run = try CommandRun.run(["import", file.path], home: home)
    #expect(run.status != 0)
    #expect(run.stderr.contains("not a MockLoop export"))
  }

  @Test("importing a file that is not JSON says so without a dangling location")
  func importNotJSON() throws {
    let home = Fixtures.temporaryFolder()
    let file = home.appendingPathComponent("bad.json")
    try Data("{".utf8).write(to: file)
    let run = try CommandRun.run(["import", file.path], home: home)
    #expect(run.status != 0)
    #expect(run.stderr.contains("not a MockLoop export"))
    #expect(!run.stderr.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(" at"))
  }

  @Test("--version prints the version")
  func version() throws {
    let run = try CommandRun.run(["--version"], home: Fixtures.temporaryFolder())
    #expect(run.status == 0)
    #expect(run.stdout.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ".").count == 3)
  }
}

@Suite("The README stays true")
struct ReadmeTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("README.md")

  @Test("the README's key table is the one the keymap prints")
  func keyTable() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let begin = try #require(text.range(of: "<!-- keys:begin"))
    let end = try #require(text.range(of: "<!-- keys:end -->"))
    let section = text[begin.upperBound..<end.lowerBound].drop { $0 != "\n" }.dropFirst()
    let run = try CommandRun.run(["keys"], home: Fixtures.temporaryFolder())
    #expect(run.status == 0)
    #expect(
      section.trimmingCharacters(in: .whitespacesAndNewlines)
        == run.stdout.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  @Test("the README opens with make run and make test")
  func twoCommands() throws {
    let text = try String(contentsOf: Self.readme, encoding: .utf8)
    let opening = text.prefix(300)
    #expect(opening.contains("make run"))
    #expect(opening.contains("make test"))
  }
}

@Suite("decks schedule on the built-in content")
struct DecksScheduleCommandTests {
  /// The JSON `decks schedule --json` prints, decoded field by field.
  struct Listing: Decodable, Equatable {
    struct Item: Decodable, Equatable {
      var minute: Double
      var phase: String
      var role: String
      var levels: [String]
      var text: String
    }
    var question: String
    var format: String
    var level: String
    var minutes: Int
    var followUps: [Item]
  }

  @Test(
    "url-shortener's schedule as JSON: every follow-up inside the format, in a phase of its role, in order, no answers",
    arguments: [("amazon-l6", "L6", 60), ("amazon-l7", "L7", 90), ("practice-30", "L6", 30)])
  func schedule(_ formatID: String, _ level: String, _ minutes: Int) throws {
    let run = try CommandRun.run(
      ["decks", "schedule", "url-shortener", "--format", formatID, "--json"], home: Fixtures.temporaryFolder())
    #expect(run.status == 0, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["question", "format", "level", "minutes", "followUps"])
    let items = try #require(object["followUps"] as? [[String: Any]])
    #expect(items.allSatisfy { Set($0.keys) == ["minute", "phase", "role", "levels", "text"] })
    let listing = try JSONDecoder().decode(Listing.self, from: Data(run.stdout.utf8))
    #expect(listing.question == "url-shortener")
    #expect(listing.format == formatID)
    #expect(listing.level == level)
    #expect(listing.minutes == minutes)

    let library = BuiltInContentTests.library
    let format = try #require(library.format(id: formatID))
    let question = try #require(library.question(id: "url-shortener")?.question)
    let expected = FollowUpSchedule(question: question, format: format, level: Level(rawValue: level)).timed.map {
      Listing.Item(
        minute: $0.minute, phase: $0.phaseID, role: $0.role.rawValue, levels: $0.followUp.levels.map(\.rawValue),
        text: $0.followUp.text)
    }
    #expect(listing.followUps == expected)
    #expect(!listing.followUps.isEmpty)
    #expect(listing.followUps.map(\.minute) == listing.followUps.map(\.minute).sorted())
    for item in listing.followUps {
      #expect(item.minute >= 0 && item.minute < Double(minutes))
      let phase = try #require(format.phases.first { $0.id == item.phase })
      #expect(phase.roles.map(\.rawValue).contains(item.role), "\(item.phase) is not \(item.role)")
      #expect(!item.levels.contains(level == "L6" ? "L7" : "L6"), "a follow-up of the other level")
    }
    for point in question.followUps.flatMap(\.answer) + [question.reference ?? "\u{0}"] {
      #expect(!run.stdout.contains(point), "the schedule printed an answer or the reference")
    }
  }

  @Test("a question that does not fit the format is refused, naming the formats it fits")
  func misfit() throws {
    let run = try CommandRun.run(
      ["decks", "schedule", "url-shortener", "--format", "drill-15"], home: Fixtures.temporaryFolder())
    #expect(run.status != 0)
    #expect(run.stderr.contains("does not fit format 'drill-15'"), "\(run.stderr)")
    #expect(run.stderr.contains("it fits: ") && run.stderr.contains("amazon-l6"), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }

  @Test("a level the format does not run at is refused")
  func wrongLevel() throws {
    let run = try CommandRun.run(
      ["decks", "schedule", "url-shortener", "--format", "amazon-l6", "--level", "L7"],
      home: Fixtures.temporaryFolder())
    #expect(run.status != 0)
    #expect(run.stderr.contains("runs at L6 only"))
  }
}
