import Foundation
import MockLoopKit

/// The side-by-side view of a record's question (`C`): it scrolls, and `q` or Esc closes it,
/// back to the record as it was.
extension AppState {
  mutating func perform(_ action: Action, comparisonOver record: inout RecordState) -> [Effect] {
    switch action {
    case .moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .moveTop, .moveBottom:
      if let motion = ScrollMotion(action), let pane = pane(.comparison) { scroll(&record, pane, motion) }
    case .back:
      record.comparison = nil
    default:
      break
    }
    return []
  }
}
