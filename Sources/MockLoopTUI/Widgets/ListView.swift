/// A vertical list of one-line rows with an optional selected row, scrolled so
/// that the selection is always visible.
///
/// The selected row is drawn across the whole width in `.selection`; rows wider
/// than the rectangle are cut by `TextFit`'s rule (at a word, with "…"). `scrollOffset` is the first row the
/// caller last showed; `visibleOffset(height:)` says which row is first after
/// keeping the selection in view, and the caller stores it for the next frame
/// so the list scrolls only when it must.
public struct ListView: Widget, Sendable, Equatable {
  /// One row of the list: styled spans.
  public struct Row: Sendable, Equatable {
    public var spans: [Span]

    public init(spans: [Span]) {
      self.spans = spans
    }

    public init(_ text: String, role: StyleRole = .text) {
      self.spans = [Span(text, role: role)]
    }
  }

  public var rows: [Row]
  public var selectedIndex: Int?
  public var scrollOffset: Int

  public init(rows: [Row], selectedIndex: Int? = nil, scrollOffset: Int = 0) {
    self.rows = rows
    self.selectedIndex = selectedIndex
    self.scrollOffset = scrollOffset
  }

  /// The first row shown in a rectangle of `height` rows: `scrollOffset`,
  /// moved as little as possible to bring the selection into view and clamped
  /// so that the list does not scroll past its end.
  public func visibleOffset(height: Int) -> Int {
    guard height > 0, !rows.isEmpty else { return 0 }
    var offset = min(max(0, scrollOffset), max(0, rows.count - height))
    if let selected = selectedIndex, rows.indices.contains(selected) {
      if selected < offset { offset = selected }
      if selected >= offset + height { offset = selected - height + 1 }
    }
    return offset
  }

  public func render(in rect: Rect, on canvas: inout Canvas) {
    guard !rect.isEmpty else { return }
    let offset = visibleOffset(height: rect.height)
    for line in 0..<rect.height {
      let index = offset + line
      guard index < rows.count else { break }
      let row = rect.row + line
      canvas.fill(Rect(row: row, column: rect.column, width: rect.width, height: 1), role: .text)
      canvas.write(rows[index].spans, row: row, column: rect.column, maxWidth: rect.width)
      if index == selectedIndex {
        canvas.setRole(.selection, in: Rect(row: row, column: rect.column, width: rect.width, height: 1))
      }
    }
  }
}
