/// One row of parts that must fit a line, such as the timer row or the footer. When the row is
/// too wide, parts give way in a stated order: a part is dropped whole (so a figure is never
/// cut), or a part of words is shortened by `TextFit`'s rule down to a least width. Parts that
/// never give way stay, in their order.
public struct PriorityRow: Widget, Sendable, Equatable {
  /// One part of the row and when it gives way: lower `dropOrder` goes first; nil never.
  public struct Part: Sendable, Equatable {
    public var spans: [Span]
    public var dropOrder: Int?
    /// When set, the part is first shortened (at this step of the order) to no less than
    /// `minimumWidth` columns, and dropped only at `dropOrder`.
    public var shrinkOrder: Int?
    public var minimumWidth: Int

    public init(_ spans: [Span], dropOrder: Int? = nil, shrinkOrder: Int? = nil, minimumWidth: Int = 8) {
      self.spans = spans
      self.dropOrder = dropOrder
      self.shrinkOrder = shrinkOrder
      self.minimumWidth = minimumWidth
    }
  }

  public var parts: [Part]

  public init(_ parts: [Part]) { self.parts = parts }

  /// The spans that fit `width` columns after the fewest parts gave way.
  public func fitted(toWidth width: Int) -> [Span] {
    var shown = parts.map { Optional($0.spans) }
    func total() -> Int { shown.reduce(0) { $0 + ($1?.displayWidth ?? 0) } }
    enum Step { case drop(Int), shrink(Int) }
    var steps: [(order: Int, step: Step)] = []
    for (index, part) in parts.enumerated() {
      if let order = part.dropOrder { steps.append((order, .drop(index))) }
      if let order = part.shrinkOrder { steps.append((order, .shrink(index))) }
    }
    var shrunk: [Int] = []
    for (_, step) in steps.sorted(by: { $0.order < $1.order }) {
      let excess = total() - width
      guard excess > 0 else { break }
      switch step {
      case .drop(let index):
        shown[index] = nil
      case .shrink(let index):
        guard let spans = shown[index] else { continue }
        let target = max(spans.displayWidth - excess, parts[index].minimumWidth)
        if target < spans.displayWidth {
          shown[index] = Self.shortened(spans, toWidth: target)
          shrunk.append(index)
        }
      }
    }
    // A part shortened before a later one was dropped takes back the room that freed.
    for index in shrunk where shown[index] != nil {
      let others = total() - (shown[index]?.displayWidth ?? 0)
      shown[index] = Self.shortened(parts[index].spans, toWidth: max(width - others, parts[index].minimumWidth))
    }
    return shown.compactMap { $0 }.flatMap { $0 }.fitted(toWidth: width)
  }

  /// Spans cut to `width` by `TextFit`'s rule, keeping their trailing spaces (the gap to the
  /// next part).
  static func shortened(_ spans: [Span], toWidth width: Int) -> [Span] {
    guard spans.displayWidth > width else { return spans }
    let text = spans.map(\.text).joined()
    let gap = text.count - (text.lastIndex { $0 != " " }.map { text.distance(from: text.startIndex, to: $0) + 1 } ?? 0)
    let cut = spans.fitted(toWidth: max(width - gap, 1))
    return gap > 0 ? cut + [Span(String(repeating: " ", count: gap), role: cut.last?.role ?? .text)] : cut
  }

  public func render(in rect: Rect, on canvas: inout Canvas) {
    guard !rect.isEmpty else { return }
    canvas.write(fitted(toWidth: rect.width), row: rect.row, column: rect.column, maxWidth: rect.width)
  }
}
