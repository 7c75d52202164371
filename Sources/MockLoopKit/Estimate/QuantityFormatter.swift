import Foundation

/// How a result is written: a unit chosen for its size when none was asked for (`365 TB`,
/// `1,157 req/s`, `28.94 days`), the number rounded to 4 significant figures.
///
/// Rules: data is written in the decimal unit that keeps the number at 1 or more (B, KB … EB);
/// a time alone in ns, µs, ms, s (under 2 minutes), min (under 2 hours), h (under 2 days), days
/// (under 2 years) or years; anything per time is per second, except money, which is per month;
/// data in a denominator is per GB; plain numbers, counts and money of a million or more take
/// the suffix M, B or T. Numbers under 10^15 are written out with thousands separators, larger
/// and very small ones in scientific notation (`3.2e15`).
struct QuantityFormatter {
  var spellings: [String: String]

  struct Display: Equatable {
    var value: Double
    var unit: String
    var text: String
  }

  func display(_ quantity: Quantity) -> Display {
    let dimension = quantity.dimension
    var value = quantity.value
    var numerator: [String] = []
    var denominator: [String] = []
    var isScaled = false
    let moneyRate = dimension.withoutNouns == QuantityDimension.money / QuantityDimension.time
    for (base, exponent) in ordered(dimension) {
      var name: String
      switch base {
      case .data where exponent == 1:
        let size = abs(value)
        let unit = UnitTable.dataScale.last { size >= $0.bytes } ?? UnitTable.dataScale[0]
        value /= unit.bytes
        name = unit.name
        isScaled = true
      case .data where exponent == -1:
        value *= 1e9
        name = "GB"
      case .data:
        name = "B"
      case .time where exponent == 1 && dimension.exponents.count == 1:
        let (unit, seconds) = Self.timeUnit(for: abs(value))
        value /= seconds
        name = unit == "day" || unit == "year" ? (abs(value) == 1 ? unit : unit + "s") : unit
        isScaled = true
      case .time where exponent < 0 && moneyRate:
        value *= Foundation.pow(UnitTable.secondsPerMonth, Double(-exponent))
        name = "month"
      case .time:
        name = "s"
      case .money:
        name = "USD"
      case .noun(let key):
        name = spellings[key] ?? key
      }
      let power = abs(exponent)
      if power != 1 { name += "^\(power)" }
      if exponent > 0 { numerator.append(name) } else { denominator.append(name) }
    }
    let unit = Self.unitText(numerator: numerator, denominator: denominator)
    let number = Self.number(value, suffixes: !isScaled)
    return Display(value: Self.cleaned(value), unit: unit, text: Self.join(number, unit))
  }

  /// The result of a conversion with `in`: the value in the target, the target as written.
  func converted(_ quantity: Quantity, to target: Quantity, written: String, isPer: Bool) -> Display? {
    let value = quantity.value / target.value
    var unit = written
    if quantity.dimension != target.dimension {
      guard target.dimension.nouns.isDimensionless, quantity.dimension.withoutNouns == target.dimension else {
        return nil
      }
      var over: [String] = []
      var under: [String] = []
      for (base, exponent) in ordered(quantity.dimension.nouns) {
        guard case .noun(let key) = base else { continue }
        let name = (spellings[key] ?? key) + (abs(exponent) == 1 ? "" : "^\(abs(exponent))")
        if exponent > 0 { over.append(name) } else { under.append(name) }
      }
      let counted = over.joined(separator: "·")
      if isPer {
        unit = counted + written
      } else if !counted.isEmpty {
        unit = counted + "·" + written
      }
      if !under.isEmpty { unit += "/" + (under.count == 1 ? under[0] : "(" + under.joined(separator: "·") + ")") }
    }
    return Display(value: Self.cleaned(value), unit: unit, text: Self.join(Self.number(value, suffixes: false), unit))
  }

  /// Data, money, time, then counted nouns by name: the order units are written in.
  private func ordered(_ dimension: QuantityDimension) -> [(base: BaseDimension, exponent: Int)] {
    func rank(_ base: BaseDimension) -> Int {
      switch base {
      case .data: 0
      case .money: 1
      case .time: 2
      case .noun: 3
      }
    }
    return dimension.sortedBases.sorted { lhs, rhs in
      rank(lhs.base) != rank(rhs.base) ? rank(lhs.base) < rank(rhs.base) : lhs.base < rhs.base
    }
  }

  static func timeUnit(for seconds: Double) -> (String, Double) {
    switch seconds {
    case ..<1e-6: ("ns", 1e-9)
    case ..<1e-3: ("µs", 1e-6)
    case ..<1: ("ms", 1e-3)
    case ..<120: ("s", 1)
    case ..<7_200: ("min", 60)
    case ..<172_800: ("h", 3_600)
    case ..<(2 * UnitTable.secondsPerYear): ("day", UnitTable.secondsPerDay)
    default: ("year", UnitTable.secondsPerYear)
    }
  }

  static func unitText(numerator: [String], denominator: [String]) -> String {
    let over = numerator.joined(separator: "·")
    guard !denominator.isEmpty else { return over }
    let under = denominator.count == 1 ? denominator[0] : "(" + denominator.joined(separator: "·") + ")"
    return over + "/" + under
  }

  static func join(_ number: String, _ unit: String) -> String {
    if unit.isEmpty { return number }
    return number + (unit.hasPrefix("/") ? "" : " ") + unit
  }

  /// Float noise taken off for JSON: 12 significant figures.
  static func cleaned(_ value: Double) -> Double {
    guard value != 0, value.isFinite else { return value }
    return Double(String(format: "%.12g", value)) ?? value
  }

  /// A number rounded to 4 significant figures: "1,157", "0.02315", "1.157M" (with
  /// `suffixes`), "3.2e15".
  static func number(_ value: Double, suffixes: Bool) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-∞" : "∞") }
    if value == 0 { return "0" }
    let size = abs(value)
    if suffixes, size >= 1e6, size < 1e15 {
      let (suffix, factor): (String, Double) = size >= 1e12 ? ("T", 1e12) : size >= 1e9 ? ("B", 1e9) : ("M", 1e6)
      return number(value / factor, suffixes: false) + suffix
    }
    let exponent = Int(Foundation.floor(Foundation.log10(size)))
    if size >= 1e15 || size < 1e-4 {
      var mantissa = value / Foundation.pow(10, Double(exponent))
      var shown = exponent
      if abs((mantissa * 1000).rounded() / 1000) >= 10 {
        mantissa /= 10
        shown += 1
      }
      return trimmed(String(format: "%.3f", mantissa)) + "e\(shown)"
    }
    let step = Foundation.pow(10, Double(exponent - 3))
    let rounded = (value / step).rounded() * step
    let decimals = max(0, 3 - exponent)
    let text = trimmed(String(format: "%.\(decimals)f", rounded))
    return grouped(text)
  }

  private static func trimmed(_ text: String) -> String {
    guard text.contains(".") else { return text }
    var result = text
    while result.hasSuffix("0") { result.removeLast() }
    if result.hasSuffix(".") { result.removeLast() }
    return result
  }

  /// Thousands separators in the whole part: "1234567.5" becomes "1,234,567.5".
  private static func grouped(_ text: String) -> String {
    let negative = text.hasPrefix("-")
    let body = negative ? String(text.dropFirst()) : text
    let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let whole = Array(parts[0])
    var result = ""
    for (index, digit) in whole.enumerated() {
      if index > 0 && (whole.count - index) % 3 == 0 { result.append(",") }
      result.append(digit)
    }
    if parts.count > 1 { result += "." + parts[1] }
    return (negative ? "-" : "") + result
  }
}
