import Foundation
import Testing

@testable import MockLoopKit

@Suite("mockloop report")
struct ReportCommandTests {
  static func permissions(_ url: URL) throws -> Int? {
    (try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue
  }

  @Test("report last writes mockloop-report-ID.html 0600 in the current folder and prints its path")
  func defaultPath() throws {
    let home = Fixtures.temporaryFolder()
    let folder = Fixtures.temporaryFolder()
    let session = ReportFixture.session()
    try SessionStore.open(folder: home).insert(session)
    let run = try CommandRun.run(["report"], home: home, in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let file = folder.appendingPathComponent("mockloop-report-\(ReportFixture.id).html")
    #expect(run.stdout == file.standardizedFileURL.path + "\n")
    #expect(try Self.permissions(file) == 0o600)
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<h1>Design a URL shortener</h1>"))
    #expect(html.contains("<section id=\"timeline\""))
  }

  @Test("report --all -o replaces a readable file with a 0600 one")
  func allToFile() throws {
    let home = Fixtures.temporaryFolder()
    let folder = Fixtures.temporaryFolder()
    try SessionStore.open(folder: home).insert(ReportFixture.session())
    let file = folder.appendingPathComponent("six weeks.html")
    try Data("old".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
    let run = try CommandRun.run(["report", "--all", "-o", "six weeks.html"], home: home, in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == file.standardizedFileURL.path + "\n")
    #expect(try Self.permissions(file) == 0o600)
    let html = try String(contentsOf: file, encoding: .utf8)
    #expect(html.contains("<h1>Practice report</h1>"))
    #expect(html.contains("<section id=\"plan-coverage\" class=\"slot\" data-slot=\"empty\"></section>"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["six weeks.html"])
  }

  @Test("report --all on an empty home writes a page that says there is nothing yet")
  func emptyHome() throws {
    let folder = Fixtures.temporaryFolder()
    let run = try CommandRun.run(["report", "--all"], home: Fixtures.temporaryFolder(), in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    let html = try String(contentsOf: folder.appendingPathComponent("mockloop-report-all.html"), encoding: .utf8)
    #expect(html.contains("No finished session in this range."))
    #expect(html.contains("<dt>From</dt><dd>no sessions yet</dd>"))
  }

  @Test("report refuses an empty home, --since without --all, a bad day and an id with --all, writing nothing")
  func refusals() throws {
    let home = Fixtures.temporaryFolder()
    let folder = Fixtures.temporaryFolder()
    let empty = try CommandRun.run(["report", "last"], home: home, in: folder)
    #expect(empty.status != 0)
    #expect(empty.stderr.contains("there are no sessions yet"))
    for (arguments, message) in [
      (["report", "--since", "2026-11-01"], "--since goes with --all"),
      (["report", "--all", "--since", "2026-13-01"], "--since must be a day as YYYY-MM-DD"),
      (["report", "abc", "--all"], "give a session id or --all, not both"),
    ] {
      let run = try CommandRun.run(arguments, home: home, in: folder)
      #expect(run.status != 0, "\(arguments)")
      #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

  @Test("an imported id that is not a plain id still makes a file name inside the current folder")
  func fileSafeName() throws {
    let home = Fixtures.temporaryFolder()
    let folder = Fixtures.temporaryFolder()
    var session = ReportFixture.session()
    session.id = "../../etc/x y"
    try SessionStore.open(folder: home).insert(session)
    let run = try CommandRun.run(["report", "last"], home: home, in: folder)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["mockloop-report-______etc_x_y.html"])
  }

  @Test("a report that cannot be written fails with the path and the reason, leaving no temporary file")
  func unwritable() throws {
    let home = Fixtures.temporaryFolder()
    let folder = Fixtures.temporaryFolder()
    try SessionStore.open(folder: home).insert(ReportFixture.session())
    let run = try CommandRun.run(["report", "-o", "missing/report.html"], home: home, in: folder)
    #expect(run.status != 0)
    #expect(run.stderr.contains("cannot write \(folder.standardizedFileURL.path)/missing/report.html: No such file"))
    #expect(!run.stderr.contains("Fatal error"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }
}
