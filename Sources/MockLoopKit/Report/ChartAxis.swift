import Foundation

/// One labelled value on an axis.
public struct AxisTick: Sendable, Equatable {
  public var value: Double
  public var label: String

  public init(value: Double, label: String) {
    self.value = value
    self.label = label
  }
}

/// A chart axis: its title, its range (nil ends follow the data) and its ticks, either given
/// (dates, say) or chosen as round numbers written in `format`.
public struct ChartAxis: Sendable, Equatable {
  /// How chosen ticks are written.
  public enum Format: Sendable, Equatable {
    /// "2", "2.5".
    case number
    /// "+2", "0", "-1.5": a difference.
    case signed
    /// "50%" of a value from 0 to 100.
    case percent
  }

  public var title: String
  public var lower: Double?
  public var upper: Double?
  /// Nil: round numbers between the ends.
  public var ticks: [AxisTick]?
  public var format: Format
  /// Chosen ticks are whole numbers (scores, counts).
  public var wholeNumbers: Bool

  public init(
    title: String, lower: Double? = nil, upper: Double? = nil, ticks: [AxisTick]? = nil, format: Format = .number,
    wholeNumbers: Bool = false
  ) {
    self.title = title
    self.lower = lower
    self.upper = upper
    self.ticks = ticks
    self.format = format
    self.wholeNumbers = wholeNumbers
  }

  /// The range drawn and its ticks, for data spanning `data` (nil: no data).
  func resolved(data: ClosedRange<Double>?, includingZero: Bool, maxTicks: Int = 6) -> (
    range: ClosedRange<Double>, ticks: [AxisTick]
  ) {
    var low = lower ?? min(data?.lowerBound ?? 0, includingZero ? 0 : .infinity)
    var high = upper ?? max(data?.upperBound ?? 1, includingZero ? 0 : -.infinity)
    if !low.isFinite { low = 0 }
    if !high.isFinite { high = low + 1 }
    if high <= low { (low, high) = lower == nil ? (high - 1, high) : (low, low + 1) }
    if let ticks {
      return (low...high, ticks.filter { $0.value >= low - 1e-9 && $0.value <= high + 1e-9 })
    }
    let step = Self.niceStep(span: high - low, maxTicks: maxTicks, wholeNumbers: wholeNumbers)
    if lower == nil { low = (low / step).rounded(.down) * step }
    if upper == nil { high = (high / step).rounded(.up) * step }
    var values: [Double] = []
    var value = (low / step).rounded(.up) * step
    while value <= high + step * 1e-6 {
      values.append((value / step).rounded() * step)
      value += step
    }
    return (low...high, values.map { AxisTick(value: $0, label: label(for: $0)) })
  }

  func label(for value: Double) -> String {
    let text = SVGWriter.number(value)
    switch format {
    case .number: return text
    case .signed: return value > 0.05 ? "+" + text : text
    case .percent: return text + "%"
    }
  }

  /// 1, 2, 2.5 or 5 times a power of ten, so that the span holds at most `maxTicks` ticks.
  static func niceStep(span: Double, maxTicks: Int, wholeNumbers: Bool) -> Double {
    let rough = span / Double(max(maxTicks - 1, 1))
    guard rough > 0, rough.isFinite else { return 1 }
    let magnitude = pow(10, (log10(rough)).rounded(.down))
    let residual = rough / magnitude
    let nice: Double = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10
    let step = nice * magnitude
    return wholeNumbers ? max(1, step.rounded(.up)) : step
  }
}

/// Maps values of a range onto pixels (`start` for the lower end, `end` for the upper).
struct LinearScale {
  var domain: ClosedRange<Double>
  var start: Double
  var end: Double

  func callAsFunction(_ value: Double) -> Double {
    let span = domain.upperBound - domain.lowerBound
    guard span > 0 else { return (start + end) / 2 }
    return start + (value - domain.lowerBound) / span * (end - start)
  }
}
