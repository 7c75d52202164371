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
    static func top(of finished: [PlayedSession]) -> [MissedItem] {
      var slots: [Key: Int] = [:]
      var items: [MissedItem] = []
      // The slots of the last checklist seen per phase id: sessions of one format share their
      // snapshot's arrays, and comparing an array with itself is immediate, so most phases
      // skip hashing their items' texts.
      var known: [String: (checklist: [String], slots: [Int])] = [:]
      for played in finished {
        let session = played.digest
        for phase in session.format.phases {
          let phaseSlots: [Int]
          if let cached = known[phase.id], cached.checklist == phase.checklist {
            phaseSlots = cached.slots
          } else {
            phaseSlots = phase.checklist.map { text in
              let key = Key(phaseID: phase.id, text: text)
              if let slot = slots[key] { return slot }
              items.append(MissedItem(phaseID: phase.id, phaseTitle: phase.title, text: text, missed: 0, offered: 0))
              slots[key] = items.count - 1
              return items.count - 1
            }
            known[phase.id] = (phase.checklist, phaseSlots)
          }
          for (index, slot) in phaseSlots.enumerated() {
            items[slot].phaseTitle = phase.title
            items[slot].offered += 1
            if !session.isChecked(phase: phase.id, item: index) { items[slot].missed += 1 }
          }
        }
      }
      return items.filter { $0.missed > 0 }
        .sorted { lhs, rhs in
          if lhs.missed != rhs.missed { return lhs.missed > rhs.missed }
          if lhs.phaseID != rhs.phaseID { return lhs.phaseID < rhs.phaseID }
          return lhs.text < rhs.text
        }
        .prefix(limit).map { $0 }
    }

    private struct Key: Hashable {
      var phaseID: String
      var text: String
    }
  }
}
