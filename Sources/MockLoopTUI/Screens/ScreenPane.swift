/// Every pane of every screen that takes focus, scrolls or holds a selection.
public enum PaneID: Sendable, Hashable, CaseIterable {
  // The mock
  case question, followUps, checklist, notes
  // Home
  case formats, questions, details
  // Review
  case history, record, recordNotes, reference, comparison, stats, gradingRows, gradingDetail, verdict
  // The help overlay, over any screen
  case help
}

/// One pane as the current screen lays it out at the current size: where its box is, where its
/// content is drawn, and how much content it holds. The screens compute these from the same
/// functions they draw with, so the app scrolls by what is drawn, never by a copy of the layout;
/// a mouse handler finds the pane under a point with `AppState.pane(at:)`.
public struct ScreenPane: Sendable, Equatable {
  public var id: PaneID
  /// The pane's box, border included: what a click or the wheel hits.
  public var frame: Rect
  /// The rows the content is drawn into.
  public var viewport: Rect
  /// Rows of content at the viewport's width (for a list, one per item).
  public var contentHeight: Int
  /// For a list, how many items it holds; nil for a text pane.
  public var itemCount: Int?

  public init(id: PaneID, frame: Rect, viewport: Rect, contentHeight: Int, itemCount: Int? = nil) {
    self.id = id
    self.frame = frame
    self.viewport = viewport
    self.contentHeight = contentHeight
    self.itemCount = itemCount
  }
}
