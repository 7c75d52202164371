import MockLoopKit

/// Draws the whole app for a state: the current screen, then a dialog or the help overlay.
/// A pure function: the same state always gives the same canvas.
public enum AppScreen {
  public static func render(_ state: AppState) -> Canvas {
    var canvas = Canvas(width: max(state.width, 0), height: max(state.height, 0))
    if state.isTooSmall {
      TooSmallScreen.render(width: state.width, height: state.height, on: &canvas)
      return canvas
    }
    switch state.screen {
    case .home(let home): HomeScreen.render(home, state: state, on: &canvas)
    case .session(let live): SessionScreen.render(live, state: state, on: &canvas)
    case .finished(let live): FinishedScreen.render(live, state: state, on: &canvas)
    case .grading(let grading, _): GradingScreen.render(grading, state: state, on: &canvas)
    case .history(let history): HistoryScreen.render(history, state: state, on: &canvas)
    case .record(let record): RecordScreen.render(record, state: state, on: &canvas)
    case .stats(let stats): StatsScreen.render(stats, state: state, on: &canvas)
    case .estimation(let drills): EstimationScreen.render(drills, state: state, on: &canvas)
    }
    if case .session(let live) = state.screen, let calculator = live.calculator {
      CalculatorLine.render(calculator, over: state.sessionLayout.notes, on: &canvas)
    }
    if let warning = state.saveWarning, canvas.height > 0 {
      // Until every change is stored, the bottom row says so on every screen.
      let row = Rect(row: canvas.height - 1, column: 0, width: canvas.width, height: 1)
      canvas.fill(row, role: .status)
      canvas.write([Span(" ⚠ " + warning, role: .warning)], row: row.row, column: 0, maxWidth: canvas.width)
    }
    if let dialog = state.dialog {
      DialogOverlay.render(dialog, on: &canvas)
    } else if state.showsHelp {
      HelpOverlay.render(context: state.keyContext, scroll: state.helpScroll, on: &canvas)
    }
    return canvas
  }

  /// The panes of what is on screen at the current size, in the order Tab visits them; the
  /// help overlay, when open, is the last (it lies on top).
  public static func panes(of state: AppState) -> [ScreenPane] {
    guard !state.isTooSmall else { return [] }
    if state.dialog == nil, state.showsHelp {
      return [HelpOverlay.pane(context: state.keyContext, bounds: Rect(width: state.width, height: state.height))]
    }
    switch state.screen {
    case .home(let home): return HomeScreen.panes(home, state: state)
    case .session(let live): return SessionScreen.panes(live, state: state)
    case .finished: return []
    case .grading(let grading, _): return GradingScreen.panes(grading, state: state)
    case .history(let history): return HistoryScreen.panes(history, state: state)
    case .record(let record): return RecordScreen.panes(record, state: state)
    case .stats(let stats): return StatsScreen.panes(stats, state: state)
    case .estimation: return []
    }
  }
}
