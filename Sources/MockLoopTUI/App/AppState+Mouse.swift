import Foundation
import MockLoopKit

/// The mouse, through the panes the screens lay out (`AppState.panes`): the wheel scrolls the
/// pane under the pointer, a left click gives that pane the focus and, in a list, picks the row
/// clicked. Nothing else the mouse does acts, and nothing acts while a dialog, the too-small
/// notice or a session that moved away covers the screen.
extension AppState {
  /// Rows one notch of the wheel moves a page of text; a list moves its selection one row.
  static let wheelRows = 3

  mutating func mouse(_ event: MouseEvent) -> [Effect] {
    guard !isTooSmall, dialog == nil else { return [] }
    if case .session(let live) = screen, live.movedAway != nil { return [] }
    let point = Point(row: event.row, column: event.column)
    switch event.kind {
    case .wheelUp, .wheelDown:
      let rows = pane(at: point)?.itemCount == nil ? Self.wheelRows : 1
      wheel(at: point, lines: event.kind == .wheelUp ? -rows : rows)
      return []
    case .press(.left):
      return click(at: point)
    case .press, .release:
      return []
    }
  }
}
