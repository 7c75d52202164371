import MockLoopKit

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
      let shown = resumeWindow(count: sessions.count, cursor: cursor)
      text =
        "\(sessions.count) sessions are unfinished."
        + (shown.count < sessions.count ? " \(shown.lowerBound + 1)–\(shown.upperBound) shown." : "")
      rows = shown.map { index in
        let session = sessions[index]
        return [
          Span(index == cursor ? "▸ " : "  ", role: .accent), Span(index < 9 ? "\(index + 1) " : "  ", role: .key),
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
        "\(status.pending) \(status.pending.noun("change is", plural: "changes are")) not stored (\(status.failure ?? "still writing")). "
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

  /// The resume chooser's rows in sight: nine at most, the first nine (their digits pick them)
  /// until the cursor goes past them, then the nine ending at the cursor.
  static func resumeWindow(count: Int, cursor: Int) -> Range<Int> {
    let visible = min(count, 9)
    let start = min(max(cursor - visible + 1, 0), count - visible)
    return start..<(start + visible)
  }
}
