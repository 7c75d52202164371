import Foundation
import MockLoopKit

/// The interviewer's screen: the same phase bar and clock as the candidate's, the question with
/// what the candidate does not see (reference, pitfalls, each follow-up's answer note), the
/// follow-up queue with due times, the candidate's notes and checklist live and read-only, and
/// the interviewer's private notes. After the interview, the grading screen.
public enum InterviewerScreen {
  /// Where each part goes at a size.
  struct Layout {
    var title, phaseBar, timer, question, queue, candidateNotes, checklist, notes, footer: Rect
    var notesText: Rect { notes.inset(by: 1).inset(left: 1, right: 1) }

    init(width: Int, height: Int) {
      let all = Rect(width: max(width, 0), height: max(height, 0))
      var (top, rest) = all.splitTop(1)
      title = top
      (top, rest) = rest.splitTop(1)
      phaseBar = top
      (top, rest) = rest.splitTop(1)
      timer = top
      let (bottom, body) = rest.splitBottom(1)
      footer = bottom
      let (left, right) = body.splitLeft(body.width * 11 / 20)
      (question, queue) = left.splitTop(left.height * 9 / 20)
      let (notesTop, rightRest) = right.splitTop(right.height * 2 / 5)
      candidateNotes = notesTop
      (checklist, notes) = rightRest.splitTop(rightRest.height * 2 / 5)
    }
  }

  public static func render(_ state: InterviewerState) -> Canvas {
    if let grading = state.grading { return AppScreen.render(grading) }
    var canvas = Canvas(width: max(state.width, 0), height: max(state.height, 0))
    if state.width < AppState.minimumWidth || state.height < AppState.minimumHeight {
      TooSmallScreen.render(width: state.width, height: state.height, on: &canvas)
      return canvas
    }
    let layout = Layout(width: state.width, height: state.height)
    let session = state.session
    let timeline = state.timeline
    let phase = session.format.phases[timeline.phaseIndex]
    let candidate =
      session.isFinished ? "interview over" : state.ownerIsAlive ? "candidate connected" : "candidate stopped"
    TitleBar.render(
      title: "Interviewer · " + session.question.title, detail: candidate + " · " + session.format.title,
      in: layout.title, on: &canvas)
    PhaseBar.render(session.format, timeline: timeline, in: layout.phaseBar, on: &canvas)
    canvas.render(TimerRow.row(timeline, phase: phase, phaseCount: session.format.phases.count), in: layout.timer)

    box(
      questionLines(state, width: layout.question.width - 4), title: "Question · reference and pitfalls (hidden)",
      role: .border, offset: state.questionScroll, in: layout.question, on: &canvas)
    let (queueLines, selectedLine) = self.queueLines(state, width: layout.queue.width - 4)
    let queueInner = layout.queue.inset(by: 1)
    let queueOffset = max(0, min(selectedLine - queueInner.height / 3, queueLines.count - queueInner.height))
    box(
      queueLines, title: "Follow-ups · f ask · a your own", role: state.focus == .queue ? .accent : .border,
      offset: queueOffset, in: layout.queue, on: &canvas)
    let candidateNotes = paragraphs(
      session.notes.isEmpty ? "Nothing written yet." : session.notes, role: session.notes.isEmpty ? .muted : .text,
      width: layout.candidateNotes.width - 4)
    let notesInner = layout.candidateNotes.inset(by: 1)
    box(
      candidateNotes, title: "Candidate's notes (live)", role: .border,
      offset: max(candidateNotes.count - notesInner.height, 0), in: layout.candidateNotes, on: &canvas)
    box(
      checklistLines(session, phase: phase, width: layout.checklist.width - 4),
      title: "Checklist · \(phase.title)", role: .border, offset: 0, in: layout.checklist, on: &canvas)
    canvas.drawBox(
      in: layout.notes,
      title: state.focus == .notes ? "Your notes · editing (Esc to leave)" : "Your notes (Tab to type)",
      role: state.focus == .notes ? .accent : .border)
    state.notes.render(
      into: &canvas, in: layout.notesText, isFocused: state.focus == .notes,
      placeholder: "Private notes: only you see them. Saved as you type.")
    renderFooter(state, in: layout.footer, on: &canvas)
    if state.showsHelp { HelpOverlay.render(context: .interviewer, scroll: state.helpScroll, on: &canvas) }
    return canvas
  }

  static func renderFooter(_ state: InterviewerState, in rect: Rect, on canvas: inout Canvas) {
    canvas.fill(rect, role: .status)
    if let draft = state.draft {
      let written = canvas.write(
        [Span(" Your follow-up: ", role: .key), Span(draft, role: .text)], row: rect.row, column: rect.column,
        maxWidth: rect.width - 26)
      canvas.cursor = Point(row: rect.row, column: rect.column + written)
      canvas.write(
        "  Enter asks · Esc cancels", row: rect.row, column: rect.column + written, role: .status,
        maxWidth: rect.width - written)
      return
    }
    let message =
      state.saveStatus.failure.map { "Not saved yet: \($0)" } ?? state.status
      ?? (state.ownerIsAlive || state.session.isFinished ? nil : InterviewerState.ownerGoneMessage)
    if let message {
      canvas.write([Span(" " + message, role: .warning)], row: rect.row, column: rect.column, maxWidth: rect.width)
      return
    }
    let paused = state.timeline.isPaused
    Footer.render(context: .interviewer, status: nil, isPaused: paused, in: rect, on: &canvas)
  }

  /// A box of lines from `offset`.
  static func box(
    _ lines: [[Span]], title: String, role: StyleRole, offset: Int, in rect: Rect, on canvas: inout Canvas
  ) {
    let inner = canvas.drawBox(in: rect, title: title, role: role)
    let first = max(0, min(offset, lines.count - inner.height))
    for (index, line) in lines.dropFirst(first).prefix(max(inner.height, 0)).enumerated() {
      canvas.write(line, row: inner.row + index, column: inner.column + 1, maxWidth: max(inner.width - 2, 0))
    }
  }

  /// Text with line breaks, each line wrapped on its own.
  static func paragraphs(_ text: String, role: StyleRole = .text, width: Int) -> [[Span]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
      line.isEmpty ? [[]] : SpanWrap.lines(String(line), role: role, width: max(width, 1))
    }
  }

  static func questionLines(_ state: InterviewerState, width: Int) -> [[Span]] {
    let width = max(width, 1)
    guard let question = state.question else {
      return SpanWrap.lines(
        "This question is no longer in the decks; only its title was kept: \(state.session.question.title)",
        role: .muted, width: width)
    }
    var lines = paragraphs(question.prompt.reflowed, width: width)
    if let reference = question.reference, !reference.isEmpty {
      lines += [[]] + [[Span("Reference", role: .title)]] + paragraphs(reference, width: width)
    }
    if !question.pitfalls.isEmpty {
      lines += [[]] + [[Span("Pitfalls", role: .title)]]
      for pitfall in question.pitfalls {
        lines += SpanWrap.lines(lead: [Span("• ", role: .muted)], pitfall, width: width)
      }
    }
    return lines
  }

  /// The queue's lines and the first line of the selected row.
  static func queueLines(_ state: InterviewerState, width: Int) -> (lines: [[Span]], selected: Int) {
    let width = max(width, 1)
    let rows = state.queue
    guard !rows.isEmpty else {
      return (
        SpanWrap.lines("No follow-ups for this question: a writes one of your own.", role: .muted, width: width), 0
      )
    }
    var lines: [[Span]] = []
    var selected = 0
    for (index, row) in rows.enumerated() {
      let isSelected = index == state.cursor
      if isSelected { selected = lines.count }
      let asked = state.isAsked(row.text)
      let due =
        row.minute.map { String(format: "%3dm ", Int($0.rounded(.down))) } ?? (row.isImprovised ? " own " : " any ")
      let lead = [
        Span(isSelected ? "› " : "  ", role: .accent), Span(asked ? "✓ " : "  ", role: .checked),
        Span(due, role: .muted),
      ]
      lines += SpanWrap.lines(
        lead: lead, row.text, role: isSelected ? .selection : asked ? .muted : .followup, width: width)
      if isSelected && !row.answer.isEmpty {
        for point in row.answer {
          lines += SpanWrap.lines(lead: [Span("         – ", role: .muted)], point, role: .muted, width: width)
        }
      }
    }
    return (lines, selected)
  }

  static func checklistLines(_ session: Session, phase: Phase, width: Int) -> [[Span]] {
    phase.checklist.enumerated().flatMap { index, item in
      let ticked = session.isChecked(phase: phase.id, item: index)
      return SpanWrap.lines(
        lead: [Span(ticked ? "[x] " : "[ ] ", role: ticked ? .checked : .unchecked)], item,
        role: ticked ? .text : .muted, width: max(width, 1))
    }
  }
}
