import Foundation
import Testing

@testable import MockLoopKit

@Suite("mockloop history table")
struct HistoryTableTests {
  /// Display cells of text as a terminal counts them, for the titles below: the emoji and the
  /// CJK characters take two, the combining accent none, everything else one.
  static func cells(_ text: Substring) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      switch scalar.value {
      case 0x0301: total
      case 0x3000...0x9FFF, 0x1F300...0x1FAFF: total + 2
      default: total + 1
      }
    }
  }

  @Test("history pads titles with emoji, combining accents and replaced control characters by display width")
  func widthsOfTitles() throws {
    let home = Fixtures.temporaryFolder()
    let clock = ManualClock()
    let titles = ["Design a chat 🙂 service", "Cafe\u{301} ordering", "Bell\u{7} ringer", "短縮URL", "Plain"]
    let store = try SessionStore.open(folder: home)
    for title in titles {
      try store.insert(SmallThingsCommandLineTests.fractionalSession(clock: clock, title: title))
      clock.advance(by: 60)
    }
    let run = try CommandRun.run(["history"], home: home)
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    try #require(lines.count == titles.count + 1, "\(run.stdout)")
    // The title column is as wide as the widest title (24 cells), so every TIME ends in one place.
    let header = lines[0]
    let timeTitle = try #require(header.range(of: "TIME"))
    let timeEnd = Self.cells(header[..<timeTitle.upperBound])
    for row in lines.dropFirst() {
      let time = try #require(row.range(of: "20:21"), "\(run.stdout)")
      #expect(Self.cells(row[..<time.upperBound]) == timeEnd, "\(run.stdout)")
    }
    let questionTitle = try #require(header.range(of: "QUESTION"))
    let questionStart = Self.cells(header[..<questionTitle.lowerBound])
    #expect(timeEnd == questionStart + 24 + 2 + 5, "\(run.stdout)")
    #expect(run.stdout.contains("Bell\u{FFFD} ringer"))
    #expect(!run.stdout.contains("\u{7}"))
  }

  @Test("history writes each date in the zone TZ names, half-hour zones included")
  func datesInTheLocalZone() throws {
    let home = Fixtures.temporaryFolder()
    // 2027-01-15 08:00 GMT.
    try SessionStore.open(folder: home).insert(SmallThingsCommandLineTests.fractionalSession(clock: ManualClock()))
    let expected = [
      "UTC": "2027-01-15 08:00", "Asia/Kolkata": "2027-01-15 13:30", "America/St_Johns": "2027-01-15 04:30",
    ]
    for (zone, day) in expected {
      let run = try CommandRun.run(["history"], home: home, environment: ["TZ": zone])
      #expect(run.stdout.contains(day), "\(zone): \(run.stdout)")
    }
  }

  @Test("a date past the arithmetic years is written by the calendar in its place in the DATE column")
  func datesPastTheArithmeticYears() throws {
    let home = Fixtures.temporaryFolder()
    let store = try SessionStore.open(folder: home)
    // 2027-01-15 08:00 and 2300-01-01 00:00 GMT.
    try store.insert(SmallThingsCommandLineTests.fractionalSession(clock: ManualClock()))
    try store.insert(
      SmallThingsCommandLineTests.fractionalSession(clock: ManualClock(Date(timeIntervalSince1970: 10_413_792_000))))
    let run = try CommandRun.run(["history"], home: home, environment: ["TZ": "UTC"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    try #require(lines.count == 3, "\(run.stdout)")
    #expect(lines[1].contains("  2300-01-01 00:00  "), "\(run.stdout)")
    #expect(lines[2].contains("  2027-01-15 08:00  "), "\(run.stdout)")
    // Every column after DATE starts in the same place on every row.
    let header = lines[0]
    let offset = header.distance(from: header.startIndex, to: try #require(header.range(of: "LEVEL")).lowerBound)
    for line in lines.dropFirst() {
      let level = line.index(line.startIndex, offsetBy: offset)
      #expect(line[line.index(before: level)] == " " && line[level] != " ", "\(run.stdout)")
    }
  }
}
