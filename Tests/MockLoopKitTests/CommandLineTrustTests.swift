import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// Running the binary as another user: root ignores permission bits, so a test that needs a
/// write to be refused for lack of permission runs the command as `nobody` through `setpriv`.
enum Unprivileged {
  static let isAvailable = geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")

  static func run(_ arguments: [String], home: URL) throws -> CommandRun {
    try CommandRun.run(
      arguments, home: home, environment: ["HOME": home.path],
      through: ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
  }
}

@Suite("The command line on bad data, hostile text and read-only places")
struct CommandLineTrustTests {
  /// A home with three sessions, the middle one's notes stored as a BLOB.
  static func homeWithBadSession() throws -> (home: URL, bad: String, good: [String]) {
    let home = Fixtures.temporaryFolder()
    let sessions = StoredDataTests.threeSessions()
    let store = try SessionStore.open(folder: home)
    try store.insert(sessions)
    try StoredDataTests.spoil(store, victim: sessions[1].id, with: Damage.all[0])
    return (home, sessions[1].id, [sessions[2].id, sessions[0].id])
  }

  @Test("show of a bad session says which column of which table is wrong, without a crash, and delete removes it")
  func showBadSession() throws {
    let (home, bad, good) = try Self.homeWithBadSession()
    let run = try CommandRun.run(["show", bad], home: home)
    #expect(run.status == 1)
    #expect(run.stderr.contains("session \(bad) cannot be read: session.notes holds a BLOB of 3 bytes"))
    #expect(run.stderr.contains("mockloop delete \(bad)"))
    #expect(!run.stderr.contains("Fatal error"))
    #expect(run.stdout.isEmpty)
    #expect(try CommandRun.run(["show", good[0]], home: home).status == 0)
    // The way out the message gives works on the unreadable session.
    let delete = try CommandRun.run(["delete", "-y", bad], home: home)
    #expect(delete.status == 0, "\(delete.stderr)")
    #expect(try CommandRun.run(["history"], home: home).status == 0)
  }

  @Test("export --all skips a bad session with a warning, exports the rest 0600 and exits 3")
  func exportAllSkipsBadSession() throws {
    let (home, bad, good) = try Self.homeWithBadSession()
    let run = try CommandRun.run(["export", "--all"], home: home)
    #expect(run.status == 3)
    #expect(run.stderr.contains("warning: skipped session \(bad): session.notes holds a BLOB"))
    let document = try ExportDocument.decode(Data(run.stdout.utf8))
    #expect(document.sessions.map(\.id) == good)

    let file = Fixtures.temporaryFolder().appendingPathComponent("backup.json")
    let toFile = try CommandRun.run(["export", "--all", "-o", file.path], home: home)
    #expect(toFile.status == 3)
    #expect(toFile.stderr.contains("wrote 2 sessions"))
    #expect(try PrivateFileTests.mode(file) == 0o600)
    #expect(try ExportDocument.decode(Data(contentsOf: file)).sessions.map(\.id) == good)

    let history = try CommandRun.run(["history"], home: home)
    #expect(history.status == 3)
    #expect(history.stderr.contains(bad))
    #expect(history.stdout.split(separator: "\n").count == 3)  // heading and two sessions
    #expect(try CommandRun.run(["stats"], home: home).status == 3)
  }

  @Test("decks list and show of a deck with an escape in a title print no escape, and lint warns")
  func hostileDeck() throws {
    let home = Fixtures.temporaryFolder()
    let decks = home.appendingPathComponent("config/mockloop/decks")
    try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
    try Data(
      """
      id: hostile
      title: "Hostile \\e]0;pwned\\a deck"
      questions:
        - id: clear-screen
          title: "Design \\e[2J a \\x9b31m cache"
          levels: [L6]
          prompt: "Say \\x1b[5m something"
          requirements: { functional: [Cache], non_functional: [Fast] }
      """.utf8
    ).write(to: decks.appendingPathComponent("hostile.yaml"))
    let list = try CommandRun.run(["decks", "list"], home: home)
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("Design \u{FFFD}[2J a \u{FFFD}31m cache"))
    #expect(!list.stdout.contains("\u{1B}") && !list.stdout.contains("\u{9B}") && !list.stdout.contains("\u{07}"))
    let show = try CommandRun.run(["decks", "show", "clear-screen"], home: home)
    #expect(show.status == 0)
    #expect(!show.stdout.holdsTerminalControls)
    #expect(show.stdout.contains("Say \u{FFFD}[5m something"))
    let json = try CommandRun.run(["decks", "show", "clear-screen", "--json"], home: home)
    #expect(!json.stdout.holdsTerminalControls)
    #expect(json.stdout.contains(#"\u009b31m"#))
    let lint = try CommandRun.run(["decks", "lint", decks.path], home: home)
    #expect(lint.status == 0)
    #expect(lint.stderr.contains("question 'clear-screen' title holds ESC (U+001B) and CSI (U+009B)"))
    #expect(!lint.stderr.contains("\u{1B}"))
  }

  @Test("import refuses an export whose scores are off the scale, naming the session and the field")
  func importRefusal() throws {
    var session = SessionStoreTests.playedSession(clock: ManualClock(), id: "off-scale")
    session.assessment?.scores = ["requirements": 1 << 62]
    let file = Fixtures.temporaryFolder().appendingPathComponent("bad.json")
    try ExportDocument(exportedAt: Date(), sessions: [session]).encoded().write(to: file)
    let home = Fixtures.temporaryFolder()
    let run = try CommandRun.run(["import", file.path], home: home)
    #expect(run.status != 0)
    #expect(run.stderr.contains("sessions[0] (id off-scale): assessment.scores.requirements: 4611686018427387904"))
    #expect(run.stderr.contains("nothing was imported"))
    #expect(try SessionStore.open(folder: home).sessionCount() == 0)
  }

  @Test("doctor checks that the data folder and the database really take writes and that there is space")
  func doctorOnHealthyHome() throws {
    let home = Fixtures.temporaryFolder()
    try SessionStore.open(folder: home).insert(StoredDataTests.threeSessions())
    let run = try CommandRun.run(["doctor"], home: home)
    #expect(run.stdout.contains("ok   data       \(home.path), writable"))
    #expect(run.stdout.contains("ok   space"))
    #expect(run.stdout.contains("3 sessions, writable"))
    #expect(!run.stdout.contains("FAIL data") && !run.stdout.contains("FAIL database"))
    // The write probe leaves nothing behind.
    #expect(!(try FileManager.default.contentsOfDirectory(atPath: home.path)).contains { $0.contains("write-check") })
  }

  @Test(
    "a data folder without write permission is read with a note, and a write names the path and permission",
    .enabled(if: Unprivileged.isAvailable))
  func noWritePermission() throws {
    let home = Fixtures.temporaryFolder()
    try SessionStore.open(folder: home).insert(StoredDataTests.threeSessions())
    // Readable by everyone, writable by no one but root: the setup of a shared or restored folder.
    let database = home.appendingPathComponent(DataLocation.databaseFileName)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: database.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: home.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: home.path) }
    let history = try Unprivileged.run(["history"], home: home)
    #expect(history.status == 0, "\(history.stderr)")
    #expect(history.stdout.split(separator: "\n").count == 4)
    #expect(history.stderr.contains("note: no write permission"))
    #expect(history.stderr.contains("nothing can be saved"))
    let export = try Unprivileged.run(["export", "--all"], home: home)
    #expect(try ExportDocument.decode(Data(export.stdout.utf8)).sessions.count == 3)

    let file = Fixtures.temporaryFolder().appendingPathComponent("x.json")
    try ExportDocument(exportedAt: Date(), sessions: []).encoded().write(to: file)
    let refused = try Unprivileged.run(["import", file.path], home: home)
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("no write permission on the"))
    #expect(refused.stderr.contains("you are uid 65534"))
    #expect(!refused.stderr.contains("not a readable MockLoop database"))
    let doctor = try Unprivileged.run(["doctor"], home: home)
    #expect(doctor.stdout.contains("FAIL data"))
    #expect(doctor.stdout.contains("FAIL database"))
  }
}
