import Foundation

extension PracticeStats {
  /// A checklist item left unticked in finished sessions. Items are told apart by phase id and
  /// text, so the same item counts together across formats that share the phase.
  /// Invariant: 0 < `missed` ≤ `offered`.
  public struct MissedItem: Sendable, Codable, Equatable {
    /// How many items `missedChecklistItems` keeps.
    public static let limit = 10

    public var phaseID: String
    /// The phase's title in the newest session that offered the item.
    public var phaseTitle: String
    public var text: String
    /// Finished sessions that left it unticked.
    public var missed: Int
    /// Finished sessions that offered it.
    public var offered: Int

    public init(phaseID: String, phaseTitle: String, text: String, missed: Int, offered: Int) {
      self.phaseID = phaseID
      self.phaseTitle = phaseTitle
      self.text = text
      self.missed = missed
      self.offered = offered
    }

    /// The most missed items, most missed first; ties by phase id, then text.
    ///
    /// Sessions of one format snapshot share its phase list, so each distinct list is laid out
    /// once (`ChecklistLayout`: the slot of each of its items) and counted per session; a
    /// session's ticks are read phase by phase from its `ChecklistTicks`, a word of bits each,
    /// rather than item by item.
    static func top(of finished: [PlayedSession]) -> [MissedItem] {
      var slots: [Key: Int] = [:]
      var items: [MissedItem] = []
      var layouts: [ChecklistLayout] = []
      var ticked: [Int] = []  // per slot: how many times an offered item was ticked
      var current = -1
      // The current layout, kept aside so that counting a session retains none of its lists.
      var layout: ChecklistLayout?
      for (order, played) in finished.enumerated() {
        let phases = played.digest.format.phases
        if current < 0 || layouts[current].phases != phases {
          if let known = layouts.firstIndex(where: { $0.phases == phases }) {
            current = known
          } else {
            layouts.append(ChecklistLayout(phases: phases, slots: &slots, items: &items))
            ticked += Array(repeating: 0, count: items.count - ticked.count)
            current = layouts.count - 1
          }
          layout = layouts[current]
        }
        layouts[current].sessions += 1
        layouts[current].newest = order
        layout?.count(played.digest.checked, into: &ticked)
      }
      // Each item's phase title is that of the newest session that offered it.
      for layout in layouts.sorted(by: { $0.newest < $1.newest }) {
        for (index, phase) in layout.phases.enumerated() {
          for slot in layout.slots[layout.starts[index]..<layout.starts[index + 1]] {
            items[slot].phaseTitle = phase.title
            items[slot].offered += layout.sessions
          }
        }
      }
      for slot in items.indices { items[slot].missed = items[slot].offered - ticked[slot] }
      return items.filter { $0.missed > 0 }
        .sorted { lhs, rhs in
          if lhs.missed != rhs.missed { return lhs.missed > rhs.missed }
          if lhs.phaseID != rhs.phaseID { return lhs.phaseID < rhs.phaseID }
          return lhs.text < rhs.text
        }
        .prefix(limit).map { $0 }
    }

    /// One distinct phase list: the slot in `items` of each item of each phase (items with the
    /// same phase id and text share a slot), how many sessions offered it, and the newest of them.
    private struct ChecklistLayout {
      var phases: [Phase]
      var phaseIDs: [String]
      /// The slots of every phase's items, phase after phase: those of phase `i` are
      /// `slots[starts[i]..<starts[i + 1]]`.
      var slots: [Int] = []
      var starts: [Int] = [0]
      var sessions = 0
      var newest = 0
      /// Whether no two phases share an id (formats are checked for it), so that a tick's phase
      /// is found at its first match.
      var hasUniqueIDs: Bool

      init(phases: [Phase], slots: inout [Key: Int], items: inout [MissedItem]) {
        self.phases = phases
        phaseIDs = phases.map(\.id)
        hasUniqueIDs = Set(phaseIDs).count == phases.count
        for phase in phases {
          for text in phase.checklist {
            let key = Key(phaseID: phase.id, text: text)
            if let slot = slots[key] {
              self.slots.append(slot)
            } else {
              items.append(MissedItem(phaseID: phase.id, phaseTitle: phase.title, text: text, missed: 0, offered: 0))
              slots[key] = items.count - 1
              self.slots.append(items.count - 1)
            }
          }
          starts.append(self.slots.count)
        }
      }

      /// Adds one to the count of every item of this list that `ticks` holds: an item of a
      /// phase with the tick's phase id, within the phase's checklist.
      func count(_ ticks: ChecklistTicks, into ticked: inout [Int]) {
        for position in ticks.phases.indices {
          let tick = ticks.phases[position]
          for index in phaseIDs.indices where phaseIDs[index] == tick.id {
            let start = starts[index]
            let items = starts[index + 1] - start
            var bits = items < 64 ? tick.bits & ((1 << UInt64(items)) - 1) : tick.bits
            while bits != 0 {
              ticked[slots[start + bits.trailingZeroBitCount]] += 1
              bits &= bits - 1
            }
            for item in tick.others where item >= 0 && item < items { ticked[slots[start + item]] += 1 }
            if hasUniqueIDs { break }
          }
        }
      }
    }

    private struct Key: Hashable {
      var phaseID: String
      var text: String
    }
  }
}
