/// Every key binding of the current context, from the keymap, in a box over the screen. When
/// the bindings are more than the box holds, the scrolling keys scroll it; any other key closes it.
enum HelpOverlay {
  static let title = "Help — any other key closes"

  /// The key tables shown for a context, its own first.
  static func contexts(for context: KeyContext) -> [KeyContext] {
    switch context {
    case .home: [.home, .panes, .global]
    case .session, .notes, .dialog: [.session, .notes, .panes, .global]
    case .calculator: [.calculator, .session]
    case .estimation: [.estimation, .global]
    case .interviewer: [.interviewer, .notes]
    case .grading: [.grading, .notes, .panes]
    case .history: [.history, .panes]
    case .record: [.record, .panes]
    case .comparison: [.comparison, .panes]
    case .stats: [.stats, .panes]
    case .panes: [.panes]
    case .global: [.global]
    }
  }

  static func lines(context: KeyContext, width: Int) -> [[Span]] {
    var lines: [[Span]] = []
    for shown in contexts(for: context) {
      if !lines.isEmpty { lines.append([]) }
      lines.append([Span(shown.title, role: .title)])
      for binding in Keymap.bindings where binding.context == shown {
        lines += SpanWrap.lines(
          lead: [Span(binding.keyLabel.padded(toWidth: 14), role: .key)], binding.summary, width: width)
      }
    }
    return lines
  }

  /// The overlay's box on a screen of `bounds`.
  static func frame(lineCount: Int, bounds: Rect) -> Rect {
    bounds.centered(width: min(bounds.width - 2, 76), height: min(bounds.height - 2, lineCount + 3))
  }

  static func pane(context: KeyContext, bounds: Rect) -> ScreenPane {
    let width = min(bounds.width - 2, 76) - 4
    let lines = lines(context: context, width: width)
    let rect = frame(lineCount: lines.count, bounds: bounds)
    return ScreenPane(id: .help, frame: rect, viewport: rect.inset(by: 1), contentHeight: lines.count)
  }

  static func render(context: KeyContext, scroll: ScrollState, on canvas: inout Canvas) {
    let pane = pane(context: context, bounds: canvas.bounds)
    let lines = lines(context: context, width: pane.viewport.width - 2)
    canvas.fill(pane.frame, role: .text)
    SessionScreen.renderText(lines, scroll: scroll, title: title, role: .accent, in: pane.frame, on: &canvas)
  }
}
