import Foundation
import Testing

@testable import MockLoopKit

/// Peak memory of `export --all` and `import` as the number of sessions grows: the real binary
/// on stores filled by `bench-data`, its peak resident size read by GNU time.
@Suite("Export and import memory stays flat with the number of sessions", .serialized)
struct ExportMemoryTests {
  static let time = "/usr/bin/time"

  /// The peak resident size in kilobytes of `arguments` run on `home`, and the run.
  static func peak(_ arguments: [String], home: URL) throws -> (kilobytes: Int, run: CommandRun) {
    let report = Fixtures.temporaryFolder().appendingPathComponent("peak")
    let run = try CommandRun.run(arguments, home: home, through: [time, "-f", "%M", "-o", report.path])
    let text = try String(contentsOf: report, encoding: .utf8)
    // GNU time puts a note before the figure when the command failed; the figure is the last line.
    let figure = text.split(separator: "\n").last.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    return (try #require(figure, "no peak in '\(text)'"), run)
  }

  /// The peaks of exporting `count` generated sessions and of importing that export.
  static func peaks(sessions count: Int) throws -> (export: Int, import: Int) {
    let home = Fixtures.temporaryFolder()
    let filled = try CommandRun.run(["bench-data", "--sessions", "\(count)", "--until", "2025-06-01"], home: home)
    try #require(filled.status == 0, "\(filled.stderr)")
    let file = Fixtures.temporaryFolder().appendingPathComponent("all.json")
    let export = try peak(["export", "--all", "-o", file.path], home: home)
    try #require(export.run.status == 0, "\(export.run.stderr)")
    let imported = try peak(["import", file.path], home: Fixtures.temporaryFolder())
    try #require(imported.run.status == 0, "\(imported.run.stderr)")
    #expect(imported.run.stdout.contains("imported \(count) sessions"))
    return (export.kilobytes, imported.kilobytes)
  }

  @Test(
    "the peak memory of export --all and of its import grows by less than a third from 500 to 2,000 sessions",
    .enabled(if: FileManager.default.isExecutableFile(atPath: time)))
  func peakMemoryFlat() throws {
    let small = try Self.peaks(sessions: 500)
    let large = try Self.peaks(sessions: 2_000)
    // Read whole, four times the sessions took about four times the memory (463 MB at 20,000).
    // Read and written a page at a time, what grows with the count is only the list of row ids
    // and session ids (tens of bytes each: well under a megabyte at 2,000), so the peak may grow
    // by noise (a third, for the allocator and SQLite's cache) and 3 MB, never fourfold.
    #expect(
      Double(large.export) < Double(small.export) * 1.3 + 3_000, "export: \(small.export) kB, then \(large.export) kB")
    #expect(
      Double(large.import) < Double(small.import) * 1.3 + 3_000, "import: \(small.import) kB, then \(large.import) kB")
  }
}
