/// A small seeded random generator (the SplitMix64 mixing function over a Weyl sequence), so
/// that generated data is the same for the same seed on every machine and Swift version.
///
/// Its own `int(below:)`, `unit()` and `chance(_:)` are used instead of the standard library's
/// random APIs, whose algorithms the language does not promise to keep. Used for generated
/// benchmark data and for the seeded random tests, whose failures replay from their seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) { state = seed }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }

  /// A number in `0..<bound`; `bound` must be positive.
  public mutating func int(below bound: Int) -> Int {
    precondition(bound > 0, "bound must be positive")
    return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
  }

  public mutating func int(in range: ClosedRange<Int>) -> Int { range.lowerBound + int(below: range.count) }

  /// A number in [0, 1).
  public mutating func unit() -> Double { Double(next() >> 11) / Double(UInt64(1) << 53) }

  public mutating func double(in range: ClosedRange<Double>) -> Double {
    range.lowerBound + unit() * (range.upperBound - range.lowerBound)
  }

  /// True with probability `probability`.
  public mutating func chance(_ probability: Double) -> Bool { unit() < probability }

  public mutating func element<Element>(of array: [Element]) -> Element? {
    array.isEmpty ? nil : array[int(below: array.count)]
  }

  /// A lowercased UUID-shaped id.
  public mutating func identifier() -> String {
    let high = next(), low = next()
    let hex = String(high, radix: 16).leftPadded(to: 16) + String(low, radix: 16).leftPadded(to: 16)
    let parts = [
      hex.prefix(8), hex.dropFirst(8).prefix(4), hex.dropFirst(12).prefix(4), hex.dropFirst(16).prefix(4),
      hex.dropFirst(20),
    ]
    return parts.joined(separator: "-")
  }
}

extension String {
  fileprivate func leftPadded(to length: Int) -> String {
    count >= length ? self : String(repeating: "0", count: length - count) + self
  }
}
