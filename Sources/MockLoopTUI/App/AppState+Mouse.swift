import Foundation
import MockLoopKit

/// The mouse, through the panes the screens lay out (`AppState.panes`): the wheel scrolls the
/// pane under the pointer, a left click gives that pane the focus and, in a list, picks the row
/// clicked. Nothing else the mouse does acts, and nothing acts while a dialog, the too-small
/// notice or a session that moved away covers the screen.
extension AppState {
  /// Rows one notch of the wheel moves.
  static let wheelRows = 3

  mutating func mouse(_ event: MouseEvent) -> [Effect] {
    guard !isTooSmall, dialog == nil else { return [] }
    if case .session(let live) = screen, live.movedAway != nil { return [] }
    let point = Point(row: event.row, column: event.column)
    switch event.kind {
    case .wheelUp:
      wheel(at: point, lines: -Self.wheelRows)
      return []
    case .wheelDown:
      wheel(at: point, lines: Self.wheelRows)
      return []
    case .press(.left):
      return click(at: point)
    case .press, .release:
      return []
    }
  }
}
