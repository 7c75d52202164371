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
    /// session's ticks are read from its set of ticked items rather than by looking up each item.
    static func top(of finished: [PlayedSession]) -> [MissedItem] {
      var slots: [Key: Int] = [:]
      var items: [MissedItem] = []
      var layouts: [ChecklistLayout] = []
      var ticked: [Int] = []  // per slot: how many times an offered item was ticked
      var current = -1
      for (order, played) in finished.enumerated() {
        let session = played.digest
        let phases = session.format.phases
        if current < 0 || layouts[current].phases != phases {
          if let known = layouts.firstIndex(where: { $0.phases == phases }) {
            current = known
          } else {
            layouts.append(ChecklistLayout(phases: phases, slots: &slots, items: &items))
            ticked += Array(repeating: 0, count: items.count - ticked.count)
            current = layouts.count - 1
          }
        }
        layouts[current].sessions += 1
        layouts[current].newest = order
        let layout = layouts[current]
        for key in session.checked {
          for (index, phase) in phases.enumerated() where phase.id == key.phaseID {
            let phaseSlots = layout.slots[index]
            if key.item >= 0 && key.item < phaseSlots.count { ticked[phaseSlots[key.item]] += 1 }
            if layout.hasUniqueIDs { break }
          }
        }
      }
      // Each item's phase title is that of the newest session that offered it.
      for layout in layouts.sorted(by: { $0.newest < $1.newest }) {
        for (phase, phaseSlots) in zip(layout.phases, layout.slots) {
          for slot in phaseSlots {
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
      var slots: [[Int]]
      var sessions = 0
      var newest = 0
      /// Whether no two phases share an id (formats are checked for it), so that a tick's phase
      /// is found at its first match.
      var hasUniqueIDs: Bool

      init(phases: [Phase], slots: inout [Key: Int], items: inout [MissedItem]) {
        self.phases = phases
        hasUniqueIDs = Set(phases.map(\.id)).count == phases.count
        self.slots = phases.map { phase in
          phase.checklist.map { text in
            let key = Key(phaseID: phase.id, text: text)
            if let slot = slots[key] { return slot }
            items.append(MissedItem(phaseID: phase.id, phaseTitle: phase.title, text: text, missed: 0, offered: 0))
            slots[key] = items.count - 1
            return items.count - 1
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
