import MockLoopKit

/// The estimation part of the progress screen: the share within 2x, its trend, and per topic.
enum EstimateStatsLines {
  static func lines(_ stats: EstimateStats?) -> [[Span]] {
    guard let stats, stats.asked > 0 else { return [] }
    var lines: [[Span]] = [
      [],
      [Span("Estimation ", role: .accent), Span(stats.summary)],
      [
        Span(
          "  \(stats.asked.counted("drill")): \(stats.right) within 2x, \(stats.close) within 10x, \(stats.off) off, "
            + "\(stats.skipped) not answered", role: .muted)
      ],
    ]
    let topics = stats.topics.map { "\($0.topic.rawValue) \($0.right)/\($0.asked)" }.joined(separator: " · ")
    if !topics.isEmpty { lines.append([Span("  within 2x by topic: " + topics, role: .muted)]) }
    return lines
  }
}
