/// A chart of a report: bars, lines or a timeline.
public enum Chart: Sendable, Equatable {
  case bars(BarChart)
  case lines(LineChart)
  case timeline(TimelineChart)

  /// The SVG image; `title` and `description` name it for assistive technology.
  public func svg(id: String, title: String, description: String) -> String {
    switch self {
    case .bars(let chart): return chart.svg(id: id, title: title, description: description)
    case .lines(let chart): return chart.svg(id: id, title: title, description: description)
    case .timeline(let chart): return chart.svg(id: id, title: title, description: description)
    }
  }
}
