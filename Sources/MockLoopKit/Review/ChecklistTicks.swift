import Foundation

/// The ticked checklist items of a session, as a set of `SessionDigest.ChecklistItemKey`: per
/// phase id, one bit for each of the items 0 to 63 (and a sorted list for any other number), so
/// that reading thousands of sessions makes one small array per session instead of a hashed set.
///
/// Phase ids are told apart as `String`s compare (canonical equivalence), like the keys of a
/// `Set<ChecklistItemKey>`; two values are equal when they hold the same keys.
///
/// Invariant: `phases` is sorted by id (`String` order) with no two equal ids, and each phase
/// holds at least one item; `others` is ascending, without repeats, and holds no item 0 to 63.
/// Every value has one such form, so the synthesized equality is the equality of the sets.
public struct ChecklistTicks: Sendable, Equatable, Sequence {
  public typealias Key = SessionDigest.ChecklistItemKey

  /// The items ticked in one phase.
  struct Phase: Sendable, Equatable {
    var id: String
    /// Bit `n` is item `n`, for the items 0 to 63.
    var bits: UInt64
    /// Any item below 0 or above 63, ascending; nearly always empty.
    var others: [Int]

    var isEmpty: Bool { bits == 0 && others.isEmpty }

    func contains(_ item: Int) -> Bool {
      if item >= 0 && item < 64 { return bits & (1 << UInt64(item)) != 0 }
      return Self.position(of: item, in: others).found
    }

    mutating func insert(_ item: Int) {
      if item >= 0 && item < 64 {
        bits |= 1 << UInt64(item)
        return
      }
      let (index, found) = Self.position(of: item, in: others)
      if !found { others.insert(item, at: index) }
    }

    mutating func remove(_ item: Int) {
      if item >= 0 && item < 64 {
        bits &= ~(1 << UInt64(item))
        return
      }
      let (index, found) = Self.position(of: item, in: others)
      if found { others.remove(at: index) }
    }

    /// Where `item` is or would go in the ascending `items`.
    private static func position(of item: Int, in items: [Int]) -> (index: Int, found: Bool) {
      var low = 0
      var high = items.count
      while low < high {
        let middle = (low + high) / 2
        if items[middle] < item { low = middle + 1 } else { high = middle }
      }
      return (low, low < items.count && items[low] == item)
    }

    /// The items, ascending.
    var items: [Int] {
      var items = others.filter { $0 < 0 }
      var rest = bits
      while rest != 0 {
        items.append(rest.trailingZeroBitCount)
        rest &= rest - 1
      }
      return items + others.filter { $0 > 63 }
    }
  }

  private(set) var phases: [Phase]

  /// No items.
  public init() { phases = [] }

  /// The items of `keys`.
  public init(_ keys: some Sequence<Key>) {
    self.init()
    for key in keys { insert(key) }
  }

  /// Phases already in the form of the invariant, as a reader that checked it makes them.
  init(canonical phases: [Phase]) { self.phases = phases }

  /// Phases in any order, with ids that may repeat: put in the form of the invariant.
  init(unordered phases: [Phase]) {
    self.init()
    for phase in phases {
      for item in phase.items { insert(Key(phaseID: phase.id, item: item)) }
    }
  }

  /// How many items are ticked.
  public var count: Int { phases.reduce(0) { $0 + $1.bits.nonzeroBitCount + $1.others.count } }

  public var isEmpty: Bool { phases.isEmpty }

  /// Whether `key` is ticked.
  public func contains(_ key: Key) -> Bool {
    guard let index = index(of: key.phaseID) else { return false }
    return phases[index].contains(key.item)
  }

  /// The items ticked here that `keys` holds too.
  public func intersection(_ keys: Set<Key>) -> ChecklistTicks {
    var common = self
    for key in self where !keys.contains(key) { common.remove(key) }
    return common
  }

  /// Ticks the item of `key`.
  public mutating func insert(_ key: Key) {
    switch search(key.phaseID) {
    case .found(let index):
      phases[index].insert(key.item)
    case .missing(let index):
      var phase = Phase(id: key.phaseID, bits: 0, others: [])
      phase.insert(key.item)
      phases.insert(phase, at: index)
    }
  }

  /// Unticks the item of `key`.
  public mutating func remove(_ key: Key) {
    guard let index = index(of: key.phaseID) else { return }
    phases[index].remove(key.item)
    if phases[index].isEmpty { phases.remove(at: index) }
  }

  private enum Search {
    case found(Int)
    case missing(insertAt: Int)
  }

  /// The phase with `id`, or where it would go (phases are few: a linear search).
  private func search(_ id: String) -> Search {
    for (index, phase) in phases.enumerated() {
      if phase.id == id { return .found(index) }
      if id < phase.id { return .missing(insertAt: index) }
    }
    return .missing(insertAt: phases.count)
  }

  private func index(of id: String) -> Int? {
    if case .found(let index) = search(id) { return index }
    return nil
  }

  public func makeIterator() -> Iterator { Iterator(phases: phases) }

  /// The ticked items, phase by phase.
  public struct Iterator: IteratorProtocol {
    private let phases: [Phase]
    private var phase = 0
    private var bits: UInt64 = 0
    private var other = 0

    init(phases: [Phase]) {
      self.phases = phases
      bits = phases.first?.bits ?? 0
    }

    public mutating func next() -> Key? {
      while phase < phases.count {
        if bits != 0 {
          let item = bits.trailingZeroBitCount
          bits &= bits - 1
          return Key(phaseID: phases[phase].id, item: item)
        }
        if other < phases[phase].others.count {
          other += 1
          return Key(phaseID: phases[phase].id, item: phases[phase].others[other - 1])
        }
        phase += 1
        other = 0
        bits = phase < phases.count ? phases[phase].bits : 0
      }
      return nil
    }
  }
}
