import Foundation
import Testing

@testable import MockLoopKit

/// The shortcuts the summary readers take for the usual forms (short decimals, one- and
/// two-digit items and scores, the last bytes of a key hashed at once) give what the plain
/// reading of the same text gives, on random text of the usual and the odd forms alike.
@Suite("The compact columns' shortcuts read as the plain decoders do")
struct CompactFastPathTests {
  typealias Key = SessionDigest.ChecklistItemKey

  /// The items of "id:item,…;…" by splitting, as plainly as possible (ids as written, without
  /// escapes, which the texts here do not use).
  static func referenceChecked(_ text: String) -> ChecklistTicks? {
    guard !text.isEmpty else { return ChecklistTicks() }
    var keys: [Key] = []
    for group in text.split(separator: ";", omittingEmptySubsequences: false) {
      let parts = group.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2 else { return nil }
      for item in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
        guard let item = Int(item) else { return nil }
        keys.append(Key(phaseID: String(parts[0]), item: item))
      }
    }
    return ChecklistTicks(keys)
  }

  static func checked(_ text: String, _ phaseIDs: inout TextCache<String>) -> ChecklistTicks? {
    var text = text
    return text.withUTF8 { SummaryText.decodeChecked($0, phaseIDs: &phaseIDs) }
  }

  @Test("checked items of one, two or more digits, signed or out of a word's range, read as split text reads")
  func checkedItems() {
    var random = SplitMix64(seed: 23)
    let ids = ["a", "deep-dive", "requirements", "trade-offs", "z", "b"]
    let items = ["0", "1", "7", "9", "10", "42", "63", "64", "99", "100", "007", "-1", "+3", "x", "", "1x", "12345"]
    var phaseIDs = TextCache<String>()
    for _ in 0..<3_000 {
      let groups = (0..<random.int(in: 1...4)).map { _ in
        let id = random.element(of: ids) ?? "a"
        let list = (0..<random.int(in: 1...4)).map { _ in random.element(of: items) ?? "0" }
        return id + ":" + list.joined(separator: ",")
      }
      let text = groups.joined(separator: ";")
      #expect(Self.checked(text, &phaseIDs) == Self.referenceChecked(text), "\(text)")
    }
  }

  @Test("scores of one digit and of more, signed or out of range, read as split text reads")
  func scoreDigits() {
    var random = SplitMix64(seed: 29)
    let ids = ["clarity", "depth", "trade-offs", "leadership-principles"]
    let numbers = ["0", "1", "4", "9", "10", "42", "-1", "+2", "04", "x", "", "3x", "1000000", "1000001"]
    var reader = ScoreText.Reader(range: SessionRules.anyScore)
    for _ in 0..<3_000 {
      var pool = ids
      var pairs: [String] = []
      for _ in 0..<random.int(in: 1...ids.count) {
        let id = pool.remove(at: random.int(below: pool.count))
        pairs.append("\(id)=\(random.element(of: numbers) ?? "1")")
      }
      let text = pairs.joined(separator: ",")
      var bytes = text
      let read = bytes.withUTF8 { reader.scores($0) }
      #expect(read == ScoreReaderTests.reference(text, range: SessionRules.anyScore), "\(text)")
    }
  }

  @Test("short decimals, as phase seconds mostly are, read bit for bit as Double(String) reads them")
  func shortDecimals() {
    var random = SplitMix64(seed: 31)
    for _ in 0..<20_000 {
      let whole = random.int(in: 0...99_999)
      let fractionDigits = random.int(in: 1...14)
      let fraction = (0..<fractionDigits).map { _ in String(random.int(in: 0...9)) }.joined()
      for text in ["\(whole).\(fraction)", "\(whole)", "\(whole).0"] {
        CompactDoubleTests.expectSame(text)
      }
    }
    for text in ["9007199254740992.0", "9007199254740993", "900719925474099.3", "0.0000000000000000001"] {
      CompactDoubleTests.expectSame(text)
    }
  }

  @Test("keys of every length that differ only in one byte are told apart")
  func keysOfEveryLength() {
    var cache = TextCache<Int>()
    var keys: [[UInt8]] = []
    for length in 0...40 {
      let base = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
      keys.append(base)
      for position in 0..<length {
        var changed = base
        changed[position] = UInt8(ascii: "#")
        keys.append(changed)
      }
    }
    for (index, key) in keys.enumerated() {
      let value = key.withUnsafeBufferPointer { cache.value($0) { _ in index } }
      #expect(value == index)
    }
    for (index, key) in keys.enumerated() {
      let value = key.withUnsafeBufferPointer { cache.value($0) { _ in -1 } }
      #expect(value == index, "\(String(decoding: key, as: UTF8.self))")
    }
  }
}
