import Foundation
import Testing

@testable import MockLoopKit

@Suite("A summary's compact columns read back exactly what was written")
struct SummaryTextTests {
  @Test("phase seconds round-trip exactly, thirds and tiny fractions included")
  func phaseSecondsRoundTrip() throws {
    let seconds = [1200.5, 300, 0, 1.0 / 3, 0.000_123_456_789, 86_399.999_999_9, .leastNonzeroMagnitude]
    let text = SummaryText.encode(phaseSeconds: seconds)
    #expect(SummaryText.decodePhaseSeconds(text) == seconds)
    #expect(SummaryText.encode(phaseSeconds: [1200.5, 300]) == "1200.5,300.0")
    #expect(SummaryText.decodePhaseSeconds("") == [])
  }

  @Test("phase seconds that are not finite, negative or not numbers are refused")
  func badPhaseSeconds() {
    for text in ["1,,2", "abc", "-1", "inf", "nan", "1;2", "1,"] {
      #expect(SummaryText.decodePhaseSeconds(text) == nil, "\(text)")
    }
  }

  @Test("checked items with separators and percent signs in their phase ids read back as they were")
  func checkedRoundTrip() {
    typealias Key = SessionDigest.ChecklistItemKey
    let checked: Set<Key> = [
      Key(phaseID: "requirements", item: 0), Key(phaseID: "requirements", item: 2), Key(phaseID: "deep-dive", item: 1),
      Key(phaseID: "a:b;c,d%25", item: 3), Key(phaseID: "", item: 0), Key(phaseID: "ünï 🙂", item: -1),
    ]
    let text = SummaryText.encode(checked: checked)
    #expect(SummaryText.decodeChecked(text) == checked)
    #expect(
      SummaryText.encode(checked: [Key(phaseID: "b", item: 2), Key(phaseID: "a", item: 1), Key(phaseID: "b", item: 0)])
        == "a:1;b:0,2")
    #expect(SummaryText.decodeChecked("") == [])
  }

  @Test("checked text that is not phase:item,… is refused")
  func badChecked() {
    for text in ["a", "a:", "a:x", "a:1;", ";a:1", "a:1,,2", "%zz:1"] {
      #expect(SummaryText.decodeChecked(text) == nil, "\(text)")
    }
  }
}

@Suite("Scores as compact text")
struct ScoreTextTests {
  @Test("scores read back as written, and malformed pairs or repeated ids are refused")
  func scoresRoundTrip() {
    let scores = ["requirements": 3, "design": -1, "z": 4_000_000, "ünï": 0]
    #expect(ScoreText.decode(ScoreText.encode(scores)) == scores)
    #expect(ScoreText.decode("") == [:])
    for text in ["a", "a=", "=1", "a=1,", "a=1,a=2", "a=1=2", "a=x", "a=1;b=2", ",a=1"] {
      #expect(ScoreText.decode(text) == nil, "\(text)")
    }
  }
}
