/// Lines of points over a horizontal axis (time, as days or minutes), with horizontal
/// reference lines (a bar to reach) labelled at their right end.
public struct LineChart: Sendable, Equatable {
  /// One point; `tooltip` shows on hover over its dot.
  public struct Point: Sendable, Equatable {
    public var x: Double
    public var y: Double
    public var tooltip: String?

    public init(x: Double, y: Double, tooltip: String? = nil) {
      self.x = x
      self.y = y
      self.tooltip = tooltip
    }
  }

  /// One line: its points in order of `x`. Series `index` sets the dash used in print.
  public struct Series: Sendable, Equatable {
    public var name: String
    public var ink: ChartInk
    public var points: [Point]

    public init(name: String, ink: ChartInk, points: [Point]) {
      self.name = name
      self.ink = ink
      self.points = points
    }
  }

  /// A horizontal line at a value, such as a level's bar.
  public struct Reference: Sendable, Equatable {
    public var label: String
    public var value: Double
    public var ink: ChartInk

    public init(label: String, value: Double, ink: ChartInk) {
      self.label = label
      self.value = value
      self.ink = ink
    }
  }

  /// Dots are drawn on the lines up to this many points in all.
  public static let maxDots = 400

  public var series: [Series]
  public var references: [Reference]
  public var xAxis: ChartAxis
  public var yAxis: ChartAxis
  public var width: Int
  public var height: Int

  public init(
    series: [Series], references: [Reference] = [], xAxis: ChartAxis, yAxis: ChartAxis, width: Int = 720,
    height: Int = 260
  ) {
    self.series = series
    self.references = references
    self.xAxis = xAxis
    self.yAxis = yAxis
    self.width = width
    self.height = height
  }

  static let left = 48.0
  static let right = 16.0
  static let bottom = 38.0

  /// The legend: each series as a line of its dash, then each reference line.
  var legend: [LegendEntry] {
    series.enumerated().map { index, series in LegendEntry(label: series.name, ink: series.ink, mark: .line(index)) }
      + references.enumerated().map { LegendEntry(label: $1.label, ink: $1.ink, mark: .reference($0)) }
  }

  /// The SVG image; `title` and `description` name it for assistive technology.
  public func svg(id: String, title: String, description: String) -> String {
    var svg = SVGWriter(width: width, height: height)
    let plotRight = Double(width) - Self.right
    let legend = ChartLegend(entries: legend, left: Self.left, right: plotRight)
    legend.draw(into: &svg, top: 4)
    let top = 12 + legend.height
    let plotBottom = Double(height) - Self.bottom
    let points = series.flatMap(\.points)
    let xs = points.map(\.x)
    let ys = points.map(\.y) + references.map(\.value)
    let xData = xs.min().flatMap { low in xs.max().map { low...$0 } }
    let yData = ys.min().flatMap { low in ys.max().map { low...$0 } }
    var (xDomain, xTicks) = xAxis.resolved(data: xData, includingZero: false, maxTicks: 8)
    if xDomain.lowerBound == xDomain.upperBound { xDomain = (xDomain.lowerBound - 1)...(xDomain.upperBound + 1) }
    let (yDomain, yTicks) = yAxis.resolved(data: yData, includingZero: false)
    let x = LinearScale(domain: xDomain, start: Self.left + 8, end: plotRight - 8)
    let y = LinearScale(domain: yDomain, start: plotBottom, end: top)

    svg.openGroup(class: "axis")
    for tick in yTicks {
      svg.line(x1: Self.left, y1: y(tick.value), x2: plotRight, y2: y(tick.value), class: "grid")
      svg.text(tick.label, x: Self.left - 6, y: y(tick.value) + 4, anchor: .end, class: "tick")
    }
    svg.line(x1: Self.left, y1: top, x2: Self.left, y2: plotBottom, class: "axis-line")
    svg.line(x1: Self.left, y1: plotBottom, x2: plotRight, y2: plotBottom, class: "axis-line")
    var lastLabelEnd = -Double.infinity
    for tick in xTicks {
      let position = x(tick.value)
      svg.line(x1: position, y1: plotBottom, x2: position, y2: plotBottom + 4, class: "axis-line")
      let half = ChartText.width(tick.label) / 2
      guard position - half > lastLabelEnd + 6 else { continue }
      svg.text(tick.label, x: position, y: plotBottom + 16, anchor: .middle, class: "tick")
      lastLabelEnd = position + half
    }
    svg.text([yAxis.title], x: 14, y: (top + plotBottom) / 2, anchor: .middle, class: "axis-title", rotated: true)
    if !xAxis.title.isEmpty {
      svg.text(xAxis.title, x: (Self.left + plotRight) / 2, y: Double(height) - 4, anchor: .middle, class: "axis-title")
    }
    svg.closeGroup()

    for (index, reference) in references.enumerated() {
      svg.line(
        x1: Self.left, y1: y(reference.value), x2: plotRight, y2: y(reference.value),
        class: "ref \(reference.ink.className) refdash\(index % 2)")
    }
    let drawsDots = points.count <= Self.maxDots
    for (index, line) in series.enumerated() {
      let ink = line.ink.className
      svg.openGroup(class: "series")
      if line.points.count > 1 {
        svg.polyline(line.points.map { (x($0.x), y($0.y)) }, class: "line \(ink) dash\(index % 4)")
      }
      if drawsDots || line.points.count == 1 {
        for point in line.points {
          svg.circle(x: x(point.x), y: y(point.y), radius: 3, class: "dot \(ink)", tooltip: point.tooltip)
        }
      }
      svg.closeGroup()
    }
    return svg.document(id: id, title: title, description: description)
  }
}
