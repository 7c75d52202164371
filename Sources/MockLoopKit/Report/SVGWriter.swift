/// Writes the text of one SVG image, element by element, one element a line. Every text and
/// attribute value that could come from outside goes through `Markup.escape`; numbers are
/// written with at most one decimal, so the same chart is always the same text.
struct SVGWriter {
  let width: Int
  let height: Int
  private(set) var body = ""

  init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

  mutating func rect(x: Double, y: Double, width: Double, height: Double, class name: String, tooltip: String? = nil) {
    element(
      "rect",
      "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\""
        + " height=\"\(Self.number(height))\" class=\"\(Markup.escape(name))\"", tooltip: tooltip)
  }

  mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, class name: String) {
    element(
      "line",
      "x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\""
        + " class=\"\(Markup.escape(name))\"", tooltip: nil)
  }

  mutating func polyline(_ points: [(x: Double, y: Double)], class name: String) {
    let list = points.map { "\(Self.number($0.x)),\(Self.number($0.y))" }.joined(separator: " ")
    element("polyline", "points=\"\(list)\" class=\"\(Markup.escape(name))\"", tooltip: nil)
  }

  mutating func circle(x: Double, y: Double, radius: Double, class name: String, tooltip: String? = nil) {
    element(
      "circle",
      "cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\""
        + " class=\"\(Markup.escape(name))\"", tooltip: tooltip)
  }

  /// A diamond of half-width `size` centred on the point.
  mutating func diamond(x: Double, y: Double, size: Double, class name: String, tooltip: String? = nil) {
    let points = [(x, y - size), (x + size, y), (x, y + size), (x - size, y)]
      .map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ")
    element("polygon", "points=\"\(points)\" class=\"\(Markup.escape(name))\"", tooltip: tooltip)
  }

  enum Anchor: String {
    case start, middle, end
  }

  /// Text at a point: one line, or one `tspan` a line below each other when given several.
  mutating func text(
    _ lines: [String], x: Double, y: Double, anchor: Anchor = .start, class name: String, rotated: Bool = false,
    lineHeight: Double = 13
  ) {
    guard !lines.isEmpty else { return }
    var attributes = "x=\"\(Self.number(x))\" y=\"\(Self.number(y))\""
    if anchor != .start { attributes += " text-anchor=\"\(anchor.rawValue)\"" }
    attributes += " class=\"\(Markup.escape(name))\""
    if rotated { attributes += " transform=\"rotate(-90 \(Self.number(x)) \(Self.number(y)))\"" }
    if lines.count == 1 {
      body += "<text \(attributes)>\(Markup.escape(lines[0]))</text>\n"
      return
    }
    let spans = lines.enumerated().map { index, line in
      "<tspan x=\"\(Self.number(x))\" dy=\"\(index == 0 ? "0" : Self.number(lineHeight))\">\(Markup.escape(line))</tspan>"
    }
    body += "<text \(attributes)>" + spans.joined() + "</text>\n"
  }

  mutating func text(_ line: String, x: Double, y: Double, anchor: Anchor = .start, class name: String) {
    text([line], x: x, y: y, anchor: anchor, class: name)
  }

  mutating func openGroup(class name: String) { body += "<g class=\"\(Markup.escape(name))\">\n" }
  mutating func closeGroup() { body += "</g>\n" }

  /// The whole image: `title` and `description` are its accessible name and description.
  func document(id: String, title: String, description: String) -> String {
    let id = Markup.escape(id)
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"\(id)\" width=\"\(width)\""
      + " height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\""
      + " aria-labelledby=\"\(id)-title \(id)-desc\">\n"
      + "<title id=\"\(id)-title\">\(Markup.escape(title))</title>\n"
      + "<desc id=\"\(id)-desc\">\(Markup.escape(description))</desc>\n" + body + "</svg>"
  }

  private mutating func element(_ name: String, _ attributes: String, tooltip: String?) {
    if let tooltip {
      body += "<\(name) \(attributes)><title>\(Markup.escape(tooltip))</title></\(name)>\n"
    } else {
      body += "<\(name) \(attributes)/>\n"
    }
  }

  /// "12", "12.5", "-0.5": rounded to tenths, no trailing ".0"; never "-0".
  static func number(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let magnitude = abs(tenths)
    return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
  }
}
