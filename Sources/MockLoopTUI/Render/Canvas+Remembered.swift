extension Canvas {
  /// Draws the part of the screen in `rect` as `drawing` draws it into a canvas of that size,
  /// which `memo` keeps by `key` (that part's whole input: `rect` is added to it), so that a
  /// part a tick of the clock does not change is copied rather than drawn again.
  ///
  /// `drawing` must depend on nothing but `key` and the size, and may draw only inside the
  /// part: it is handed the part's bounds at the origin of a blank canvas.
  mutating func draw<Key: Hashable & Sendable>(
    _ rect: Rect, remembering key: Key, in memo: Memo<RegionKey<Key>, Canvas>, drawing: (inout Canvas, Rect) -> Void
  ) {
    let part = memo.value(for: RegionKey(width: rect.width, height: rect.height, key: key)) {
      var part = Canvas(width: rect.width, height: rect.height)
      drawing(&part, part.bounds)
      return part
    }
    draw(part, at: Point(row: rect.row, column: rect.column))
  }
}

/// What a remembered part of the screen was drawn from: its size and its own input.
struct RegionKey<Key: Hashable & Sendable>: Hashable, Sendable {
  var width: Int
  var height: Int
  var key: Key
}
