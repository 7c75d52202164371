/// Vertical bars in groups along a category axis: one bar per series in each group, each
/// bar's part above its `limit` drawn in the over colour (an overrun), and per group an
/// optional range (a whisker) and target (a short line across the group).
public struct BarChart: Sendable, Equatable {
  /// One bar. `label` is written above it; `tooltip` shows on hover.
  public struct Bar: Sendable, Equatable {
    public var value: Double
    public var ink: ChartInk
    /// The part above this value is drawn in `BarChart.overInk`.
    public var limit: Double?
    public var label: String?
    public var tooltip: String?

    public init(value: Double, ink: ChartInk, limit: Double? = nil, label: String? = nil, tooltip: String? = nil) {
      self.value = value
      self.ink = ink
      self.limit = limit
      self.label = label
      self.tooltip = tooltip
    }
  }

  /// One category: its bars side by side, and what is drawn across them.
  public struct Group: Sendable, Equatable {
    public var label: String
    public var bars: [Bar]
    /// A whisker from the lower to the upper value, centred on the group.
    public var range: ClosedRange<Double>?
    /// A short line across the group at this value.
    public var target: Double?

    public init(label: String, bars: [Bar], range: ClosedRange<Double>? = nil, target: Double? = nil) {
      self.label = label
      self.bars = bars
      self.range = range
      self.target = target
    }
  }

  public var groups: [Group]
  public var valueAxis: ChartAxis
  public var legend: [LegendEntry]
  public var overInk: ChartInk
  public var width: Int
  public var height: Int

  public init(
    groups: [Group], valueAxis: ChartAxis, legend: [LegendEntry] = [], overInk: ChartInk = .bad, width: Int = 720,
    height: Int = 280
  ) {
    self.groups = groups
    self.valueAxis = valueAxis
    self.legend = legend
    self.overInk = overInk
    self.width = width
    self.height = height
  }

  static let left = 56.0
  static let right = 16.0
  static let bottom = 40.0

  /// The SVG image; `title` and `description` name it for assistive technology.
  public func svg(id: String, title: String, description: String) -> String {
    var svg = SVGWriter(width: width, height: height)
    let legend = ChartLegend(entries: legend, left: Self.left, right: Double(width) - Self.right)
    legend.draw(into: &svg, top: 4)
    let top = 18 + legend.height
    let plotBottom = Double(height) - Self.bottom
    let values = groups.flatMap { group in
      group.bars.map(\.value) + [group.range?.lowerBound, group.range?.upperBound, group.target].compactMap { $0 }
    }
    let data = values.min().flatMap { low in values.max().map { low...$0 } }
    let (domain, ticks) = valueAxis.resolved(data: data, includingZero: true)
    let y = LinearScale(domain: domain, start: plotBottom, end: top)
    let plotRight = Double(width) - Self.right
    drawValueAxis(into: &svg, ticks: ticks, y: y, top: top, bottom: plotBottom, right: plotRight)

    let slot = (plotRight - Self.left) / Double(max(groups.count, 1))
    let stride = slot >= 34 ? 1 : Int((34 / slot).rounded(.up))
    let baseline = y(min(max(0, domain.lowerBound), domain.upperBound))
    for (index, group) in groups.enumerated() {
      let barWidth = min(44, slot * 0.72 / Double(max(group.bars.count, 1)))
      let groupWidth = barWidth * Double(group.bars.count)
      let groupLeft = Self.left + slot * Double(index) + (slot - groupWidth) / 2
      let center = Self.left + slot * (Double(index) + 0.5)
      for (position, bar) in group.bars.enumerated() {
        drawBar(
          bar, into: &svg, x: groupLeft + barWidth * Double(position), width: barWidth, y: y, baseline: baseline,
          besideRange: group.range != nil)
      }
      if let range = group.range {
        svg.line(x1: center, y1: y(range.lowerBound), x2: center, y2: y(range.upperBound), class: "range")
        for end in [range.lowerBound, range.upperBound] {
          svg.line(x1: center - 5, y1: y(end), x2: center + 5, y2: y(end), class: "range")
        }
      }
      if let target = group.target {
        svg.line(x1: groupLeft - 4, y1: y(target), x2: groupLeft + groupWidth + 4, y2: y(target), class: "target")
      }
      guard index % stride == 0 else { continue }
      let lines =
        stride == 1
        ? ChartText.wrap(group.label, width: slot - 4, maxLines: 2)
        : [ChartText.fit(group.label, width: slot * Double(stride) - 4)]
      svg.text(lines, x: center, y: plotBottom + 15, anchor: .middle, class: "category")
    }
    return svg.document(id: id, title: title, description: description)
  }

  private func drawValueAxis(
    into svg: inout SVGWriter, ticks: [AxisTick], y: LinearScale, top: Double, bottom: Double, right: Double
  ) {
    svg.openGroup(class: "axis value-axis")
    for tick in ticks {
      svg.line(x1: Self.left, y1: y(tick.value), x2: right, y2: y(tick.value), class: "grid")
      svg.text(tick.label, x: Self.left - 6, y: y(tick.value) + 4, anchor: .end, class: "tick")
    }
    svg.line(x1: Self.left, y1: top, x2: Self.left, y2: bottom, class: "axis-line")
    let zero = y(min(max(0, y.domain.lowerBound), y.domain.upperBound))
    svg.line(x1: Self.left, y1: zero, x2: right, y2: zero, class: "axis-line")
    svg.text([valueAxis.title], x: 14, y: (top + bottom) / 2, anchor: .middle, class: "axis-title", rotated: true)
    svg.closeGroup()
  }

  /// A bar whose group has a range writes its label beside the whisker, not over it.
  private func drawBar(
    _ bar: Bar, into svg: inout SVGWriter, x: Double, width: Double, y: LinearScale, baseline: Double,
    besideRange: Bool
  ) {
    let clamped = min(max(bar.value, y.domain.lowerBound), y.domain.upperBound)
    if let limit = bar.limit, bar.value > limit, limit >= 0 {
      svg.rect(
        x: x, y: y(limit), width: width, height: max(0, baseline - y(limit)), class: "bar \(bar.ink.className)",
        tooltip: bar.tooltip)
      svg.rect(
        x: x, y: y(clamped), width: width, height: max(0, y(limit) - y(clamped)),
        class: "bar over \(overInk.className)",
        tooltip: bar.tooltip)
    } else {
      let top = min(y(clamped), baseline)
      svg.rect(
        x: x, y: top, width: width, height: abs(baseline - y(clamped)), class: "bar \(bar.ink.className)",
        tooltip: bar.tooltip)
    }
    guard let label = bar.label else { return }
    if besideRange {
      let labelY = bar.value >= 0 ? y(clamped) + 13 : y(clamped) - 4
      svg.text(
        label, x: x + width / 2 + 4, y: min(max(labelY, y(y.domain.upperBound) + 10), baseline + 12), class: "value")
    } else {
      let labelY = bar.value >= 0 ? y(clamped) - 4 : y(clamped) + 13
      svg.text(label, x: x + width / 2, y: labelY, anchor: .middle, class: "value")
    }
  }
}
