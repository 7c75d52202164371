import Foundation
import MockLoopKit

/// A part of a screen that the mouse can point at.
public enum ScreenPane: Sendable, Equatable {
  /// The running mock's panes.
  case question, followUps, checklist, notes
  /// Home's two lists.
  case formats, questions
  /// The one list of history or of grading.
  case list
  /// A screen that scrolls as a whole: the record, the progress screen, the finished summary.
  case page
}

/// A pane where the screen on show draws it: its whole frame (border included) and the part
/// inside the border where its rows go.
public struct PaneArea: Sendable, Equatable {
  public var pane: ScreenPane
  public var frame: Rect
  public var content: Rect
}

extension AppState {
  /// Rows a page moves for one notch of the wheel; a list moves its selection one row a notch.
  static let wheelRows = 3

  /// The pane under `point`, from the layouts the screens draw with (`SessionLayout`,
  /// `HomeLayout`, `HistoryLayout`); nil over a title bar or a footer, and while a dialog, the
  /// help or the too-small notice covers the screen.
  public func pane(at point: Point) -> PaneArea? {
    guard !isTooSmall, dialog == nil, !showsHelp else { return nil }
    let areas: [PaneArea]
    switch screen {
    case .session:
      let layout = sessionLayout
      areas = [
        Self.boxed(.question, layout.question), Self.boxed(.followUps, layout.followUps),
        Self.boxed(.checklist, layout.checklist), Self.boxed(.notes, layout.notes),
      ]
    case .home(let home):
      let layout = HomeLayout(width: width, height: height, hasBanner: !home.resumable.isEmpty)
      areas = [Self.boxed(.formats, layout.formats), Self.boxed(.questions, layout.questions)]
    case .history:
      let layout = HistoryLayout(width: width, height: height)
      areas = [PaneArea(pane: .list, frame: layout.box, content: layout.list)]
    case .grading:
      areas = [Self.boxed(.list, Self.body(width: width, height: height))]
    case .finished, .record, .stats:
      areas = [Self.boxed(.page, Self.body(width: width, height: height))]
    }
    return areas.first { $0.frame.contains(point) }
  }

  /// A pane in a box: its rows go inside the border.
  private static func boxed(_ pane: ScreenPane, _ frame: Rect) -> PaneArea {
    PaneArea(pane: pane, frame: frame, content: frame.inset(by: 1))
  }

  /// Everything between a screen's title bar and its footer.
  private static func body(width: Int, height: Int) -> Rect {
    Rect(width: width, height: height).inset(top: 1, bottom: 1)
  }

  /// The wheel scrolls the pane under the pointer; a left click gives that pane the focus and,
  /// in a list, selects the row clicked. Nothing else the mouse does acts.
  mutating func mouse(_ event: MouseEvent) -> [Effect] {
    let point = Point(row: event.row, column: event.column)
    guard let area = pane(at: point) else { return [] }
    switch event.kind {
    case .wheelUp: return scroll(area.pane, down: false)
    case .wheelDown: return scroll(area.pane, down: true)
    case .press(.left): return click(area, at: point)
    case .press, .release: return []
    }
  }

  /// One notch of the wheel over `pane`.
  private mutating func scroll(_ pane: ScreenPane, down: Bool) -> [Effect] {
    let move: Action = down ? .moveDown : .moveUp
    switch screen {
    case .session(var live) where live.movedAway == nil:
      var effects: [Effect] = []
      switch pane {
      case .notes:
        for _ in 0..<Self.wheelRows { effects += apply(down ? .moveDown : .moveUp, to: &live) }
      case .checklist:
        effects = perform(move, live: &live)
      default:
        // The question and the follow-ups have no scroll position yet; their scroll state
        // belongs beside them, and this is where the wheel reaches it.
        break
      }
      if case .session = screen { screen = .session(live) }
      return effects
    case .home(var home):
      home.pane = pane == .formats ? .formats : .questions
      home.isSearching = false
      let effects = perform(move, home: &home)
      if case .home = screen { screen = .home(home) }
      return effects
    case .history(var history):
      history.isSearching = false
      let effects = perform(move, history: &history)
      if case .history = screen { screen = .history(history) }
      return effects
    case .grading(var grading, let returnTo) where grading.editing == nil:
      let effects = perform(move, grading: &grading, returnTo: returnTo)
      if case .grading = screen { screen = .grading(grading, returnTo: returnTo) }
      return effects
    case .record(var record):
      for _ in 0..<Self.wheelRows { _ = perform(move, record: &record) }
      screen = .record(record)
      return []
    case .stats(var stats):
      stats.scroll = max(stats.scroll + (down ? Self.wheelRows : -Self.wheelRows), 0)
      screen = .stats(stats)
      return []
    case .session, .grading, .finished:
      return []
    }
  }

  /// A left click at `point`, inside `area`.
  private mutating func click(_ area: PaneArea, at point: Point) -> [Effect] {
    let row = area.content.contains(point) ? point.row - area.content.row : nil
    switch screen {
    case .session(var live) where live.movedAway == nil:
      var effects: [Effect] = []
      switch area.pane {
      case .notes:
        live.focus = .notes
      case .checklist where live.focus == .notes:
        // Leaving the editor saves the notes at once, as Esc does.
        live.focus = .checklist
        effects = flushNotes(&live)
      default:
        break
      }
      screen = .session(live)
      return effects
    case .home(var home):
      home.isSearching = false
      if area.pane == .formats {
        home.pane = .formats
        let count = content.formats.count
        if let index = Self.listIndex(row, count: count, selected: home.formatIndex, height: area.content.height),
          index != home.formatIndex
        {
          home.formatIndex = index
          home.questionIndex = 0
        }
      } else {
        let count = visibleQuestions(home).count
        let selected = home.pane == .questions ? home.questionIndex : nil
        home.pane = .questions
        if let index = Self.listIndex(row, count: count, selected: selected, height: area.content.height) {
          home.questionIndex = index
        }
      }
      screen = .home(home)
      return []
    case .history(var history):
      history.isSearching = false
      let count = history.visible.count
      if let index = Self.listIndex(row, count: count, selected: history.cursor, height: area.content.height) {
        history.cursor = index
      }
      screen = .history(history)
      return []
    case .session, .grading, .finished, .record, .stats:
      return []
    }
  }

  /// The index of the row at `row` of a list drawn by `ListView` (which scrolls just enough to
  /// show the selection); nil below the last row or outside the list.
  private static func listIndex(_ row: Int?, count: Int, selected: Int?, height: Int) -> Int? {
    guard let row, row >= 0, row < height else { return nil }
    let rows = [ListView.Row](repeating: ListView.Row(""), count: count)
    let index = ListView(rows: rows, selectedIndex: selected).visibleOffset(height: height) + row
    return index < count ? index : nil
  }
}
