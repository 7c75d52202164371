import Foundation
import Testing

@testable import MockLoopKit

@Suite("SVG charts")
struct ChartGoldenTests {
  static let bars = BarChart(
    groups: [
      BarChart.Group(
        label: "Requirements",
        bars: [
          BarChart.Bar(value: 10, ink: .muted),
          BarChart.Bar(value: 12.5, ink: .palette(0), limit: 10, label: "+2:30", tooltip: "took 12:30"),
        ]),
      BarChart.Group(
        label: "High-level design",
        bars: [BarChart.Bar(value: 20, ink: .muted), BarChart.Bar(value: 18, ink: .palette(0))],
        target: 15),
      BarChart.Group(label: "Wrap-up", bars: [BarChart.Bar(value: -2, ink: .good, label: "-2")], range: -3...1),
    ],
    valueAxis: ChartAxis(title: "minutes"),
    legend: [LegendEntry(label: "planned", ink: .muted), LegendEntry(label: "actual", ink: .palette(0))], width: 360,
    height: 200)

  static let lines = LineChart(
    series: [
      LineChart.Series(
        name: "core average", ink: .palette(0),
        points: [
          LineChart.Point(x: 0, y: 2, tooltip: "Nov 2: 2.0"), LineChart.Point(x: 8, y: 2.5),
          LineChart.Point(x: 21, y: 3.25),
        ]),
      LineChart.Series(name: "one point", ink: .palette(1), points: [LineChart.Point(x: 14, y: 4)]),
    ],
    references: [LineChart.Reference(label: "L6 and L7 bar: 3.0", value: 3, ink: .bad)],
    xAxis: ChartAxis(
      title: "", lower: 0, upper: 21,
      ticks: [
        AxisTick(value: 0, label: "Nov 2"), AxisTick(value: 7, label: "Nov 9"), AxisTick(value: 14, label: "Nov 16"),
      ]),
    yAxis: ChartAxis(title: "score", lower: 1, upper: 4, wholeNumbers: true), width: 360, height: 200)

  static let timeline = TimelineChart(
    lanes: [
      TimelineChart.Lane(
        label: "Plan",
        items: [
          .span(from: 0, to: 10, label: "Requirements", ink: .palette(0)),
          .span(from: 10, to: 30, label: "Design", ink: .palette(1), tooltip: "Design: 20 min"),
        ]),
      TimelineChart.Lane(
        label: "Moments",
        items: [
          .mark(at: 4, shape: .diamond, ink: .palette(3), label: "1", tooltip: "Follow-up 1"),
          .mark(at: 12, shape: .tick, ink: .good), .mark(at: 20, shape: .hollow, ink: .warn, label: "3:00"),
          .mark(at: 25, shape: .dot, ink: .bad),
        ]),
    ],
    axis: ChartAxis(title: "minutes", lower: 0),
    legend: [LegendEntry(label: "follow-up", ink: .palette(3), mark: .diamond)], width: 360)

  @Test("a bar chart of three groups (an overrun, a target, a negative bar with a range) matches its golden SVG")
  func barChart() throws {
    try ReportGoldens.check(
      Self.bars.svg(id: "bars", title: "Planned and actual", description: "Three phases.") + "\n",
      against: "chart-bars.svg")
  }

  @Test("a line chart with a one-point series and a reference line matches its golden SVG")
  func lineChart() throws {
    try ReportGoldens.check(
      Self.lines.svg(id: "lines", title: "Core average", description: "Four points.") + "\n",
      against: "chart-lines.svg")
  }

  @Test("a timeline of spans and every mark shape matches its golden SVG")
  func timelineChart() throws {
    try ReportGoldens.check(
      Self.timeline.svg(id: "timeline", title: "Timeline", description: "Two lanes.") + "\n",
      against: "chart-timeline.svg")
  }

  @Test("every chart is an svg element with a width, a height, a title and a description")
  func chartsHaveSizeAndName() {
    for (svg, width, height) in [
      (Self.bars.svg(id: "a", title: "T", description: "D"), 360, 200),
      (Self.lines.svg(id: "a", title: "T", description: "D"), 360, 200),
      (Self.timeline.svg(id: "a", title: "T", description: "D"), 360, Self.timeline.height),
    ] {
      #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"a\""))
      #expect(svg.contains(" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""))
      #expect(svg.contains("<title id=\"a-title\">T</title>\n<desc id=\"a-desc\">D</desc>"))
      #expect(svg.contains("aria-labelledby=\"a-title a-desc\""))
      #expect(svg.hasSuffix("</svg>"))
    }
    #expect(Self.timeline.height == 12 + 20 + 2 * 30 + 40)
  }

  @Test("an overrun bar is drawn as the planned part plus an over part reaching the actual value")
  func overrunSplitsTheBar() {
    let chart = BarChart(
      groups: [BarChart.Group(label: "A", bars: [BarChart.Bar(value: 12, ink: .palette(0), limit: 10)])],
      valueAxis: ChartAxis(title: "", lower: 0, upper: 12), width: 200, height: 140)
    let svg = chart.svg(id: "c", title: "", description: "")
    let rects = svg.split(separator: "\n").filter { $0.hasPrefix("<rect") }
    #expect(rects.count == 2)
    #expect(rects[0].contains("class=\"bar ink0\""))
    #expect(rects[1].contains("class=\"bar over ink-bad\""))
    // Plot from y 18 to 100 for 0...12: 10 is at 100 - 82 * 10/12 = 31.7, 12 at 18.
    #expect(rects[0].contains("y=\"31.7\"") && rects[0].contains("height=\"68.3\""))
    #expect(rects[1].contains("y=\"18\"") && rects[1].contains("height=\"13.7\""))
  }

  @Test("numbers are written rounded to tenths without a trailing zero or a negative zero")
  func numbers() {
    #expect(SVGWriter.number(12) == "12")
    #expect(SVGWriter.number(12.54) == "12.5")
    #expect(SVGWriter.number(-0.5) == "-0.5")
    #expect(SVGWriter.number(-0.04) == "0")
    #expect(SVGWriter.number(.nan) == "0")
  }

  @Test("chosen ticks are round numbers covering the data, whole numbers when asked")
  func ticks() {
    let minutes = ChartAxis(title: "").resolved(data: 0...37, includingZero: true)
    #expect(minutes.range == 0...40)
    #expect(minutes.ticks.map(\.value) == [0, 10, 20, 30, 40])
    let scores = ChartAxis(title: "", lower: 1, upper: 4, wholeNumbers: true).resolved(
      data: 2...3, includingZero: false)
    #expect(scores.ticks.map(\.label) == ["1", "2", "3", "4"])
    let signed = ChartAxis(title: "", format: .signed).resolved(data: -1.2...2.1, includingZero: true)
    #expect(signed.ticks.map(\.label) == ["-2", "-1", "0", "+1", "+2", "+3"])
    let percent = ChartAxis(title: "", lower: 0, upper: 100, format: .percent).resolved(data: nil, includingZero: true)
    #expect(percent.ticks.first?.label == "0%" && percent.ticks.last?.label == "100%")
  }

  @Test("labels too wide for their room are wrapped on spaces and cut with an ellipsis")
  func labelFitting() {
    #expect(ChartText.fit("Requirements and scoping", width: 60) == "Require…")
    #expect(ChartText.wrap("Requirements and scoping", width: 90, maxLines: 2) == ["Requirements", "and scoping"])
    #expect(
      ChartText.wrap("Reliability and operations at scale", width: 90, maxLines: 2) == ["Reliability", "and operati…"])
    #expect(ChartText.width("読み") == ChartText.width("abcd"))
  }
}
