/// How a key or the mouse wheel moves a pane: by lines (`j`/`k`, the wheel), half pages
/// (Ctrl-d/Ctrl-u), pages (PgDn/PgUp), or to an end (`g`/`G`, Home/End). Positive is down.
public enum ScrollMotion: Sendable, Equatable {
  case lines(Int)
  case halfPages(Int)
  case pages(Int)
  case top
  case bottom

  /// Where the motion goes from `position` in `0...last`, with pages of `page` rows.
  func target(from position: Int, page: Int, last: Int) -> Int {
    let moved: Int
    switch self {
    case .lines(let count): moved = position + count
    case .halfPages(let count): moved = position + count * max(page / 2, 1)
    case .pages(let count): moved = position + count * max(page - 1, 1)
    case .top: moved = 0
    case .bottom: moved = last
    }
    return min(max(moved, 0), max(last, 0))
  }
}

/// The scroll position of a text pane: the first line shown. Kept in a screen's state beside
/// the pane (as ratatui keeps a `ListState` beside its `List`) and always clamped by what the
/// pane holds at the current size, so a key that cannot move the view does nothing and the
/// first key back moves it at once.
public struct ScrollState: Sendable, Hashable {
  public var offset: Int

  public init(offset: Int = 0) { self.offset = max(offset, 0) }

  /// The last first line there is: the content's height less the viewport's, never below 0.
  public static func maximumOffset(contentHeight: Int, viewportHeight: Int) -> Int {
    max(contentHeight - max(viewportHeight, 0), 0)
  }

  /// The first line to draw: the stored offset clamped to the content at this size.
  public func clampedOffset(contentHeight: Int, viewportHeight: Int) -> Int {
    min(offset, Self.maximumOffset(contentHeight: contentHeight, viewportHeight: viewportHeight))
  }

  /// Moves the view, clamped at both ends.
  public mutating func apply(_ motion: ScrollMotion, contentHeight: Int, viewportHeight: Int) {
    let last = Self.maximumOffset(contentHeight: contentHeight, viewportHeight: viewportHeight)
    offset = motion.target(
      from: clampedOffset(contentHeight: contentHeight, viewportHeight: viewportHeight), page: viewportHeight,
      last: last)
  }

  /// "13-30/41" (the lines in view, of all of them) when not everything fits; nil when it does.
  public func position(contentHeight: Int, viewportHeight: Int) -> String? {
    guard contentHeight > viewportHeight, viewportHeight > 0 else { return nil }
    let first = clampedOffset(contentHeight: contentHeight, viewportHeight: viewportHeight)
    return "\(first + 1)-\(min(first + viewportHeight, contentHeight))/\(contentHeight)"
  }
}

/// The selection and scroll position of a list (ratatui's `ListState`): which item is selected
/// and which is drawn first. Moving the selection moves the view as little as keeps it in
/// sight; half pages and pages move both by the same amount, as in vim.
public struct ListState: Sendable, Equatable {
  public var selected: Int
  public var offset: Int

  public init(selected: Int = 0, offset: Int = 0) {
    self.selected = max(selected, 0)
    self.offset = max(offset, 0)
  }

  /// Moves the selection, clamped to the items; `viewportHeight` is how many items show.
  public mutating func apply(_ motion: ScrollMotion, count: Int, viewportHeight: Int) {
    guard count > 0 else {
      self = ListState()
      return
    }
    let before = min(selected, count - 1)
    selected = motion.target(from: before, page: viewportHeight, last: count - 1)
    switch motion {
    case .halfPages, .pages:
      offset = ScrollState(offset: offset + selected - before).clampedOffset(
        contentHeight: count, viewportHeight: viewportHeight)
    case .lines, .top, .bottom:
      break
    }
    offset = visibleOffset(count: count, viewportHeight: viewportHeight)
  }

  /// Selects one item (a click), keeping the view where it is if the item is in it.
  public mutating func select(_ index: Int, count: Int, viewportHeight: Int) {
    selected = min(max(index, 0), max(count - 1, 0))
    offset = visibleOffset(count: count, viewportHeight: viewportHeight)
  }

  /// The first item to draw: the stored offset, clamped to the list, moved as little as brings
  /// the selection into view.
  public func visibleOffset(count: Int, viewportHeight: Int) -> Int {
    guard viewportHeight > 0, count > 0 else { return 0 }
    var first = ScrollState(offset: offset).clampedOffset(contentHeight: count, viewportHeight: viewportHeight)
    let chosen = min(selected, count - 1)
    if chosen < first { first = chosen }
    if chosen >= first + viewportHeight { first = chosen - viewportHeight + 1 }
    return first
  }

  /// "12/41" (the selected item, of all of them) when not every item fits; nil when they do.
  public func position(count: Int, viewportHeight: Int) -> String? {
    guard count > viewportHeight, count > 0 else { return nil }
    return "\(min(selected, count - 1) + 1)/\(count)"
  }
}
