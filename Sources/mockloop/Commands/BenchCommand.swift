import ArgumentParser
import Foundation
import MockLoopKit

/// `mockloop bench-data`: fills an empty $MOCKLOOP_HOME with generated sessions (hidden; for
/// measuring the store and the statistics at scale).
struct BenchDataCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-data", abstract: "Fill an empty data folder with generated sessions.", shouldDisplay: false)
  @Option(help: "How many sessions to generate.") var sessions = 10_000
  @Option(help: "The random seed: the same seed gives the same sessions.") var seed: UInt64 = 1
  @Option(help: "The UTC day the newest session comes just before, as YYYY-MM-DD (default: today).") var until: String?

  func validate() throws {
    guard sessions > 0 else { throw ValidationError("--sessions must be positive") }
    if let until, BenchFiles.day(until) == nil { throw ValidationError("--until must be a day as YYYY-MM-DD") }
  }

  func run() throws {
    let context = CommandContext()
    let content = context.loadContent()
    let end = until.flatMap(BenchFiles.day) ?? PracticeStats.gregorianUTC.startOfDay(for: Date())
    var generator = BenchSessions(seed: seed, content: content)
    let made = generator.make(count: sessions, endingAt: end)
    guard !made.isEmpty else { throw CLIError("the content has no question with a format to generate sessions from") }
    let databaseURL: URL
    let elapsed: Duration
    do {
      let store = try context.openStore()
      let existing = try store.sessionCount()
      guard existing == 0 else {
        throw CLIError(
          "\(store.databaseURL.path) already holds \(existing.counted("session")); bench-data fills an empty data folder"
        )
      }
      databaseURL = store.databaseURL
      // Short transactions, as an import makes them: a running mock is never locked out for long.
      elapsed = try ContinuousClock().measure { try store.insertInBatches(made) }
    }  // the store closes here, folding its write-ahead log into the file
    print("inserted \(made.count.counted("session")) in \(BenchFiles.milliseconds(elapsed)) ms")
    print("database \(databaseURL.path): \(BenchFiles.size(of: databaseURL)) bytes")
  }
}

/// `mockloop bench-history`: times reading the history and computing the statistics (hidden).
struct BenchHistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "bench-history", abstract: "Time the history and the statistics on the data folder.",
    shouldDisplay: false)
  @Option(help: "How many times to run each measurement; the median is printed.") var runs = 15
  @Option(help: "Run only the measurements whose label contains this text (e.g. 'history').") var only: String?

  func validate() throws {
    guard runs > 0 else { throw ValidationError("--runs must be positive") }
  }

  func run() throws {
    let context = CommandContext()
    let content = context.loadContent()
    let store = try context.openStore()
    print(
      "\(try store.sessionCount().counted("session")); database \(store.databaseURL.path): \(BenchFiles.size(of: store.databaseURL)) bytes"
    )
    try report("open alone (in history and digests)") {
      _ = try SessionStore.open(folder: context.dataFolder)
    }
    try report("open + history()") {
      _ = try SessionStore.open(folder: context.dataFolder).history()
    }
    try report("open + digests()") {
      _ = try SessionStore.open(folder: context.dataFolder).digests()
    }
    if isSelected([Self.statsLabel, "PracticeStats from digests alone"]) {
      let now = Date()
      // What `mockloop stats` and the stats screen do, after loading the content.
      try report(Self.statsLabel) {
        _ = try SessionStore.open(folder: context.dataFolder).practiceStats(content: content, now: now)
      }
      let digests = try store.digests().values
      let rubric = content.rubric(for: digests)
      report("PracticeStats from digests alone") {
        _ = PracticeStats(digests: digests, content: content, rubric: rubric, now: now)
      }
    }
    if isSelected(["allSessions() + PracticeStats", "allSessionsBulk() + PracticeStats", "PracticeStats alone"]) {
      let sessions = try store.allSessionsBulk()
      let rubric = content.rubric(for: sessions)
      let now = Date()
      try report("allSessions() + PracticeStats") {
        _ = PracticeStats(sessions: try store.allSessions(), content: content, rubric: rubric, now: now)
      }
      try report("allSessionsBulk() + PracticeStats") {
        _ = PracticeStats(sessions: try store.allSessionsBulk(), content: content, rubric: rubric, now: now)
      }
      report("PracticeStats alone") {
        _ = PracticeStats(sessions: sessions, content: content, rubric: rubric, now: now)
      }
    }
    if isSelected([Self.tickLabel]), let newest = try store.history().first,
      let session = try store.session(id: newest.id),
      let phase = session.format.phases.first, !phase.checklist.isEmpty
    {
      try reportTicks(on: session, phase: phase, store: store)
    }
  }

  /// Whether any of these measurements is to run.
  private func isSelected(_ labels: [String]) -> Bool {
    guard let only else { return true }
    return labels.contains { $0.contains(only) }
  }

  private static let tickLabel = "setMark (one tick or untick)"
  private static let statsLabel = "open + digests() + PracticeStats + calibration"

  /// Times one checklist write (a keypress), ticking and unticking the first item of the newest
  /// session in turn; the item is left ticked or not as it was.
  private func reportTicks(on session: Session, phase: Phase, store: SessionStore) throws {
    var isChecked = session.isChecked(phase: phase.id, item: 0)
    let mark = ChecklistMark(phaseID: phase.id, item: 0, text: phase.checklist[0], at: session.createdAt)
    func toggle() throws {
      isChecked.toggle()
      try store.setMark(mark, isChecked: isChecked, sessionID: session.id)
    }
    try report(Self.tickLabel, runs: max(runs, 41), toggle)
    if isChecked != session.isChecked(phase: phase.id, item: 0) { try toggle() }
  }

  private func report(_ label: String, runs: Int? = nil, _ work: () throws -> Void) rethrows {
    if let only, !label.contains(only) { return }
    let clock = ContinuousClock()
    var times: [Duration] = []
    for _ in 0..<(runs ?? self.runs) { times.append(try clock.measure(work)) }
    let sorted = times.sorted()
    let median =
      sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    print("\(label.padding(toLength: 36, withPad: " ", startingAt: 0)) median \(BenchFiles.milliseconds(median)) ms")
  }
}

/// Small helpers of the bench commands.
enum BenchFiles {
  /// The database file's size plus its write-ahead log's, if one is left.
  static func size(of databaseURL: URL) -> Int {
    [databaseURL.path, databaseURL.path + "-wal"].reduce(0) { total, path in
      total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue ?? 0)
    }
  }

  static func milliseconds(_ duration: Duration) -> String {
    let (seconds, attoseconds) = duration.components
    return String(format: "%.1f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
  }

  /// Midnight UTC of a "YYYY-MM-DD" day.
  static func day(_ text: String) -> Date? {
    try? Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!).year().month().day().parse(text)
  }
}
