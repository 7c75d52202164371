import Foundation
import Testing

@testable import MockLoopKit

@Suite("A score reader of many rows gives each text's own scores")
struct ScoreReaderTests {
  static func read(_ text: String, with reader: inout ScoreText.Reader) -> [String: Int]? {
    var text = text
    return text.withUTF8 { reader.scores($0) }
  }

  /// The scores of "id=n,…" by splitting, as plainly as possible.
  static func reference(_ text: String, range: ClosedRange<Int>?) -> [String: Int]? {
    guard !text.isEmpty else { return [:] }
    var scores: [String: Int] = [:]
    for pair in text.split(separator: ",", omittingEmptySubsequences: false) {
      let parts = pair.split(separator: "=", omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, let score = Int(parts[1]), range?.contains(score) ?? true,
        scores.updateValue(score, forKey: String(parts[0])) == nil
      else { return nil }
    }
    return scores
  }

  @Test("texts that share their dimensions, repeat, or differ read as a fresh decode reads each")
  func sharedLayouts() {
    var random = SplitMix64(seed: 7)
    let layouts = [
      ["clarity", "depth", "trade-offs"], ["depth", "clarity"], ["a"], ["ünï", "z", "é"], ["x", "x"],
      ["e\u{301}", "é"],
    ]
    var reader = ScoreText.Reader(range: SessionRules.anyScore)
    var unbounded = ScoreText.Reader(range: nil)
    for _ in 0..<2_000 {
      let layout = random.element(of: layouts) ?? []
      let numbers = [1, 2, 3, 4, -1, 0, 1_000_000, 1_000_001, -1_000_001]
      let text = layout.map { "\($0)=\(random.element(of: numbers) ?? 0)" }.joined(separator: ",")
      #expect(Self.read(text, with: &reader) == Self.reference(text, range: SessionRules.anyScore), "\(text)")
      #expect(Self.read(text, with: &unbounded) == Self.reference(text, range: nil), "\(text)")
      #expect(Self.read(text, with: &unbounded) == ScoreText.decode(text), "\(text)")
    }
  }

  @Test("a score outside the reader's range is refused, and the text without a range is read")
  func range() {
    var reader = ScoreText.Reader(range: SessionRules.anyScore)
    #expect(Self.read("a=1,b=2", with: &reader) == ["a": 1, "b": 2])
    #expect(Self.read("a=1,b=2000000", with: &reader) == nil)
    #expect(Self.read("a=3,b=4", with: &reader) == ["a": 3, "b": 4])
    #expect(ScoreText.decode("a=1,b=2000000") == ["a": 1, "b": 2_000_000])
  }

  @Test("malformed text is refused however often it comes")
  func malformed() {
    var reader = ScoreText.Reader(range: nil)
    for text in ["a", "a=", "=1", "a=1,", "a=1,a=2", "a=1=2", "a=x", "a=1;b=2", ",a=1", "a=1,a=2"] {
      #expect(Self.read(text, with: &reader) == nil, "\(text)")
      #expect(Self.read(text, with: &reader) == nil, "\(text) again")
    }
    #expect(Self.read("", with: &reader) == [:])
  }
}
