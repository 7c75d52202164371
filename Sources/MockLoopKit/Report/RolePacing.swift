/// How long the phases of each role ran against their plan, over finished sessions: the
/// median and the middle half (quartiles) of actual minus planned seconds, and how often the
/// phase ran over. A phase counts under its first role; a phase without roles (an old session)
/// under its own id.
struct RolePacing: Equatable {
  var key: String
  var title: String
  /// Phases timed (one per phase per session).
  var count: Int
  var median: Double
  var lowerQuartile: Double
  var upperQuartile: Double
  /// Share, 0 to 1, of the phases that ran past their plan.
  var overShare: Double

  static func all(of finished: [PlayedSession]) -> [RolePacing] {
    var differences: [String: [Int]] = [:]
    var titles: [String: String] = [:]
    for played in finished {
      for (phase, timing) in zip(played.digest.format.phases, played.digest.phases) {
        let key = phase.roles.first?.rawValue ?? phase.id
        if titles[key] == nil { titles[key] = phase.roles.first.map(title(of:)) ?? phase.title }
        differences[key, default: []].append(DurationText.wholeSeconds(timing.actualSeconds) - timing.plannedSeconds)
      }
    }
    let order = PhaseRole.allCases.map(\.rawValue)
    return differences.keys.sorted { lhs, rhs in
      (order.firstIndex(of: lhs) ?? order.count, lhs) < (order.firstIndex(of: rhs) ?? order.count, rhs)
    }.map { key in
      let values = (differences[key] ?? []).sorted()
      return RolePacing(
        key: key, title: titles[key] ?? key, count: values.count, median: quantile(values, 0.5),
        lowerQuartile: quantile(values, 0.25), upperQuartile: quantile(values, 0.75),
        overShare: Double(values.filter { $0 > 0 }.count) / Double(max(values.count, 1)))
    }
  }

  /// The `q` quantile of sorted values, interpolating between the two nearest ranks.
  static func quantile(_ sorted: [Int], _ q: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    let position = q * Double(sorted.count - 1)
    let below = Int(position.rounded(.down))
    let above = min(below + 1, sorted.count - 1)
    let fraction = position - Double(below)
    return Double(sorted[below]) + (Double(sorted[above]) - Double(sorted[below])) * fraction
  }

  static func title(of role: PhaseRole) -> String {
    switch role {
    case .leadership: return "Leadership"
    case .requirements: return "Requirements"
    case .highLevel: return "High-level design"
    case .deepDive: return "Deep dive"
    case .scale: return "Scale"
    case .operations: return "Operations"
    case .wrapUp: return "Wrap-up"
    case .platform: return "Platform"
    case .global: return "Global"
    case .evolution: return "Evolution"
    }
  }
}
