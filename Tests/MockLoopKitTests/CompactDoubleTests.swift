import Foundation
import Testing

@testable import MockLoopKit

@Suite("Seconds read from compact text are the Double that Double(String) gives")
struct CompactDoubleTests {
  static func read(_ text: String) -> Double? {
    var text = text
    return text.withUTF8 { CompactText.double($0, 0..<$0.count) }
  }

  static func expectSame(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let expected = Double(text)
    let read = read(text)
    #expect(
      read?.bitPattern == expected?.bitPattern,
      "\(text): \(String(describing: read)) not \(String(describing: expected))",
      sourceLocation: sourceLocation)
  }

  @Test("the differences of stored times, as a finish writes them, read back bit for bit")
  func storedTimeDifferences() {
    var random = SplitMix64(seed: 16)
    for _ in 0..<20_000 {
      let start = (random.double(in: 1e9...2e9) * 1000).rounded() / 1000
      let end = start + (random.double(in: 0...20_000) * 1000).rounded() / 1000
      let seconds = end - start
      #expect(Self.read("\(seconds)") == seconds, "\(seconds)")
    }
  }

  @Test("random Doubles of every size, and their neighbours, read as Double(String) reads them")
  func randomDoubles() {
    var random = SplitMix64(seed: 61)
    for _ in 0..<20_000 {
      let value = Double(bitPattern: random.next() & 0x7FFF_FFFF_FFFF_FFFF)
      guard value.isFinite else { continue }
      Self.expectSame("\(value)")
      Self.expectSame("\(value.nextUp)")
      let scaled = random.double(in: 0...1) * Double(random.int(in: 1...1_000_000_000))
      Self.expectSame("\(scaled)")
    }
  }

  @Test("ties round to even, and digits past a Double's precision still round correctly")
  func hardCases() {
    let texts = [
      "9007199254740993.0", "9007199254740995.0", "9007199254740993.00001", "0.1", "0.30000000000000004",
      "2.2250738585072014", "1.7976931348623157", "4503599627370496.5", "4503599627370497.5",
      "1234567890123456789", "9999999999999999999", "0.0000000000000000001", "1.0000000000000002",
      "1.00000000000000011102230246251565", "123456789012.34567", "0.0", "0", "00012.50", "86399.9999999",
    ]
    for text in texts { Self.expectSame(text) }
    #expect(Self.read("9007199254740993.0") == 9_007_199_254_740_992)
    #expect(Self.read("9007199254740995.0") == 9_007_199_254_740_996)
  }

  @Test("every other form is left to Double(String), refusals included")
  func otherForms() {
    for text in [
      "1e-05", "5e-324", "1.2345e+16", "inf", "nan", "-1.5", "+2.0", "5.", ".5", "1.2.3", "", ".", "1,5", " 1",
    ] {
      Self.expectSame(text)
    }
    #expect(Self.read("12a") == nil)
  }
}
