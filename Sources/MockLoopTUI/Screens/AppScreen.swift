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
      canvas.write(" ⚠ " + warning, row: row.row, column: 0, role: .warning, maxWidth: canvas.width)
    }
    if let dialog = state.dialog {
      DialogOverlay.render(dialog, on: &canvas)
    } else if state.showsHelp {
      HelpOverlay.render(context: state.keyContext, on: &canvas)
    }
    return canvas
  }
}

/// Shown instead of any screen when the terminal is smaller than the layouts need.
enum TooSmallScreen {
  static func render(width: Int, height: Int, on canvas: inout Canvas) {
    let message =
      "Terminal too small: \(width)x\(height). MockLoop needs at least \(AppState.minimumWidth)x\(AppState.minimumHeight). "
      + "The clock keeps running; enlarge the window to come back."
    let lines = wrapped(message, width: max(width, 1))
    let top = max(0, (height - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let column = max(0, (width - line.displayWidth) / 2)
      canvas.write(line, row: top + index, column: column, role: index == 0 ? .warning : .text)
    }
  }
}

/// The bottom row: a status or banner if there is one, else the key hints of the context.
enum Footer {
  static func render(context: KeyContext, status: String?, in rect: Rect, on canvas: inout Canvas) {
    canvas.fill(rect, role: .status)
    if let status {
      canvas.write(" " + status, row: rect.row, column: rect.column, role: .warning, maxWidth: rect.width)
      return
    }
    var spans: [Span] = [Span(" ", role: .status)]
    for hint in Keymap.footer(for: context) {
      spans.append(Span(hint.key, role: .key))
      spans.append(Span(" \(hint.label)  ", role: .status))
    }
    canvas.write(spans, row: rect.row, column: rect.column, maxWidth: rect.width)
  }
}

/// A question in a box in the middle of the screen, with its answers on the last line.
enum DialogOverlay {
  static func render(_ dialog: AppState.Dialog, on canvas: inout Canvas) {
    let yesNo = [Span("y", role: .key), Span(" yes   "), Span("n", role: .key), Span(" no")]
    let (title, text, choices): (String, String, [Span])
    var rows: [[Span]] = []
    switch dialog {
    case .leaveSession:
      title = "Leave the mock?"
      text = "The clock pauses and the session stays resumable from home or with 'mockloop resume'."
      choices = yesNo
    case .finishSession:
      title = "Finish the interview?"
      text = "The clock stops for good and the session is kept in your history."
      choices = yesNo
    case .unfinishedBeforeStart(let unfinished, _):
      title = "An interview is unfinished"
      text =
        "\(unfinished.questionTitle) (\(unfinished.formatID), started \(DurationText.day(unfinished.createdAt))) "
        + "is not finished. Resume it, finish it now and start the new one, or abandon it (it stays in "
        + "history, marked abandoned)?"
      choices = [
        Span("r", role: .key), Span(" resume  "), Span("f", role: .key), Span(" finish  "), Span("a", role: .key),
        Span(" abandon  "), Span("Esc", role: .key), Span(" cancel"),
      ]
    case .chooseResume(let sessions, let cursor):
      title = "Resume which session?"
      text = "\(sessions.count) sessions are unfinished."
      rows = sessions.prefix(9).enumerated().map { index, session in
        [
          Span(index == cursor ? "▸ " : "  ", role: .accent), Span("\(index + 1) ", role: .key),
          Span(session.questionTitle, role: index == cursor ? .selection : .text),
          Span(" \(session.formatID) · \(DurationText.day(session.createdAt))", role: .muted),
        ]
      }
      choices = [
        Span("Enter", role: .key), Span(" resume  "), Span("j/k", role: .key), Span(" move  "), Span("Esc", role: .key),
        Span(" cancel"),
      ]
    case .quitWithUnsaved(let status):
      title = "Changes not saved yet"
      text =
        "\(status.pending) change\(status.pending == 1 ? " is" : "s are") not stored (\(status.failure ?? "still writing")). "
        + "Quit anyway? They are kept in \(WriteQueue.queueFileName) beside the database and saved on the next start."
      choices = [Span("y", role: .key), Span(" quit anyway   "), Span("n", role: .key), Span(" stay")]
    }
    let width = min(canvas.width - 4, 64)
    let lines = wrapped(text, width: width - 4)
    let extra = rows.isEmpty ? 0 : rows.count + 1
    let rect = canvas.bounds.centered(width: width, height: lines.count + extra + 4)
    canvas.fill(rect, role: .text)
    let inner = canvas.drawBox(in: rect, title: title, role: .accent)
    for (index, line) in lines.enumerated() { canvas.write(line, row: inner.row + index, column: inner.column + 1) }
    for (index, row) in rows.enumerated() {
      canvas.write(row, row: inner.row + lines.count + 1 + index, column: inner.column + 1, maxWidth: inner.width - 1)
    }
    canvas.write(choices, row: inner.bottom - 1, column: inner.column + 1, maxWidth: inner.width - 1)
  }
}

/// Every key binding of the current context, from the keymap.
enum HelpOverlay {
  static func render(context: KeyContext, on canvas: inout Canvas) {
    let contexts: [KeyContext] =
      switch context {
      case .home: [.home, .global]
      case .session, .notes, .dialog: [.session, .notes, .global]
      case .calculator: [.calculator, .session]
      case .estimation: [.estimation, .global]
      case .grading: [.grading, .notes]
      case .history: [.history]
      case .record: [.record]
      case .global: [.global]
      }
    var lines: [[Span]] = []
    for shown in contexts {
      if !lines.isEmpty { lines.append([]) }
      lines.append([Span(shown.title, role: .title)])
      for binding in Keymap.bindings where binding.context == shown {
        lines.append([Span(binding.keyLabel.padded(toWidth: 14), role: .key), Span(binding.summary)])
      }
    }
    let width = min(canvas.width - 2, 76)
    let height = min(canvas.height - 2, lines.count + 3)
    let rect = canvas.bounds.centered(width: width, height: height)
    canvas.fill(rect, role: .text)
    let inner = canvas.drawBox(in: rect, title: "Help — any key closes", role: .accent)
    for (index, line) in lines.prefix(inner.height).enumerated() {
      canvas.write(line, row: inner.row + index, column: inner.column + 1, maxWidth: inner.width - 1)
    }
  }
}
