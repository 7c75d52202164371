import Foundation
import Testing

@testable import MockLoopKit

/// The pieces the history's table writes thousands of rows with, against the texts they stand for.
@Suite("Table text pieces")
struct TableTextTests {
  @Test("a clock's length and written bytes are those of its text, negative and past an hour too")
  func clockBytes() {
    var random = SplitMix64(seed: 3)
    let values =
      [0, 1, 59, 60, 599, 600, 3599, 3600, 35_999, 36_000, 359_999, 360_000, -1, -61, -3600, Int.max, Int.min]
      + (0..<5000).map { _ in random.int(in: -400_000...400_000) }
    for seconds in values {
      let text = DurationText.clock(seconds)
      #expect(DurationText.clockLength(seconds) == text.utf8.count, "\(seconds): \(text)")
      let bytes = [UInt8](unsafeUninitializedCapacity: DurationText.longestClock) { buffer, written in
        written = DurationText.putClock(seconds, in: buffer)
      }
      #expect(String(decoding: bytes, as: UTF8.self) == text, "\(seconds)")
    }
    #expect(DurationText.clock(3725) == "1:02:05")
    #expect(DurationText.clock(-30) == "-0:30")
    #expect(DurationText.clock(Int.min).utf8.count == DurationText.longestClock)
  }

  @Test("a date put in place reads as its text; one the calendar must write is left to the text")
  func datesInPlace() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "America/St_Johns"))
    var text = LocalMinuteText(calendar: calendar)
    var random = SplitMix64(seed: 5)
    var buffer = [UInt8](repeating: 0, count: LocalMinuteText.length)
    for _ in 0..<2000 {
      let date = Date(timeIntervalSince1970: Double(random.int(in: -631_152_000...4_102_444_800)))
      let put = buffer.withUnsafeMutableBufferPointer { text.put(date, in: $0) }
      #expect(put)
      #expect(String(decoding: buffer, as: UTF8.self) == text.text(for: date))
    }
    // The year 2300 is past the years worked out by arithmetic.
    let late = Date(timeIntervalSince1970: 10_413_792_000)
    #expect(!buffer.withUnsafeMutableBufferPointer { text.put(late, in: $0) })
    #expect(text.text(for: late) == DurationText.day(late, calendar: calendar))
  }

  @Test("bytes read eight at a time are printable ASCII exactly when each byte is")
  func printableBytes() {
    var random = SplitMix64(seed: 8)
    // Bytes near the edges of the printable range are the ones a word-wide test could get wrong.
    let edges: [UInt8] = [0x00, 0x1F, 0x20, 0x21, 0x7E, 0x7F, 0x80, 0xFE, 0xFF, 0x41]
    for _ in 0..<20_000 {
      let count = random.int(in: 0...40)
      let bytes = (0..<count).map { _ -> UInt8 in
        switch random.int(in: 0...9) {
        case 0: edges[random.int(in: 0...(edges.count - 1))]
        case 1: UInt8(random.int(in: 0...255))
        default: UInt8(random.int(in: 0x20...0x7E))
        }
      }
      let expected = bytes.allSatisfy(PrintableASCII.contains)
      #expect(bytes.withUnsafeBufferPointer(PrintableASCII.contains(only:)) == expected, "\(bytes)")
    }
  }
}
