/// How a set of drills is chosen: `size` drills whose minutes fit in `minutes`, the ones
/// practised least first (ties broken at random), each topic once before any topic twice.
public enum DrillSet {
  public static let size = 5
  public static let minutes = 15

  public static func pick(
    from drills: [EstimationDrill], practised: [String: Int], random: inout SplitMix64
  ) -> [EstimationDrill] {
    var shuffled = drills
    for index in shuffled.indices.reversed() where index > 0 {
      shuffled.swapAt(index, random.int(below: index + 1))
    }
    let ordered = shuffled.enumerated().sorted { lhs, rhs in
      let left = practised[lhs.element.id, default: 0]
      let right = practised[rhs.element.id, default: 0]
      return left != right ? left < right : lhs.offset < rhs.offset
    }.map(\.element)
    let shortest = EstimationDrill.minuteRange.lowerBound
    var chosen: [EstimationDrill] = []
    var used = 0
    for distinctTopics in [true, false] {
      for drill in ordered where chosen.count < size && !chosen.contains(where: { $0.id == drill.id }) {
        if distinctTopics && chosen.contains(where: { $0.topic == drill.topic }) { continue }
        let stillNeeded = size - chosen.count - 1
        guard used + drill.minutes + stillNeeded * shortest <= minutes else { continue }
        chosen.append(drill)
        used += drill.minutes
      }
    }
    return chosen
  }
}
