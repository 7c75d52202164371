/// Where the parts of the history screen go at a given terminal size. Shared by the screen (to
/// draw) and by the app (to find the session under the mouse pointer).
public struct HistoryLayout: Sendable, Equatable {
  public var title: Rect
  /// The box around the list, its title the filter.
  public var box: Rect
  /// The column headings, inside the box.
  public var header: Rect
  /// The sessions, one a row, below the headings.
  public var list: Rect
  public var footer: Rect

  public init(width: Int, height: Int) {
    let (top, rest) = Rect(width: width, height: height).splitTop(1)
    title = top
    let (footer, body) = rest.splitBottom(1)
    self.footer = footer
    box = body
    (header, list) = body.inset(by: 1).splitTop(1)
  }
}
