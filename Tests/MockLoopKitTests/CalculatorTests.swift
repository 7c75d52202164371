import Foundation
import Testing

@testable import MockLoopKit

@Suite("Calculator: units, suffixes, nouns and how results are written")
struct CalculatorTests {
  @Test("every unit spelling parses to its size in base units")
  func everyUnit() throws {
    let rate: QuantityDimension = .data / .time
    let expected: [(String, Double, QuantityDimension)] = [
      ("B", 1, .data), ("byte", 1, .data), ("bytes", 1, .data), ("KB", 1e3, .data), ("kB", 1e3, .data),
      ("MB", 1e6, .data), ("GB", 1e9, .data), ("TB", 1e12, .data), ("PB", 1e15, .data), ("EB", 1e18, .data),
      ("KiB", 1024, .data), ("MiB", 1_048_576, .data), ("GiB", 1_073_741_824, .data),
      ("TiB", 1_099_511_627_776, .data), ("PiB", 1_125_899_906_842_624, .data),
      ("EiB", 1_152_921_504_606_846_976, .data), ("bit", 0.125, .data), ("bits", 0.125, .data),
      ("Kbit", 125, .data), ("kbit", 125, .data), ("Mbit", 125e3, .data), ("Gbit", 125e6, .data),
      ("Tbit", 125e9, .data), ("Pbit", 125e12, .data), ("bps", 0.125, rate), ("Kbps", 125, rate),
      ("kbps", 125, rate), ("Mbps", 125e3, rate), ("Gbps", 125e6, rate),
      ("Tbps", 125e9, rate), ("ns", 1e-9, .time), ("us", 1e-6, .time), ("µs", 1e-6, .time),
      ("ms", 1e-3, .time), ("s", 1, .time), ("sec", 1, .time), ("second", 1, .time), ("seconds", 1, .time),
      ("min", 60, .time), ("mins", 60, .time), ("minute", 60, .time), ("minutes", 60, .time), ("h", 3600, .time),
      ("hr", 3600, .time), ("hour", 3600, .time), ("hours", 3600, .time), ("day", 86_400, .time),
      ("days", 86_400, .time), ("week", 604_800, .time), ("weeks", 604_800, .time), ("month", 2_592_000, .time),
      ("months", 2_592_000, .time), ("year", 31_536_000, .time), ("years", 31_536_000, .time),
      ("yr", 31_536_000, .time), ("USD", 1, .money), ("$", 1, .money), ("dollar", 1, .money),
      ("dollars", 1, .money), ("%", 0.01, .none), ("percent", 0.01, .none),
    ]
    for (word, size, dimension) in expected {
      let quantity = try Calculator.quantity("1 \(word)")
      #expect(quantity.dimension == dimension, "\(word)")
      #expect(abs(quantity.value - size) <= size * 1e-12, "\(word): \(quantity.value)")
    }
  }

  @Test("every spelling of the unit table reads as its unit, after a number and on its own")
  func everySpelling() throws {
    #expect(UnitTable.spellings.count > 80)
    for name in UnitTable.spellings {
      let unit = try #require(UnitTable.unit(name))
      let after = try Calculator.quantity("2 \(name)")
      #expect(after.dimension == unit.dimension, "\(name)")
      #expect(after.value == 2 * unit.factor, "\(name)")
      #expect(try Calculator.quantity(name) == Quantity(unit.factor, unit.dimension), "\(name)")
    }
  }

  @Test("count suffixes multiply only when written straight after the number")
  func suffixes() throws {
    #expect(try Calculator.quantity("5K").value == 5e3)
    #expect(try Calculator.quantity("5k").value == 5e3)
    #expect(try Calculator.quantity("5M").value == 5e6)
    #expect(try Calculator.quantity("5B").value == 5e9)
    #expect(try Calculator.quantity("5T").value == 5e12)
    #expect(try Calculator.quantity("2.5e3").value == 2500)
    #expect(try Calculator.quantity("4E-2").value == 0.04)
    #expect(try Calculator.quantity("1_000").value == 1000)
    // With a space the letter is a unit: five bytes, not five billion.
    #expect(try Calculator.quantity("5 B") == Quantity(5, .data))
    #expect(try Calculator.quantity("5MB") == Quantity(5e6, .data))
    #expect(try Calculator.quantity("1.5K/s") == Quantity(1500, QuantityDimension([.time: -1])))
  }

  @Test("plural and singular of a counted noun are one dimension; other words stay apart")
  func countNouns() throws {
    #expect(CountNoun.key("reqs") == CountNoun.key("req"))
    #expect(CountNoun.key("users") == "user")
    #expect(CountNoun.key("queries") == "query")
    #expect(CountNoun.key("boxes") == "box")
    #expect(CountNoun.key("status") == "status")
    #expect(CountNoun.key("Users") == "user")
    #expect(try Calculator.evaluate("3 reqs + 2 req").text == "5 reqs")
    #expect(try Calculator.evaluate("1200 req/s * 1 day in reqs").text == "103,700,000 reqs")
    #expect(throws: CalculatorError.self) { try Calculator.evaluate("3 req + 2 requests") }
  }

  @Test("results are written with 4 significant figures and a unit chosen for their size")
  func formatting() throws {
    #expect(try Calculator.evaluate("365 TB").text == "365 TB")
    #expect(try Calculator.evaluate("1e12 B * 365").text == "365 TB")
    #expect(try Calculator.evaluate("100M req/day").text == "1,157 req/s")
    #expect(try Calculator.evaluate("100M req/day in req/day").text == "100,000,000 req/day")
    #expect(try Calculator.evaluate("12345678 users").text == "12.35M users")
    #expect(try Calculator.evaluate("2.5e6 s").text == "28.94 days")
    #expect(try Calculator.evaluate("1 s / 3").text == "333.3 ms")
    #expect(try Calculator.evaluate("1 / 3").text == "0.3333")
    #expect(try Calculator.evaluate("9999.7").text == "10,000")
    #expect(try Calculator.evaluate("3e20").text == "3e20")
    #expect(try Calculator.evaluate("0.00001234").text == "1.234e-5")
    #expect(try Calculator.evaluate("4000 * 0.38 USD/h").text == "1.094M USD/month")
  }

  @Test("in converts, carrying counted nouns into a unit without them")
  func conversion() throws {
    let perSecond = try Calculator.evaluate("100M req/day in /s")
    #expect(perSecond.unit == "req/s")
    #expect(perSecond.text == "1,157 req/s")
    #expect(try Calculator.evaluate("2 MB/s in TB/year").text == "63.07 TB/year")
    #expect(try Calculator.evaluate("20M * 5 Mbps in Gbps").text == "100,000 Gbps")
  }

  @Test("--json shape: value in the printed unit, the unit, and the text")
  func jsonShape() throws {
    let data = try ExchangeCoding.encoder.encode(try Calculator.evaluate("365 TB"))
    let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    #expect(object?["value"] as? Double == 365)
    #expect(object?["unit"] as? String == "TB")
    #expect(object?["text"] as? String == "365 TB")
    #expect(object?.count == 3)
  }

  @Test("the latency constants are the documented figures")
  func constants() throws {
    #expect(try Calculator.evaluate("L1").text == "0.5 ns")
    #expect(try Calculator.evaluate("RAM").text == "100 ns")
    #expect(try Calculator.evaluate("ssd_read").text == "150 µs")
    #expect(try Calculator.evaluate("disk_seek").text == "10 ms")
    #expect(try Calculator.evaluate("dc_rtt").text == "500 µs")
    #expect(try Calculator.evaluate("region_rtt").text == "150 ms")
    #expect(try Calculator.evaluate("month in day").text == "30 day")
    #expect(try Calculator.evaluate("year in day").text == "365 day")
  }
}
