import Foundation
import Testing

@testable import MockLoopKit

@Suite("Checklist ticks hold the same items as a set of keys would")
struct ChecklistTicksTests {
  typealias Key = SessionDigest.ChecklistItemKey

  /// Phase ids that test the edges: canonically equivalent pairs ("é" precomposed and not, "K"
  /// and the Kelvin sign), an empty id, separators, and ids whose `String` order is not the
  /// order of their bytes ("e\u{301}a" comes after "é" as text, before it as bytes).
  static let phaseIDs = [
    "requirements", "deep-dive", "", "a:b;c,d%", "\u{E9}", "e\u{301}", "e\u{301}a", "K", "\u{212A}", "ünï 🙂",
  ]
  static let items = [0, 1, 2, 5, 63, 64, 200, -1, -7, Int.max, Int.min]

  @Test("random ticks and unticks leave the same items, count and membership as a Set")
  func agreesWithSet() {
    var random = SplitMix64(seed: 16)
    for _ in 0..<300 {
      var ticks = ChecklistTicks()
      var model = Set<Key>()
      for _ in 0..<random.int(in: 0...30) {
        let key = Key(
          phaseID: random.element(of: Self.phaseIDs) ?? "", item: random.element(of: Self.items) ?? 0)
        if random.chance(0.7) {
          ticks.insert(key)
          model.insert(key)
        } else {
          ticks.remove(key)
          model.remove(key)
        }
      }
      #expect(Set(ticks) == model)
      #expect(ticks.count == model.count)
      #expect(ticks.isEmpty == model.isEmpty)
      #expect(Array(ticks).count == model.count, "each item is listed once")
      for id in Self.phaseIDs {
        for item in Self.items {
          #expect(ticks.contains(Key(phaseID: id, item: item)) == model.contains(Key(phaseID: id, item: item)))
        }
      }
      #expect(ChecklistTicks(model) == ticks)
      #expect(ChecklistTicks(model.shuffled(using: &random)) == ticks, "the order of ticking does not matter")
    }
  }

  @Test("ticks are equal exactly when their items are, canonically equivalent ids counting as one")
  func equality() {
    let one = ChecklistTicks([Key(phaseID: "\u{E9}", item: 1), Key(phaseID: "a", item: 64)])
    #expect(one == ChecklistTicks([Key(phaseID: "a", item: 64), Key(phaseID: "e\u{301}", item: 1)]))
    #expect(one != ChecklistTicks([Key(phaseID: "a", item: 64)]))
    #expect(one != ChecklistTicks([Key(phaseID: "\u{E9}", item: 2), Key(phaseID: "a", item: 64)]))
    var emptied = one
    emptied.remove(Key(phaseID: "a", item: 64))
    emptied.remove(Key(phaseID: "e\u{301}", item: 1))
    #expect(emptied == ChecklistTicks())
    #expect(emptied.isEmpty)
  }

  @Test("the items both hold: only those of the ticks that the set names")
  func intersection() {
    let ticks = ChecklistTicks([
      Key(phaseID: "a", item: 0), Key(phaseID: "a", item: 3), Key(phaseID: "b", item: 70), Key(phaseID: "c", item: 1),
    ])
    let offered: Set<Key> = [Key(phaseID: "a", item: 0), Key(phaseID: "b", item: 70), Key(phaseID: "b", item: 1)]
    #expect(Set(ticks.intersection(offered)) == [Key(phaseID: "a", item: 0), Key(phaseID: "b", item: 70)])
    #expect(ticks.intersection(offered).count == 2)
    #expect(ticks.intersection([]).isEmpty)
  }

  @Test("a digest's ticks are the session's marks, and isChecked reads them")
  func digestOfSession() throws {
    var session = Session(
      id: "s", format: Fixtures.l7Format, question: QuestionSnapshot(id: "q", title: "Q", deckID: "d"), level: .l7,
      createdAt: Date(timeIntervalSince1970: 1_800_000_000))
    let phases = session.format.phases
    _ = session.toggleMark(phase: 0, item: 1, at: Date(timeIntervalSince1970: 1_800_000_010))
    _ = session.toggleMark(phase: 1, item: 0, at: Date(timeIntervalSince1970: 1_800_000_020))
    let digest = SessionDigest(session)
    #expect(Set(digest.checked) == [Key(phaseID: phases[0].id, item: 1), Key(phaseID: phases[1].id, item: 0)])
    #expect(digest.isChecked(phase: phases[0].id, item: 1))
    #expect(!digest.isChecked(phase: phases[0].id, item: 0))
    #expect(!digest.isChecked(phase: "elsewhere", item: 1))
    // Marks as an import may bring them: repeated, canonically equivalent, out of any checklist.
    let at = Date(timeIntervalSince1970: 1_800_000_030)
    session.marks += [
      ChecklistMark(phaseID: "K", item: 2, text: "t", at: at),
      ChecklistMark(phaseID: "\u{212A}", item: 2, text: "t", at: at),
      ChecklistMark(phaseID: phases[0].id, item: 1, text: "t", at: at),
      ChecklistMark(phaseID: "x", item: 500, text: "t", at: at),
    ]
    let keys = Set(session.marks.map { Key(phaseID: $0.phaseID, item: $0.item) })
    #expect(Set(SessionDigest(session).checked) == keys)
    #expect(SessionDigest(session).checked.count == keys.count)
  }
}

@Suite("Checked text decodes to ticks, in any group order, and encodes in the order of its bytes")
struct CheckedTextTicksTests {
  typealias Key = SessionDigest.ChecklistItemKey

  static func ticks(_ text: String) -> ChecklistTicks? {
    var text = text
    var phaseIDs = TextCache<String>()
    return text.withUTF8 { SummaryText.decodeChecked($0, phaseIDs: &phaseIDs) }
  }

  @Test("groups out of order, repeated, escaped or outside ASCII read as the same items")
  func unorderedGroups() {
    let expected = ChecklistTicks([
      Key(phaseID: "a", item: 1), Key(phaseID: "a", item: 2), Key(phaseID: "b", item: 0), Key(phaseID: "b", item: 99),
    ])
    for text in ["a:1,2;b:0,99", "b:0,99;a:1,2", "a:2;b:99;a:1;b:0", "a:2,1,1;b:99,0", "%61:1,2;b:0;%62:99"] {
      #expect(Self.ticks(text) == expected, "\(text)")
    }
    #expect(
      Self.ticks("\u{E9}:1;e\u{301}:2")
        == ChecklistTicks([Key(phaseID: "\u{E9}", item: 1), Key(phaseID: "\u{E9}", item: 2)]))
    #expect(Self.ticks("") == ChecklistTicks())
    for text in ["a", "a:", "a:x", "a:1;", ";a:1", "a:1,,2", "%zz:1", "a:1:2"] {
      #expect(Self.ticks(text) == nil, "\(text)")
    }
  }

  @Test("phases are written in the order of their bytes, items ascending, whatever the text order")
  func encodingOrder() {
    let ticks = ChecklistTicks([
      Key(phaseID: "\u{E9}", item: 3), Key(phaseID: "e\u{301}a", item: 1), Key(phaseID: "b", item: 64),
      Key(phaseID: "b", item: -2), Key(phaseID: "b", item: 5),
    ])
    #expect(SummaryText.encode(checked: ticks) == "b:-2,5,64;e\u{301}a:1;\u{E9}:3")
    let text = SummaryText.encode(checked: ticks)
    #expect(Self.ticks(text) == ticks)
    #expect(SummaryText.encode(checked: Set(ticks)) == text)
  }
}
