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
    let sessions = try store.allSessionsBulk()
    let rubric = library.rubric(for: sessions)
    var size = 0
    print("\(sessions.count) sessions")
    try measure("report --all (open, read, build, write)") {
      let store = try context.openStore()
      let page = try ReportPage.practice(store: store, library: context.loadContent(), since: nil, now: now)
      try page.write(to: output)
      size = page.html.utf8.count
    }
    try measure("allSessionsBulk()") { _ = try store.allSessionsBulk() }
    measure("build and render the page") {
      _ = PracticeHTMLReport.html(sessions: sessions, content: library, rubric: rubric, since: nil, now: now)
    }
    print("page: \(size) bytes")
  }

  private func measure(_ label: String, _ work: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    var times: [Duration] = []
    for _ in 0..<runs { times.append(try clock.measure(work)) }
    let sorted = times.sorted()
    let median =
      sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    print(
      "\(label.padding(toLength: 42, withPad: " ", startingAt: 0)) median \(BenchFiles.milliseconds(median)) ms"
        + " (min \(BenchFiles.milliseconds(sorted[0])), max \(BenchFiles.milliseconds(sorted[sorted.count - 1])))")
  }
}
