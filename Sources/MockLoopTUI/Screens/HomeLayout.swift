/// Where each part of the home screen goes at a given terminal size. Shared by the screen (to
/// draw) and by the app (to find the list under the mouse pointer).
public struct HomeLayout: Sendable, Equatable {
  public var title: Rect
  /// The "Unfinished:" line, when a session waits to be resumed.
  public var banner: Rect?
  public var formats: Rect
  public var questions: Rect
  public var details: Rect
  public var footer: Rect

  public init(width: Int, height: Int, hasBanner: Bool) {
    var (top, rest) = Rect(width: width, height: height).splitTop(1)
    title = top
    if hasBanner {
      (top, rest) = rest.splitTop(1)
      banner = top
    }
    let (footer, body) = rest.splitBottom(1)
    self.footer = footer
    let (details, lists) = body.splitBottom(max(6, body.height / 3))
    self.details = details
    (formats, questions) = lists.splitLeft(max(26, lists.width / 3))
  }
}
