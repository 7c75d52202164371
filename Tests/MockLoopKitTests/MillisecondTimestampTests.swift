import Foundation
import Testing

@testable import MockLoopKit

@Suite("Times in exports and JSON")
struct MillisecondTimestampTests {
  private struct Stamped: Codable, Equatable {
    var at: Date
  }

  /// Stored times (whole milliseconds) spread over the years the store accepts, from a fixed seed.
  private static func storedTimes(count: Int) -> [Date] {
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    return (0..<count).map { _ in
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let milliseconds = Int64(state >> 20) % 253_402_300_799_999
      return Date(storedTime: Double(milliseconds) / 1000)
    }
  }

  @Test("every stored time reads back from its export text to the same millisecond")
  func storedTimesRoundTrip() throws {
    for date in Self.storedTimes(count: 20_000) {
      let data = try ExchangeCoding.encoder.encode(Stamped(at: date))
      let back = try ExchangeCoding.decoder.decode(Stamped.self, from: data)
      #expect(
        back.at.storedTime == date.storedTime,
        "\(date.timeIntervalSince1970) came back as \(back.at.timeIntervalSince1970)")
      if back.at.storedTime != date.storedTime { return }
    }
  }

  @Test("a time whose nearest Double lies below its millisecond is written with that millisecond")
  func timeJustBelowItsMillisecond() {
    // 1677586816.359 is held as 1677586816.35899996757…: truncating it wrote ".358".
    #expect(MillisecondTimestamp.text(Date(storedTime: 1_677_586_816.359)) == "2023-02-28T12:20:16.359Z")
  }

  @Test("the text is ISO 8601 in UTC with milliseconds at the ends of the range and on a leap day")
  func knownTimes() {
    #expect(MillisecondTimestamp.text(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00.000Z")
    #expect(MillisecondTimestamp.text(Date(timeIntervalSince1970: 1_709_164_800.5)) == "2024-02-29T00:00:00.500Z")
    #expect(MillisecondTimestamp.text(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
    #expect(MillisecondTimestamp.text(Date(timeIntervalSince1970: 253_402_300_799.999)) == "9999-12-31T23:59:59.999Z")
    #expect(MillisecondTimestamp.text(Date(timeIntervalSince1970: 1_798_761_599.9996)) == "2027-01-01T00:00:00.000Z")
  }

  @Test("whole seconds are written as Foundation's ISO 8601 style writes them")
  func agreesWithFoundationOnWholeSeconds() {
    for date in Self.storedTimes(count: 2_000) {
      let whole = Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
      #expect(MillisecondTimestamp.text(whole) == ExchangeCoding.timestampFormat.format(whole))
    }
  }
}
