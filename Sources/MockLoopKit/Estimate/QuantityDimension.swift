/// One base dimension of a quantity: data (measured in bytes), time (seconds), money (US
/// dollars), or a counted noun ("req", "user"), each noun its own dimension.
public enum BaseDimension: Hashable, Sendable, Comparable {
  case data, time, money
  /// A counted noun by its singular key (see `CountNoun.key`).
  case noun(String)
}

/// What a quantity measures: each base dimension with a non-zero whole exponent, so "req/s" is
/// `[noun(req): 1, time: -1]` and a plain number is empty.
///
/// Invariant: no exponent is zero (multiplying drops dimensions that cancel).
public struct QuantityDimension: Hashable, Sendable {
  public private(set) var exponents: [BaseDimension: Int]

  public init(_ exponents: [BaseDimension: Int] = [:]) {
    self.exponents = exponents.filter { $0.value != 0 }
  }

  public static let none = QuantityDimension()
  public static let data = QuantityDimension([.data: 1])
  public static let time = QuantityDimension([.time: 1])
  public static let money = QuantityDimension([.money: 1])

  public var isDimensionless: Bool { exponents.isEmpty }

  public func exponent(of base: BaseDimension) -> Int { exponents[base] ?? 0 }

  public static func * (lhs: QuantityDimension, rhs: QuantityDimension) -> QuantityDimension {
    QuantityDimension(lhs.exponents.merging(rhs.exponents, uniquingKeysWith: +))
  }

  public static func / (lhs: QuantityDimension, rhs: QuantityDimension) -> QuantityDimension {
    lhs * rhs.raised(to: -1)
  }

  public func raised(to power: Int) -> QuantityDimension { QuantityDimension(exponents.mapValues { $0 * power }) }

  /// Only the counted nouns.
  public var nouns: QuantityDimension {
    QuantityDimension(exponents.filter { if case .noun = $0.key { true } else { false } })
  }

  /// Everything but the counted nouns.
  public var withoutNouns: QuantityDimension {
    QuantityDimension(exponents.filter { if case .noun = $0.key { false } else { true } })
  }

  /// The base dimensions in the order units are written: data, money, time, then nouns by name.
  var sortedBases: [(base: BaseDimension, exponent: Int)] {
    exponents.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }
}
