import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop bench-report`: times `report --all` on the data folder (hidden; run it after
/// `bench-data`): the whole command, and its parts, median of several runs.
struct BenchReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-report", abstract: "Time the whole-preparation report on the data folder.", shouldDisplay: false
  )
  @Option(help: "How many times to run each measurement; the median is printed.") var runs = 7

  func validate() throws {
    guard runs > 0 else { throw ValidationError("--runs must be positive") }
  }

  func run() throws {
    let context = CommandContext()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-bench-report-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("report.html")
    let now = Date()
    let store = try context.openStore()
    let library = context.loadContent()
    let digests = try store.digests().values
    let rubric = library.rubric(for: digests)
    var size = 0
    print(digests.count.counted("session"))
    try measure("report --all (open, read, build, write)") {
      let store = try context.openStore()
      let page = try ReportPage.practice(store: store, library: context.loadContent(), since: nil, now: now)
      try page.write(to: output)
      size = page.html.utf8.count
    }
    try measure("open the store, load the content") {
      _ = try context.openStore()
      _ = context.loadContent()
    }
    try measure("digests()") { _ = try store.digests() }
    measure("build and render the page") {
      _ = PracticeHTMLReport.html(digests: digests, content: library, rubric: rubric, since: nil, now: now)
    }
    print("page: \(size) bytes")
  }

  /// Runs `work` `runs` times and prints the median wall time and the median CPU time of the
  /// process (user and system): on a busy machine the wall time waits for the cores, the CPU
  /// time does not.
  private func measure(_ label: String, _ work: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    var walls: [Double] = []
    var cpus: [Double] = []
    for _ in 0..<runs {
      let cpu = Self.cpuSeconds()
      let wall = try clock.measure(work)
      cpus.append((Self.cpuSeconds() - cpu) * 1000)
      let (seconds, attoseconds) = wall.components
      walls.append(Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
    print(
      "\(label.padding(toLength: 42, withPad: " ", startingAt: 0)) median \(Self.median(walls)) ms wall,"
        + " \(Self.median(cpus)) ms CPU (wall min \(String(format: "%.1f", walls.min() ?? 0)),"
        + " max \(String(format: "%.1f", walls.max() ?? 0)))")
  }

  static func median(_ values: [Double]) -> String {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return "-" }
    let middle = sorted.count / 2
    return String(format: "%.1f", sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
  }

  /// User and system CPU time of this process so far, in seconds.
  static func cpuSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}
