import Foundation
import Testing

@testable import MockLoopKit

@Suite("Small things: doctor's fixes, the history table, one duration rule")
struct SmallThingsCommandLineTests {
  /// Every FAIL line of doctor's output is followed by its fix.
  static func failuresWithoutFix(_ output: String) -> [String] {
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return lines.indices.filter { lines[$0].hasPrefix("FAIL") }.filter { index in
      index + 1 >= lines.count || !lines[index + 1].hasPrefix("     fix ")
    }.map { lines[$0] }
  }

  @Test("doctor refuses TERM=dumb with a fix, and every FAIL it prints comes with one")
  func doctorRefusesDumb() throws {
    let run = try CommandRun.run(
      ["doctor"], home: Fixtures.temporaryFolder(), environment: ["TERM": "dumb", "LANG": "C", "LC_ALL": ""])
    #expect(run.status == 1)
    #expect(run.stdout.contains("FAIL terminal   TERM=dumb cannot move the cursor"), "\(run.stdout)")
    #expect(run.stdout.contains("FAIL locale     C: CJK and emoji notes need a UTF-8 locale"))
    #expect(run.stdout.contains("fix        use a UTF-8 locale"))
    #expect(Self.failuresWithoutFix(run.stdout).isEmpty, "\(run.stdout)")
  }

  @Test("doctor fails a terminal type terminfo does not know, with a fix, and passes a known one")
  func doctorTerminalTypes() throws {
    let unknown = try CommandRun.run(
      ["doctor"], home: Fixtures.temporaryFolder(), environment: ["TERM": "no-such-terminal-type"])
    #expect(unknown.stdout.contains("FAIL terminal   TERM=no-such-terminal-type is a terminal type"))
    #expect(Self.failuresWithoutFix(unknown.stdout).isEmpty, "\(unknown.stdout)")
    let known = try CommandRun.run(
      ["doctor"], home: Fixtures.temporaryFolder(), environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8"])
    #expect(known.stdout.contains("ok   terminal   TERM=xterm-256color"), "\(known.stdout)")
    #expect(known.stdout.contains("ok   colours    "))
    #expect(known.stdout.contains("ok   database   none yet"))
  }

  /// A session whose phases took 14:20.6 and 6:00.6: rounding to the nearest second would say
  /// 14:21, 6:01 and 20:21, truncation 14:20, 6:00 and 20:21.
  static func fractionalSession(clock: ManualClock, title: String = Fixtures.question.title) -> Session {
    var session = Fixtures.newSession(clock: clock)
    session.question.title = title
    session.start(at: clock.now)
    clock.advance(minutes: 14, seconds: 20.6)
    session.advancePhase(at: clock.now)
    clock.advance(minutes: 6, seconds: 0.6)
    session.finish(at: clock.now)
    return session
  }

  @Test("the same stored duration reads the same in history, show, compare and the Markdown export")
  func oneDurationRule() throws {
    let home = Fixtures.temporaryFolder()
    let session = Self.fractionalSession(clock: ManualClock())
    try SessionStore.open(folder: home).insert(session)
    let history = try CommandRun.run(["history"], home: home)
    #expect(history.stdout.contains("  20:21  finished"), "\(history.stdout)")
    let show = try CommandRun.run(["show", "last"], home: home)
    #expect(show.stdout.contains("- Time: 20:21 of 1:30:00"), "\(show.stdout)")
    #expect(show.stdout.contains("| Requirements | 15:00 | 14:20 |"))
    #expect(show.stdout.contains("| High level | 30:00 | 6:00 |"))
    let export = try CommandRun.run(["export", "last", "--format", "md"], home: home)
    #expect(export.stdout.contains("| Requirements | 15:00 | 14:20 |"))
    let compare = try CommandRun.run(["compare", session.question.id], home: home)
    #expect(compare.status == 0, "\(compare.stderr)")
    #expect(compare.stdout.contains("20:21 / 1:30:00"), "\(compare.stdout)")
    #expect(compare.stdout.contains("14:20 / 15:00"))
    #expect(compare.stdout.contains("6:00 / 30:00"))
    #expect(!compare.stdout.contains("(min)"))
    #expect(compare.stdout.contains(": 1 attempt\n"))
  }

  @Test("history's header titles start where their values do, by display width, TIME kept to the right")
  func historyHeaderAligned() throws {
    let home = Fixtures.temporaryFolder()
    let clock = ManualClock()
    try SessionStore.open(folder: home).insert(Self.fractionalSession(clock: clock, title: "短縮URLを設計する"))
    clock.advance(by: 60)
    try SessionStore.open(folder: home).insert(Self.fractionalSession(clock: clock))
    let run = try CommandRun.run(["history"], home: home)
    let lines = run.stdout.split(separator: "\n").map(String.init)
    try #require(lines.count == 3, "\(run.stdout)")
    // Columns in display cells: a CJK character takes two.
    func cells(_ text: Substring) -> Int { text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x3000 ? 2 : 1) } }
    func start(of title: String, in line: String) -> Int? {
      line.range(of: title).map { cells(line[..<$0.lowerBound]) }
    }
    let header = lines[0]
    for row in lines.dropFirst() {
      let state = try #require(start(of: "finished", in: row))
      #expect(start(of: "STATE", in: header) == state, "\(run.stdout)")
      let time = try #require(row.range(of: "20:21"))
      let timeHeader = try #require(header.range(of: "TIME"))
      #expect(cells(row[..<time.upperBound]) == cells(header[..<timeHeader.upperBound]), "\(run.stdout)")
      #expect(start(of: "amazon-l7", in: row) == start(of: "FORMAT", in: header))
    }
    #expect(run.stdout.contains("短縮URLを設計する"))
  }

  @Test("counts in messages take the singular for one: import of one session")
  func pluralsInMessages() throws {
    let home = Fixtures.temporaryFolder()
    try SessionStore.open(folder: home).insert(Self.fractionalSession(clock: ManualClock()))
    let file = Fixtures.temporaryFolder().appendingPathComponent("one.json")
    let export = try CommandRun.run(["export", "--all", "--format", "json", "-o", file.path], home: home)
    #expect(export.stderr.contains("wrote 1 session to"), "\(export.stderr)")
    let imported = try CommandRun.run(["import", file.path], home: Fixtures.temporaryFolder())
    #expect(imported.stdout.contains("imported 1 session, skipped 0"), "\(imported.stdout)")
  }
}
