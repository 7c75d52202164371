import MockLoopKit

/// The estimation part of `mockloop stats`.
enum EstimateStatsText {
  static func render(_ stats: EstimateStats) -> String {
    guard stats.asked > 0 else { return "\nEstimation: no drill sets yet ('mockloop drill' starts one)." }
    var lines = [
      "", "Estimation: \(stats.summary)",
      "  \(stats.asked.counted("drill")) asked: \(stats.right) within 2x, \(stats.close) within 10x, \(stats.off) off, "
        + "\(stats.skipped) not answered",
    ]
    let topics = stats.topics.map { topic in
      "\(topic.topic.rawValue) \(topic.right)/\(topic.asked)"
    }
    if !topics.isEmpty { lines.append("  within 2x by topic: " + topics.joined(separator: ", ")) }
    return lines.joined(separator: "\n")
  }
}
