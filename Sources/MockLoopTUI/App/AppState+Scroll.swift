import Foundation
import MockLoopKit

extension ScrollMotion {
  /// The motion a scrolling action asks for; nil for any other action.
  init?(_ action: Action) {
    switch action {
    case .moveDown: self = .lines(1)
    case .moveUp: self = .lines(-1)
    case .halfPageDown: self = .halfPages(1)
    case .halfPageUp: self = .halfPages(-1)
    case .pageDown: self = .pages(1)
    case .pageUp: self = .pages(-1)
    case .moveTop: self = .top
    case .moveBottom: self = .bottom
    default: return nil
    }
  }

  /// The motion of a key over the help overlay: the scrolling keys and j/k and the arrows.
  init?(helpKey key: Key) {
    switch key {
    case .character("j"), .down: self = .lines(1)
    case .character("k"), .up: self = .lines(-1)
    default:
      guard let action = Keymap.action(for: key, in: .panes), let motion = ScrollMotion(action) else { return nil }
      self = motion
    }
  }
}

extension SessionScreenState.Focus {
  var paneID: PaneID {
    switch self {
    case .checklist: .checklist
    case .notes: .notes
    case .question: .question
    case .followUps: .followUps
    }
  }
}

/// Scrolling, focus and the mouse, by pane. The panes come from the screens
/// (`AppScreen.panes(of:)`), so what moves is what is drawn at the current size; every motion
/// is clamped at both ends. The mutating functions are steps of `handle(_:now:)` (a key, a
/// mouse event), never called from elsewhere.
extension AppState {
  /// The panes of the current screen at the current size, in the order Tab visits them.
  public var panes: [ScreenPane] { AppScreen.panes(of: self) }

  /// The pane under a point of the screen (the help overlay, when open, lies over the rest).
  public func pane(at point: Point) -> ScreenPane? { panes.last { $0.frame.contains(point) } }

  public func pane(_ id: PaneID) -> ScreenPane? { panes.first { $0.id == id } }

  /// The pane that has focus on the current screen, if it has panes.
  public var focusedPane: PaneID? {
    if dialog != nil { return nil }
    if showsHelp { return .help }
    switch screen {
    case .home(let home):
      switch home.pane {
      case .today: return home.plan == nil ? .formats : nil
      case .formats: return .formats
      case .questions: return .questions
      case .details: return .details
      }
    case .session(let live): return live.focus.paneID
    case .finished: return nil
    case .grading(let grading, _):
      switch grading.focus {
      case .rows: return .gradingRows
      case .detail: return .gradingDetail
      case .verdict: return .verdict
      }
    case .history: return .history
    case .record(let record):
      if record.comparison != nil { return .comparison }
      guard record.showsReference else { return .record }
      return record.focus == .notes ? .recordNotes : .reference
    case .stats: return .stats
    case .estimation: return nil
    }
  }

  // MARK: Scrolling

  /// Scrolls a pane of the current screen, or moves its selection: the scrolling keys and the
  /// mouse wheel both come here.
  public mutating func scroll(_ id: PaneID, _ motion: ScrollMotion) {
    guard let pane = pane(id) else { return }
    if id == .help {
      helpScroll.apply(motion, contentHeight: pane.contentHeight, viewportHeight: pane.viewport.height)
      return
    }
    switch screen {
    case .home(var home):
      scroll(&home, pane, motion)
      screen = .home(home)
    case .session(var live):
      scroll(&live, pane, motion)
      screen = .session(live)
    case .grading(var grading, let returnTo):
      scroll(&grading, pane, motion)
      screen = .grading(grading, returnTo: returnTo)
    case .history(var history):
      scroll(&history, pane, motion)
      screen = .history(history)
    case .record(var record):
      scroll(&record, pane, motion)
      screen = .record(record)
    case .stats(var stats):
      scroll(&stats, pane, motion)
      screen = .stats(stats)
    case .finished, .estimation:
      break
    }
  }

  /// How many items of a list with items of several lines show in its viewport, roughly.
  static func itemsPerPage(_ pane: ScreenPane) -> Int {
    let count = pane.itemCount ?? pane.contentHeight
    guard pane.contentHeight > 0 else { return max(pane.viewport.height, 1) }
    return max(pane.viewport.height * count / pane.contentHeight, 1)
  }

  mutating func scroll(_ home: inout HomeState, _ pane: ScreenPane, _ motion: ScrollMotion) {
    let height = pane.viewport.height
    switch pane.id {
    case .formats:
      var list = home.formats
      list.apply(motion, count: pane.itemCount ?? 0, viewportHeight: height)
      home.formatIndex = list.selected
      home.formats.offset = list.offset
    case .questions:
      var list = home.questions
      list.apply(motion, count: pane.itemCount ?? 0, viewportHeight: height)
      home.questionIndex = list.selected
      home.questions.offset = list.offset
    case .details:
      home.detailsScroll.apply(motion, contentHeight: pane.contentHeight, viewportHeight: height)
    default:
      break
    }
  }

  mutating func scroll(_ live: inout SessionScreenState, _ pane: ScreenPane, _ motion: ScrollMotion) {
    let height = pane.viewport.height
    switch pane.id {
    case .checklist:
      live.checklist.apply(motion, count: pane.itemCount ?? 0, viewportHeight: Self.itemsPerPage(pane))
    case .question:
      live.questionScroll.apply(motion, contentHeight: pane.contentHeight, viewportHeight: height)
    case .followUps:
      live.followUpsScroll.apply(motion, contentHeight: pane.contentHeight, viewportHeight: height)
    case .notes:
      // The editor scrolls with its cursor: move the cursor.
      switch motion {
      case .lines(let count):
        for _ in 0..<abs(count) { _ = apply(count > 0 ? .moveDown : .moveUp, to: &live) }
      case .halfPages(let count), .pages(let count):
        for _ in 0..<abs(count) { _ = apply(count > 0 ? .pageDown : .pageUp, to: &live) }
      case .top: _ = apply(.moveDocumentStart, to: &live)
      case .bottom: _ = apply(.moveDocumentEnd, to: &live)
      }
    default:
      break
    }
  }

  mutating func scroll(_ grading: inout GradingState, _ pane: ScreenPane, _ motion: ScrollMotion) {
    let height = pane.viewport.height
    switch pane.id {
    case .gradingRows:
      var list = grading.list
      list.apply(motion, count: pane.itemCount ?? 0, viewportHeight: Self.itemsPerPage(pane))
      grading.cursor = list.selected
    case .gradingDetail:
      grading.detailScroll.apply(motion, contentHeight: pane.contentHeight, viewportHeight: height)
    case .verdict:
      grading.verdictScroll.apply(motion, contentHeight: pane.contentHeight, viewportHeight: height)
    default:
      break
    }
  }

  mutating func scroll(_ history: inout HistoryState, _ pane: ScreenPane, _ motion: ScrollMotion) {
    guard pane.id == .history else { return }
    history.list.apply(motion, count: pane.itemCount ?? 0, viewportHeight: pane.viewport.height)
  }

  mutating func scroll(_ record: inout RecordState, _ pane: ScreenPane, _ motion: ScrollMotion) {
    let content = pane.contentHeight
    let height = pane.viewport.height
    switch pane.id {
    case .record: record.scroll.apply(motion, contentHeight: content, viewportHeight: height)
    case .recordNotes: record.notesScroll.apply(motion, contentHeight: content, viewportHeight: height)
    case .reference: record.referenceScroll.apply(motion, contentHeight: content, viewportHeight: height)
    case .comparison: record.comparison?.scroll.apply(motion, contentHeight: content, viewportHeight: height)
    default: break
    }
  }

  mutating func scroll(_ stats: inout StatsState, _ pane: ScreenPane, _ motion: ScrollMotion) {
    guard pane.id == .stats else { return }
    stats.scroll.apply(motion, contentHeight: pane.contentHeight, viewportHeight: pane.viewport.height)
  }

  // MARK: Focus

  /// Gives a pane of the current screen the focus (its border lights up). Leaving the notes
  /// saves them at once.
  public mutating func focus(_ id: PaneID) -> [Effect] {
    switch screen {
    case .home(var home):
      switch id {
      case .formats: home.pane = .formats
      case .questions: home.pane = .questions
      case .details: home.pane = .details
      default: return []
      }
      screen = .home(home)
    case .session(var live):
      guard let focus = SessionScreenState.Focus.allCases.first(where: { $0.paneID == id }),
        live.focusOrder.contains(focus)
      else { return [] }
      let effects = live.focus == .notes && focus != .notes ? flushNotes(&live) : []
      live.focus = focus
      screen = .session(live)
      return effects
    case .grading(var grading, let returnTo):
      switch id {
      case .gradingRows: grading.focus = .rows
      case .gradingDetail: grading.focus = .detail
      case .verdict: grading.focus = .verdict
      default: return []
      }
      screen = .grading(grading, returnTo: returnTo)
    case .record(var record):
      switch id {
      case .recordNotes: record.focus = .notes
      case .reference: record.focus = .reference
      default: return []
      }
      screen = .record(record)
    case .history, .stats, .finished, .estimation:
      break
    }
    return []
  }

  /// Moves the focus `steps` panes on (Tab is 1, Shift-Tab -1), round the screen's panes.
  public mutating func moveFocus(by steps: Int) -> [Effect] {
    let ids = panes.map(\.id).filter { $0 != .help }
    guard !ids.isEmpty else { return [] }
    let current = focusedPane.flatMap { ids.firstIndex(of: $0) } ?? 0
    return focus(ids[((current + steps) % ids.count + ids.count) % ids.count])
  }

  // MARK: The mouse

  /// A click: focuses the pane under the point and, in a list, selects the item on that row
  /// (nothing happens where there is no pane).
  public mutating func click(at point: Point) -> [Effect] {
    guard let pane = pane(at: point), pane.id != .help else { return [] }
    let effects = focus(pane.id)
    if pane.viewport.contains(point), let item = item(at: point, in: pane) {
      select(item, in: pane)
    }
    return effects
  }

  /// The wheel: scrolls the pane under the point by `lines` (negative is up). Returns false
  /// when no pane is there.
  @discardableResult
  public mutating func wheel(at point: Point, lines: Int) -> Bool {
    guard let pane = pane(at: point) else { return false }
    scroll(pane.id, .lines(lines))
    return true
  }

  /// The item of a list drawn on the row of `point`.
  func item(at point: Point, in pane: ScreenPane) -> Int? {
    guard let count = pane.itemCount, count > 0 else { return nil }
    let row = point.row - pane.viewport.row
    switch (screen, pane.id) {
    case (.session(let live), .checklist):
      let view = SessionScreen.checklistView(live, now: now)
      let lines = view.lines(innerWidth: pane.viewport.width, height: pane.viewport.height)
      let first = ChecklistView.firstLine(of: lines, cursor: view.cursor, height: pane.viewport.height)
      return lines.indices.contains(first + row) ? lines[first + row].item : nil
    case (.grading(let grading, _), .gradingRows):
      let lines = GradingScreen.rowLines(grading, innerWidth: pane.viewport.width)
      let first = GradingScreen.firstLine(of: lines, cursor: grading.cursor, height: pane.viewport.height)
      return lines.indices.contains(first + row) ? lines[first + row].item : nil
    case (.home(let home), .formats):
      let index = home.formats.visibleOffset(count: count, viewportHeight: pane.viewport.height) + row
      return index < count ? index : nil
    case (.home(let home), .questions):
      let index = home.questions.visibleOffset(count: count, viewportHeight: pane.viewport.height) + row
      return index < count ? index : nil
    case (.history(let history), .history):
      let index = history.list.visibleOffset(count: count, viewportHeight: pane.viewport.height) + row
      return index < count ? index : nil
    default:
      return nil
    }
  }

  /// Selects an item of a list pane, keeping its view where it is.
  mutating func select(_ item: Int, in pane: ScreenPane) {
    let count = pane.itemCount ?? 0
    let height = pane.viewport.height
    switch screen {
    case .home(var home):
      if pane.id == .formats {
        home.formatIndex = item
        home.formats.select(item, count: count, viewportHeight: height)
      } else if pane.id == .questions {
        home.questionIndex = item
        home.questions.select(item, count: count, viewportHeight: height)
      }
      screen = .home(home)
    case .session(var live) where pane.id == .checklist:
      live.checklistCursor = item
      screen = .session(live)
    case .grading(var grading, let returnTo) where pane.id == .gradingRows:
      grading.cursor = item
      screen = .grading(grading, returnTo: returnTo)
    case .history(var history) where pane.id == .history:
      history.list.select(item, count: count, viewportHeight: height)
      screen = .history(history)
    default:
      break
    }
  }
}
