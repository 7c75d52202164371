/// Named figures an estimate can use by name, each a time (see the README's table).
///
/// The latency table is the widely published set of "numbers every engineer should know":
/// an L1 cache reference, a main-memory reference, a random 4 KB read from an SSD, a disk
/// seek, a round trip inside one datacenter and a round trip across regions (a continent and
/// back). Month and year are units (30 and 365 days), not constants.
public enum EstimateConstants {
  public struct Constant: Sendable {
    public var name: String
    public var seconds: Double
    /// The figure as written in the table ("0.5 ns").
    public var written: String
    public var meaning: String
  }

  public static let all: [Constant] = [
    Constant(name: "L1", seconds: 0.5e-9, written: "0.5 ns", meaning: "L1 cache reference"),
    Constant(name: "RAM", seconds: 100e-9, written: "100 ns", meaning: "main memory reference"),
    Constant(name: "ssd_read", seconds: 150e-6, written: "150 µs", meaning: "random 4 KB read from an SSD"),
    Constant(name: "disk_seek", seconds: 10e-3, written: "10 ms", meaning: "disk seek"),
    Constant(name: "dc_rtt", seconds: 0.5e-3, written: "0.5 ms", meaning: "round trip inside one datacenter"),
    Constant(name: "region_rtt", seconds: 150e-3, written: "150 ms", meaning: "round trip across regions"),
  ]

  public static func constant(_ name: String) -> Constant? { all.first { $0.name == name } }
}
