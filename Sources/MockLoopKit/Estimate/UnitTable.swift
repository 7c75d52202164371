/// Every unit the calculator knows, by the exact spelling it is written with (case matters:
/// `MB` is megabytes, `Mbit` megabits, `ms` milliseconds).
///
/// Data: `B`/`byte`/`bytes`; decimal `KB` (or `kB`), `MB`, `GB`, `TB`, `PB`, `EB` (powers of
/// 1000); binary `KiB`, `MiB`, `GiB`, `TiB`, `PiB`, `EiB` (powers of 1024); bits `bit`/`bits`,
/// `Kbit`, `Mbit`, `Gbit`, `Tbit`, `Pbit` (a bit is 1/8 byte). Rates: `bps`, `Kbps`, `Mbps`,
/// `Gbps`, `Tbps` (bits per second). Time: `ns`, `us` (or `µs`), `ms`, `s`, `min`, `h`, `day`,
/// `week`, `month` (30 days), `year` (365 days), with their long forms. Money: `USD`, `$`,
/// `dollar`. `%` is 1/100. `Kb`, `Mb`, `Gb`, `Tb` and `Pb` are refused as ambiguous.
public enum UnitTable {
  public struct Unit: Sendable {
    public var factor: Double
    public var dimension: QuantityDimension
  }

  public static let secondsPerDay = 86_400.0
  public static let secondsPerMonth = 30 * secondsPerDay
  public static let secondsPerYear = 365 * secondsPerDay

  public static func unit(_ name: String) -> Unit? { units[name] }

  /// Every spelling, sorted.
  public static var spellings: [String] { units.keys.sorted() }

  /// Spellings refused because people use them for both bits and bytes.
  public static func ambiguity(of name: String) -> String? {
    guard let prefix = ["Kb": "K", "kb": "K", "Mb": "M", "Gb": "G", "Tb": "T", "Pb": "P"][name] else { return nil }
    return "'\(name)' could mean bits or bytes: write \(prefix)bit for bits or \(prefix)B for bytes"
  }

  /// The time units, shortest first, as results are written.
  static let timeScale: [(name: String, seconds: Double)] = [
    ("ns", 1e-9), ("µs", 1e-6), ("ms", 1e-3), ("s", 1), ("min", 60), ("h", 3600), ("day", secondsPerDay),
    ("year", secondsPerYear),
  ]

  /// The decimal data units, smallest first, as results are written.
  static let dataScale: [(name: String, bytes: Double)] = [
    ("B", 1), ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("PB", 1e15), ("EB", 1e18),
  ]

  private static let units: [String: Unit] = {
    var table: [String: Unit] = [:]
    func add(_ names: [String], _ factor: Double, _ dimension: QuantityDimension) {
      for name in names { table[name] = Unit(factor: factor, dimension: dimension) }
    }
    add(["B", "byte", "bytes"], 1, .data)
    let decimal = ["K", "M", "G", "T", "P", "E"]
    for (index, prefix) in decimal.enumerated() {
      let power = Double(index + 1)
      add([prefix + "B"], pow10(3 * power), .data)
      add([prefix + "iB"], pow2(10 * power), .data)
      add([prefix + "bit", prefix + "bits"], pow10(3 * power) / 8, .data)
      add([prefix + "bps"], pow10(3 * power) / 8, .data / .time)
    }
    add(["kB"], 1e3, .data)
    add(["kbit", "kbits"], 1e3 / 8, .data)
    add(["kbps"], 1e3 / 8, .data / .time)
    add(["bit", "bits"], 1.0 / 8, .data)
    add(["bps"], 1.0 / 8, .data / .time)
    add(["ns", "nanosecond", "nanoseconds"], 1e-9, .time)
    add(["us", "µs", "microsecond", "microseconds"], 1e-6, .time)
    add(["ms", "millisecond", "milliseconds"], 1e-3, .time)
    add(["s", "sec", "secs", "second", "seconds"], 1, .time)
    add(["min", "mins", "minute", "minutes"], 60, .time)
    add(["h", "hr", "hrs", "hour", "hours"], 3600, .time)
    add(["day", "days"], secondsPerDay, .time)
    add(["week", "weeks"], 7 * secondsPerDay, .time)
    add(["month", "months"], secondsPerMonth, .time)
    add(["year", "years", "yr", "yrs"], secondsPerYear, .time)
    add(["USD", "usd", "$", "dollar", "dollars"], 1, .money)
    add(["%", "percent"], 0.01, .none)
    return table
  }()

  private static func pow10(_ exponent: Double) -> Double { Double("1e\(Int(exponent))") ?? 0 }
  private static func pow2(_ exponent: Double) -> Double {
    Double(sign: .plus, exponent: Int(exponent), significand: 1)
  }
}
