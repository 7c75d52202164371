/// The colour of a chart element, as a class the stylesheet gives a light, a dark and a print
/// colour: eight palette colours told apart in print by the line dashes of their series, a
/// muted grey, and the colours of good, bad and warning.
public enum ChartInk: Sendable, Equatable, Hashable {
  case palette(Int)
  case muted
  case good
  case bad
  case warn

  var className: String {
    switch self {
    case .palette(let index): return "ink\(((index % 8) + 8) % 8)"
    case .muted: return "ink-muted"
    case .good: return "ink-good"
    case .bad: return "ink-bad"
    case .warn: return "ink-warn"
    }
  }
}

/// One entry of a chart's legend: a sample of the mark and what it stands for.
public struct LegendEntry: Sendable, Equatable {
  public enum Mark: Sendable, Equatable {
    case box
    /// A line with the dash of series `index`.
    case line(Int)
    /// The dashed line of reference line `index`.
    case reference(Int)
    case dot
    case hollow
    case diamond
    case tick
    /// The short thick line a bar chart draws across a group at its target.
    case target
    /// The whisker a bar chart draws over a group's range.
    case range
  }

  public var label: String
  public var ink: ChartInk
  public var mark: Mark

  public init(label: String, ink: ChartInk, mark: Mark = .box) {
    self.label = label
    self.ink = ink
    self.mark = mark
  }
}

/// Lays a legend out in rows across the top of a chart.
struct ChartLegend {
  static let rowHeight = 20.0
  static let markWidth = 14.0

  var entries: [LegendEntry]
  var left: Double
  var right: Double

  /// Each entry's left edge and row, wrapping when a row is full.
  var placed: [(entry: LegendEntry, x: Double, row: Int)] {
    var result: [(LegendEntry, Double, Int)] = []
    var x = left
    var row = 0
    for entry in entries {
      let width = Self.markWidth + 5 + ChartText.width(entry.label) + 16
      if x > left, x + width > right {
        row += 1
        x = left
      }
      result.append((entry, x, row))
      x += width
    }
    return result
  }

  var rows: Int { entries.isEmpty ? 0 : (placed.last?.row ?? 0) + 1 }

  /// The legend's height, nothing when empty.
  var height: Double { Double(rows) * Self.rowHeight }

  func draw(into svg: inout SVGWriter, top: Double) {
    guard !entries.isEmpty else { return }
    svg.openGroup(class: "legend")
    for (entry, x, row) in placed {
      let middle = top + Double(row) * Self.rowHeight + Self.rowHeight / 2
      let ink = entry.ink.className
      switch entry.mark {
      case .box: svg.rect(x: x, y: middle - 5, width: Self.markWidth, height: 10, class: "swatch \(ink)")
      case .line(let series):
        svg.line(x1: x, y1: middle, x2: x + Self.markWidth, y2: middle, class: "line \(ink) dash\(series % 4)")
      case .reference(let index):
        svg.line(x1: x, y1: middle, x2: x + Self.markWidth, y2: middle, class: "ref \(ink) refdash\(index % 2)")
      case .dot: svg.circle(x: x + Self.markWidth / 2, y: middle, radius: 4.5, class: "marker \(ink)")
      case .hollow: svg.circle(x: x + Self.markWidth / 2, y: middle, radius: 4.5, class: "marker hollow \(ink)")
      case .diamond: svg.diamond(x: x + Self.markWidth / 2, y: middle, size: 5, class: "marker \(ink)")
      case .tick: svg.line(x1: x + 7, y1: middle - 6, x2: x + 7, y2: middle + 6, class: "tick-mark \(ink)")
      case .target: svg.line(x1: x, y1: middle, x2: x + Self.markWidth, y2: middle, class: "target")
      case .range:
        svg.line(x1: x + 7, y1: middle - 6, x2: x + 7, y2: middle + 6, class: "range")
        svg.line(x1: x + 3, y1: middle - 6, x2: x + 11, y2: middle - 6, class: "range")
        svg.line(x1: x + 3, y1: middle + 6, x2: x + 11, y2: middle + 6, class: "range")
      }
      svg.text(entry.label, x: x + Self.markWidth + 5, y: middle + 4, class: "legend-label")
    }
    svg.closeGroup()
  }
}
