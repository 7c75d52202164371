/// Lanes of spans and marks over one horizontal axis: the plan and the actual phases of a
/// mock, the moments things happened, or which sessions met a bar.
public struct TimelineChart: Sendable, Equatable {
  /// What a mark looks like.
  public enum Shape: Sendable, Equatable {
    case dot, hollow, diamond, tick
  }

  /// A span from `start` to `end`, or a mark at `start` (`end` nil).
  public struct Item: Sendable, Equatable {
    public var start: Double
    public var end: Double?
    /// Written inside a span when it fits, beside a mark.
    public var label: String?
    public var ink: ChartInk
    public var shape: Shape
    public var tooltip: String?

    public static func span(
      from start: Double, to end: Double, label: String?, ink: ChartInk, tooltip: String? = nil
    ) -> Item {
      Item(start: start, end: end, label: label, ink: ink, shape: .dot, tooltip: tooltip)
    }

    public static func mark(
      at position: Double, shape: Shape, ink: ChartInk, label: String? = nil, tooltip: String? = nil
    ) -> Item {
      Item(start: position, end: nil, label: label, ink: ink, shape: shape, tooltip: tooltip)
    }
  }

  /// One row of the chart, named at its left.
  public struct Lane: Sendable, Equatable {
    public var label: String
    public var items: [Item]

    public init(label: String, items: [Item]) {
      self.label = label
      self.items = items
    }
  }

  public var lanes: [Lane]
  public var axis: ChartAxis
  public var legend: [LegendEntry]
  public var width: Int

  public init(lanes: [Lane], axis: ChartAxis, legend: [LegendEntry] = [], width: Int = 720) {
    self.lanes = lanes
    self.axis = axis
    self.legend = legend
    self.width = width
  }

  static let left = 104.0
  static let right = 16.0
  static let laneHeight = 30.0
  static let bottom = 40.0

  /// The image's height: the legend, the lanes and the axis.
  public var height: Int {
    let legend = ChartLegend(entries: legend, left: Self.left, right: Double(width) - Self.right)
    return Int((12 + legend.height + Double(lanes.count) * Self.laneHeight + Self.bottom).rounded(.up))
  }

  /// The SVG image; `title` and `description` name it for assistive technology.
  public func svg(id: String, title: String, description: String) -> String {
    var svg = SVGWriter(width: width, height: height)
    let plotRight = Double(width) - Self.right
    let legend = ChartLegend(entries: legend, left: Self.left, right: plotRight)
    legend.draw(into: &svg, top: 4)
    let top = 12 + legend.height
    let plotBottom = top + Double(lanes.count) * Self.laneHeight
    let positions = lanes.flatMap { $0.items.flatMap { [$0.start, $0.end].compactMap { $0 } } }
    let data = positions.min().flatMap { low in positions.max().map { low...$0 } }
    let (domain, ticks) = axis.resolved(data: data, includingZero: true, maxTicks: 10)
    let x = LinearScale(domain: domain, start: Self.left, end: plotRight)

    svg.openGroup(class: "axis")
    for (index, lane) in lanes.enumerated() {
      let laneTop = top + Double(index) * Self.laneHeight
      svg.rect(
        x: Self.left, y: laneTop, width: plotRight - Self.left, height: Self.laneHeight,
        class: index % 2 == 0 ? "lane" : "lane lane-alt")
      svg.text(
        ChartText.fit(lane.label, width: Self.left - 12), x: 4, y: laneTop + Self.laneHeight / 2 + 4,
        class: "lane-label")
    }
    var lastLabelEnd = -Double.infinity
    for tick in ticks {
      let position = x(tick.value)
      svg.line(x1: position, y1: top, x2: position, y2: plotBottom + 4, class: "grid")
      let half = ChartText.width(tick.label) / 2
      guard position - half > lastLabelEnd + 6 else { continue }
      svg.text(tick.label, x: position, y: plotBottom + 16, anchor: .middle, class: "tick")
      lastLabelEnd = position + half
    }
    svg.line(x1: Self.left, y1: plotBottom, x2: plotRight, y2: plotBottom, class: "axis-line")
    if !axis.title.isEmpty {
      svg.text(axis.title, x: (Self.left + plotRight) / 2, y: plotBottom + 32, anchor: .middle, class: "axis-title")
    }
    svg.closeGroup()

    for (index, lane) in lanes.enumerated() {
      let laneTop = top + Double(index) * Self.laneHeight
      let middle = laneTop + Self.laneHeight / 2
      svg.openGroup(class: "lane-items")
      for item in lane.items {
        draw(item, into: &svg, x: x, laneTop: laneTop, middle: middle, right: plotRight)
      }
      svg.closeGroup()
    }
    return svg.document(id: id, title: title, description: description)
  }

  private func draw(
    _ item: Item, into svg: inout SVGWriter, x: LinearScale, laneTop: Double, middle: Double, right: Double
  ) {
    let ink = item.ink.className
    let start = x(item.start)
    if let end = item.end {
      let width = max(1, x(end) - start)
      svg.rect(
        x: start, y: laneTop + 6, width: width, height: Self.laneHeight - 12, class: "span \(ink)",
        tooltip: item.tooltip)
      if let label = item.label, ChartText.width(label, fontSize: 11) + 8 <= width {
        svg.text(label, x: start + 4, y: middle + 4, class: "span-label")
      }
      return
    }
    switch item.shape {
    case .dot: svg.circle(x: start, y: middle, radius: 5, class: "marker \(ink)", tooltip: item.tooltip)
    case .hollow: svg.circle(x: start, y: middle, radius: 5, class: "marker hollow \(ink)", tooltip: item.tooltip)
    case .diamond: svg.diamond(x: start, y: middle, size: 6, class: "marker \(ink)", tooltip: item.tooltip)
    case .tick:
      svg.line(x1: start, y1: laneTop + 6, x2: start, y2: laneTop + Self.laneHeight - 6, class: "tick-mark \(ink)")
    }
    if let label = item.label, start + 8 + ChartText.width(label, fontSize: 11) <= right {
      svg.text(label, x: start + 8, y: middle + 4, class: "marker-label")
    }
  }
}
