import Foundation
import MockLoopKit

/// The live mock: phase bar, countdown, question, follow-ups, checklist and notes.
enum SessionScreen {
  static func render(_ live: SessionScreenState, state: AppState, on canvas: inout Canvas) {
    let session = live.session
    let timeline = session.timeline(at: state.now)
    let layout = state.sessionLayout
    let phase = session.format.phases[timeline.phaseIndex]

    TitleBar.render(
      title: session.question.title,
      detail: "\(session.format.title)" + (session.level.map { " · \($0.rawValue)" } ?? ""), in: layout.title,
      on: &canvas)
    PhaseBar.render(session.format, timeline: timeline, in: layout.phaseBar, on: &canvas)
    let fraction = timeline.plannedSeconds > 0 ? timeline.activeSeconds / Double(timeline.plannedSeconds) : 0
    canvas.render(
      ProgressBar(fraction: min(fraction, 1), role: fraction > 1 ? .barOverrun : .barActual), in: layout.progress)
    renderTimer(timeline, phase: phase, phaseCount: session.format.phases.count, in: layout.timer, on: &canvas)
    renderQuestion(live, in: layout.question, on: &canvas)
    renderFollowUps(live, now: state.now, in: layout.followUps, on: &canvas)
    renderChecklist(live, phase: phase, in: layout.checklist, on: &canvas)

    let notesTitle = live.focus == .notes ? "Notes · editing (Esc to leave)" : "Notes (Tab to type)"
    canvas.drawBox(in: layout.notes, title: notesTitle, role: live.focus == .notes ? .accent : .border)
    live.editor.render(
      into: &canvas, in: layout.notesText, isFocused: live.focus == .notes,
      placeholder: "Your notes: numbers, APIs, trade-offs. Saved as you type.")

    Footer.render(
      context: state.keyContext, status: live.movedAway.map { $0 + " q home" } ?? state.status ?? live.banner,
      isPaused: timeline.isPaused, in: layout.footer, on: &canvas)
  }

  static func renderTimer(
    _ timeline: SessionTimeline, phase: Phase, phaseCount: Int, in rect: Rect, on canvas: inout Canvas
  ) {
    let remaining = timeline.phaseRemainingSeconds
    let countdown: String
    let role: StyleRole
    if timeline.isPaused {
      countdown = " PAUSED \(clock(remaining)) "
      role = .timerPaused
    } else {
      switch timeline.urgency {
      case .normal:
        countdown = " \(clock(remaining)) left "
        role = .timerNormal
      case .warning:
        countdown = " \(clock(remaining)) left "
        role = .timerWarning
      case .overrun:
        countdown = " +\(clock(-remaining)) over "
        role = .timerOverrun
      }
    }
    var spans = [
      Span(" Phase \(timelinePhaseNumber(timeline))/\(phaseCount) ", role: .accent),
      Span(phase.title + " ", role: .title),
      Span(countdown, role: role),
    ]
    var detail =
      "  elapsed \(DurationText.clock(timeline.activeSeconds)) · left \(signed(timeline.totalRemainingSeconds))"
    if timeline.pausedSeconds >= 1 {
      detail += " · paused \(DurationText.clock(timeline.pausedSeconds))"
      if timeline.awaySeconds >= 1 { detail += " (away \(DurationText.clock(timeline.awaySeconds)))" }
    }
    spans.append(Span(detail, role: .muted))
    canvas.write(spans, row: rect.row, column: rect.column, maxWidth: rect.width)
  }

  private static func timelinePhaseNumber(_ timeline: SessionTimeline) -> Int { timeline.phaseIndex + 1 }

  /// "07:05" from seconds, rounding toward the countdown's displayed second.
  static func clock(_ seconds: TimeInterval) -> String {
    let whole = Int(seconds.rounded(.up))
    let value = max(whole, 0)
    if seconds < 0 {
      let over = Int((-seconds).rounded(.down))
      return String(format: "%02d:%02d", over / 60, over % 60)
    }
    return String(format: "%02d:%02d", value / 60, value % 60)
  }

  private static func signed(_ seconds: TimeInterval) -> String {
    seconds < 0 ? "+" + DurationText.clock(-seconds) + " over" : DurationText.clock(seconds.rounded(.up))
  }

  static func renderQuestion(_ live: SessionScreenState, in rect: Rect, on canvas: inout Canvas) {
    let inner = canvas.drawBox(in: rect, title: "Question")
    var lines: [[Span]] = []
    func add(_ text: String, role: StyleRole = .text, indent: String = "") {
      for (index, line) in wrapped(text, width: max(inner.width - 1 - indent.displayWidth, 1)).enumerated() {
        lines.append([
          Span((index == 0 ? indent : String(repeating: " ", count: indent.displayWidth)) + line, role: role)
        ])
      }
    }
    guard let question = live.question else {
      add(live.session.question.title, role: .title)
      add("(This question is no longer in your decks; its text cannot be shown.)", role: .muted)
      draw(lines, in: inner, on: &canvas)
      return
    }
    add(question.prompt.reflowed)
    func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      lines.append([])
      lines.append([Span(title, role: .accent)])
      for item in items { add(item, indent: "• ") }
    }
    section("Functional", question.functionalRequirements)
    section("Non-functional", question.nonFunctionalRequirements)
    section("Scale", question.scale)
    draw(lines, in: inner, on: &canvas)
  }

  static func renderFollowUps(_ live: SessionScreenState, now: Date, in rect: Rect, on canvas: inout Canvas) {
    let asked = live.session.revealedFollowUps
    let total = live.question.map { live.session.schedule(of: $0).followUps.count } ?? asked.count
    let inner = canvas.drawBox(
      in: rect, title: "Follow-ups \(asked.count)/\(total)",
      role: live.highlightedFollowUp == nil ? .border : .followupNew)
    guard !asked.isEmpty else {
      draw(
        wrapped(
          "The interviewer's follow-ups appear here at their minute. Press f to ask the next one now.",
          width: max(inner.width - 1, 1)
        )
        .map { [Span($0, role: .muted)] }, in: inner, on: &canvas)
      return
    }
    var lines: [[Span]] = []
    for followUp in asked.reversed() {
      let minute = Int(live.session.timeline(at: followUp.at).activeSeconds / 60)
      let isNew = followUp.text == live.highlightedFollowUp
      let prefix = String(format: "%2dm ", minute)
      let body = wrapped(followUp.text, width: max(inner.width - 1 - prefix.count, 1))
      for (index, line) in body.enumerated() {
        lines.append([
          Span(index == 0 ? prefix : String(repeating: " ", count: prefix.count), role: .muted),
          Span(line, role: isNew ? .followupNew : .followup),
        ])
      }
    }
    draw(lines, in: inner, on: &canvas)
  }

  static func renderChecklist(_ live: SessionScreenState, phase: Phase, in rect: Rect, on canvas: inout Canvas) {
    let checked = phase.checklist.indices.filter { live.session.isChecked(phase: phase.id, item: $0) }.count
    let inner = canvas.drawBox(
      in: rect, title: "Checklist \(checked)/\(phase.checklist.count) · \(phase.title)",
      role: live.focus == .checklist ? .accent : .border)
    ChecklistView(
      phase: phase, prompts: phase.prompts(forSession: live.session.id),
      checked: { live.session.isChecked(phase: phase.id, item: $0) },
      cursor: live.focus == .checklist ? live.checklistCursor : nil
    ).render(in: inner, on: &canvas)
  }

  static func draw(_ lines: [[Span]], in rect: Rect, on canvas: inout Canvas) {
    for (index, line) in lines.prefix(rect.height).enumerated() {
      canvas.write(line, row: rect.row + index, column: rect.column + 1, maxWidth: rect.width - 1)
    }
  }
}

/// The top row: app name, what is being practised, and the format.
enum TitleBar {
  static func render(title: String, detail: String, in rect: Rect, on canvas: inout Canvas) {
    canvas.fill(rect, role: .status)
    let right = detail.truncated(toWidth: max(rect.width / 2, 0), ellipsis: true)
    canvas.write(
      [Span(" MockLoop ", role: .title), Span(" " + title, role: .status)], row: rect.row, column: rect.column,
      maxWidth: max(rect.width - right.displayWidth - 2, 0))
    canvas.write(right, row: rect.row, column: rect.right - right.displayWidth - 1, role: .status)
  }
}

/// The phases across the top, each as wide as its share of the minutes.
enum PhaseBar {
  static func render(_ format: InterviewFormat, timeline: SessionTimeline, in rect: Rect, on canvas: inout Canvas) {
    let total = max(format.totalMinutes, 1)
    var column = rect.column
    var used = 0
    for (index, phase) in format.phases.enumerated() {
      used += phase.minutes
      let end = rect.column + rect.width * used / total
      let width = max(end - column, 1)
      let role: StyleRole =
        index < timeline.phaseIndex ? .phaseDone : index == timeline.phaseIndex ? .phaseActive : .phaseUpcoming
      let over = timeline.phases[index].overrunSeconds >= 1 ? "+" : ""
      let mark = index < timeline.phaseIndex ? "✓" : "\(index + 1)"
      let label = " \(mark) \(phase.title) \(phase.minutes)m\(over)"
      canvas.fill(Rect(row: rect.row, column: column, width: width, height: 1), role: role)
      canvas.write(label.fitted(toWidth: max(width - 1, 0), ellipsis: true), row: rect.row, column: column, role: role)
      if index < format.phases.count - 1 {
        canvas.write("│", row: rect.row, column: column + width - 1, role: .border)
      }
      column = end
    }
  }
}
