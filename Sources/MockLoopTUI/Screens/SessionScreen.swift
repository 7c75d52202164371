import Foundation
import MockLoopKit

/// The live mock: phase bar, countdown, question, follow-ups, checklist and notes. The question,
/// the follow-ups and the checklist scroll in their boxes; the focused pane's border is lit.
enum SessionScreen {
  static func render(_ live: SessionScreenState, state: AppState, on canvas: inout Canvas) {
    let session = live.session
    let timeline = session.timeline(at: state.now)
    let layout = SessionLayout(live, now: state.now, width: state.width, height: state.height)
    let phase = session.format.phases[timeline.phaseIndex]

    let interviewer =
      switch live.interviewer {
      case .joined: "interviewer joined · "
      case .left: "interviewer left · "
      case nil: ""
      }
    // Only the progress bar and the timer row change with the clock's seconds: every other part
    // changes with a phase, a key, a follow-up or a status, and is drawn once for what it shows
    // and then copied.
    let title = TitleKey(
      title: session.question.title,
      detail: interviewer + "\(session.format.title)" + (session.level.map { " · \($0.rawValue)" } ?? ""))
    canvas.draw(layout.title, remembering: title, in: titleMemo) { part, rect in
      TitleBar.render(title: title.title, detail: title.detail, in: rect, on: &part)
    }
    let phases = session.format.phases
    let phaseBar = PhaseBarKey(
      titles: phases.map(\.title), minutes: phases.map(\.minutes),
      overruns: phases.indices.map { PhaseBar.isOverrun(timeline, index: $0) }, phaseIndex: timeline.phaseIndex)
    canvas.draw(layout.phaseBar, remembering: phaseBar, in: phaseBarMemo) { part, rect in
      PhaseBar.render(session.format, timeline: timeline, in: rect, on: &part)
    }
    let fraction = timeline.plannedSeconds > 0 ? timeline.activeSeconds / Double(timeline.plannedSeconds) : 0
    canvas.render(
      ProgressBar(fraction: min(fraction, 1), role: fraction > 1 ? .barOverrun : .barActual), in: layout.progress)
    canvas.render(
      TimerRow.row(timeline, phase: phase, phaseCount: session.format.phases.count), in: layout.timer)
    if live.showsBigClock {
      renderBigClock(timeline, phase: phase, in: layout.clock, on: &canvas)
    } else {
      canvas.draw(layout.question, remembering: QuestionBoxKey(live), in: questionBoxMemo) { part, rect in
        renderText(
          questionLines(live, width: textWidth(rect)), scroll: live.questionScroll, title: "Question",
          role: live.focus == .question ? .accent : .border, in: rect, on: &part)
      }
      let followUps = FollowUpsBoxKey(live)
      canvas.draw(layout.followUps, remembering: followUps, in: followUpsBoxMemo) { part, rect in
        renderFollowUps(followUps, in: rect, on: &part)
      }
    }
    canvas.draw(layout.checklist, remembering: ChecklistKey(live, now: state.now), in: checklistMemo) { part, rect in
      renderChecklist(live, now: state.now, in: rect, on: &part)
    }

    let notesTitle =
      switch live.focus {
      case .notes: "Notes · editing (Esc to leave)"
      case .checklist: "Notes (Tab to type)"
      case .question, .followUps: "Notes"
      }
    let notes = NotesBoxKey(title: notesTitle, isFocused: live.focus == .notes, editor: live.editor.shown)
    canvas.draw(layout.notes, remembering: notes, in: notesBoxMemo) { part, rect in
      let text = SessionLayout.notesText(inBox: rect)
      part.drawBox(in: rect, title: notes.title, role: notes.isFocused ? .accent : .border)
      live.editor.render(
        into: &part, in: text, isFocused: notes.isFocused,
        placeholder: "Your notes: numbers, APIs, trade-offs. Saved as you type.")
      part.drawBorderMark(live.editor.linePosition(viewHeight: text.height), in: rect)
    }

    let footer = FooterKey(
      context: state.keyContext, status: live.movedAway.map { $0 + " q home" } ?? state.status ?? live.banner,
      isPaused: timeline.isPaused)
    canvas.draw(layout.footer, remembering: footer, in: footerMemo) { part, rect in
      Footer.render(context: footer.context, status: footer.status, isPaused: footer.isPaused, in: rect, on: &part)
    }
  }

  /// All the phase bar shows: each phase's title, minutes (which also share out the width)
  /// and whether it ran over, and which phase is active (the phases before it are ticked).
  private struct PhaseBarKey: Hashable, Sendable {
    var titles: [String]
    var minutes: [Int]
    var overruns: [Bool]
    var phaseIndex: Int
  }

  private struct FooterKey: Hashable, Sendable {
    var context: KeyContext
    var status: String?
    var isPaused: Bool
  }

  /// All the checklist box shows: the phase's title, goal and items, the prompts this session
  /// shows, which items are ticked, the cursor and whether the box has the focus.
  private struct ChecklistKey: Hashable, Sendable {
    var title: String
    var goal: String
    var items: [String]
    var prompts: [String]
    var checked: [Bool]
    var cursor: Int?
    var isFocused: Bool

    init(_ live: SessionScreenState, now: Date) {
      let view = SessionScreen.checklistView(live, now: now)
      title = view.phase.title
      goal = view.phase.goal
      items = view.phase.checklist
      prompts = view.prompts
      checked = items.indices.map(view.checked)
      cursor = view.cursor
      isFocused = live.focus == .checklist
    }
  }

  private static let phaseBarMemo = Memo<RegionKey<PhaseBarKey>, Canvas>(capacity: 8)
  private static let footerMemo = Memo<RegionKey<FooterKey>, Canvas>(capacity: 8)
  private static let checklistMemo = Memo<RegionKey<ChecklistKey>, Canvas>(capacity: 8)

  /// The panes of the mock at the current size, in the order Tab visits them.
  static func panes(_ live: SessionScreenState, state: AppState) -> [ScreenPane] {
    let layout = SessionLayout(live, now: state.now, width: state.width, height: state.height)
    return live.focusOrder.map { focus in
      let frame = layout.frame(of: focus)
      let inner = frame.inset(by: 1)
      switch focus {
      case .checklist:
        let lines = checklistView(live, now: state.now).lines(innerWidth: inner.width, height: inner.height)
        return ScreenPane(
          id: .checklist, frame: frame, viewport: inner, contentHeight: lines.count,
          itemCount: phase(of: live, now: state.now)?.checklist.count ?? 0)
      case .notes:
        return ScreenPane(id: .notes, frame: frame, viewport: layout.notesText, contentHeight: 0)
      case .question:
        return ScreenPane(
          id: .question, frame: frame, viewport: inner,
          contentHeight: questionLines(live, width: textWidth(frame)).count)
      case .followUps:
        return ScreenPane(
          id: .followUps, frame: frame, viewport: inner,
          contentHeight: followUpLines(live, width: textWidth(frame)).count)
      }
    }
  }

  /// The width text is wrapped to inside a box: its inside less a margin on each side.
  static func textWidth(_ box: Rect) -> Int { max(box.width - 4, 1) }

  static func phase(of live: SessionScreenState, now: Date) -> Phase? {
    let phases = live.session.format.phases
    let index = live.session.timeline(at: now).phaseIndex
    return phases.indices.contains(index) ? phases[index] : nil
  }

  // MARK: Question and follow-ups

  /// The question in full: prompt, requirements, scale and focus, wrapped to `width`.
  static func questionLines(_ live: SessionScreenState, width: Int) -> [[Span]] {
    guard let question = live.question else {
      return SpanWrap.lines(live.session.question.title, role: .title, width: width)
        + SpanWrap.lines(
          "(This question is no longer in your decks; its text cannot be shown.)", role: .muted, width: width)
    }
    return questionLinesMemo.value(for: QuestionLinesKey(question: question, width: width)) {
      questionLines(question, width: width)
    }
  }

  /// The question's lines are made once per question and width, not on every tick of the clock.
  private struct QuestionLinesKey: Hashable, Sendable {
    var question: Question
    var width: Int

    static func == (lhs: Self, rhs: Self) -> Bool { lhs.width == rhs.width && lhs.question == rhs.question }

    func hash(into hasher: inout Hasher) {
      hasher.combine(question.id)
      hasher.combine(question.prompt)
      hasher.combine(width)
    }
  }

  private static let questionLinesMemo = Memo<QuestionLinesKey, [[Span]]>(capacity: 8)

  private static func questionLines(_ question: Question, width: Int) -> [[Span]] {
    var lines = SpanWrap.lines(question.prompt.reflowed, width: width)
    func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      lines.append([])
      lines.append([Span(title, role: .accent)])
      for item in items { lines += SpanWrap.lines(lead: [Span("• ")], item, width: width) }
    }
    section("Functional", question.functionalRequirements)
    section("Non-functional", question.nonFunctionalRequirements)
    section("Scale", question.scale)
    section("Focus", question.focus)
    return lines
  }

  /// Every follow-up asked so far, newest first, each under the minute it was asked.
  static func followUpLines(_ live: SessionScreenState, width: Int) -> [[Span]] {
    followUpLines(askedFollowUps(live), width: width)
  }

  /// The follow-ups asked so far, newest first, as the follow-ups box shows them.
  static func askedFollowUps(_ live: SessionScreenState) -> [AskedFollowUp] {
    live.session.revealedFollowUps.reversed().map { followUp in
      AskedFollowUp(
        minute: DurationText.clock(live.session.timeline(at: followUp.at).activeSeconds), text: followUp.text,
        isNew: followUp.text == live.highlightedFollowUp)
    }
  }

  static func followUpLines(_ asked: [AskedFollowUp], width: Int) -> [[Span]] {
    guard !asked.isEmpty else {
      return SpanWrap.lines(
        "The interviewer's follow-ups appear here at their minute. Press f to ask the next one now.", role: .muted,
        width: width)
    }
    var lines: [[Span]] = []
    for followUp in asked {
      lines += SpanWrap.lines(
        lead: [Span(followUp.minute.leftPadded(toWidth: 5) + " ", role: .muted)], followUp.text,
        role: followUp.isNew ? .followupNew : .followup, width: width)
    }
    return lines
  }

  static func renderFollowUps(_ box: FollowUpsBoxKey, in rect: Rect, on canvas: inout Canvas) {
    renderText(
      followUpLines(box.asked, width: textWidth(rect)), scroll: box.scroll,
      title: "Follow-ups \(box.asked.count)/\(box.total)", role: box.role, in: rect, on: &canvas)
  }

  /// How many follow-ups the session has: its question's schedule, plus each one the
  /// interviewer made up that the schedule does not hold, so the count asked never passes it.
  static func followUpTotal(_ live: SessionScreenState, asked: [String]) -> Int {
    guard let question = live.question else { return asked.count }
    let scheduled = scheduledFollowUps(question, session: live.session)
    let known = Set(scheduled)
    return max(scheduled.count + asked.filter { !known.contains($0) }.count, asked.count)
  }

  /// A box of wrapped lines scrolled to `scroll` (clamped), with the position on its border
  /// when not every line fits.
  static func renderText(
    _ lines: [[Span]], scroll: ScrollState, title: String, role: StyleRole, in rect: Rect, on canvas: inout Canvas
  ) {
    let inner = canvas.drawBox(in: rect, title: title, role: role)
    let first = scroll.clampedOffset(contentHeight: lines.count, viewportHeight: inner.height)
    draw(Array(lines.dropFirst(first)), in: inner, on: &canvas)
    canvas.drawBorderMark(scroll.position(contentHeight: lines.count, viewportHeight: inner.height), in: rect)
  }

  // MARK: Checklist

  static func checklistView(_ live: SessionScreenState, now: Date) -> ChecklistView {
    let phase = phase(of: live, now: now) ?? Phase(id: "", title: "", minutes: 0, goal: "", checklist: [])
    return ChecklistView(
      phase: phase, prompts: phase.prompts(forSession: live.session.id),
      checked: { live.session.isChecked(phase: phase.id, item: $0) },
      cursor: live.focus == .checklist ? min(live.checklistCursor, max(phase.checklist.count - 1, 0)) : nil)
  }

  static func renderChecklist(_ live: SessionScreenState, now: Date, in rect: Rect, on canvas: inout Canvas) {
    let view = checklistView(live, now: now)
    let phase = view.phase
    let checked = phase.checklist.indices.filter { live.session.isChecked(phase: phase.id, item: $0) }.count
    let inner = canvas.drawBox(
      in: rect, title: "Checklist \(checked)/\(phase.checklist.count) · \(phase.title)",
      role: live.focus == .checklist ? .accent : .border)
    view.render(in: inner, frame: rect, on: &canvas)
  }

  // MARK: Big clock

  /// The phase countdown in large digits, in its urgency's colour, with the phase and the
  /// interview's time left under it in words.
  static func renderBigClock(_ timeline: SessionTimeline, phase: Phase, in rect: Rect, on canvas: inout Canvas) {
    let countdown = TimerRow.countdown(timeline)
    let inner = canvas.drawBox(
      in: rect, title: "Phase \(timeline.phaseIndex + 1) · \(phase.title)", role: countdown.role)
    let shown = timeline.phaseCountdown
    let digits = DurationText.countdown(shown)
    let signed = shown < 0 ? "+" + digits : digits
    let text = BigClock.scale(of: signed, fitting: inner.inset(bottom: 2)) == nil ? digits : signed
    // Under the digits, in words: the state gives way before the interview's time left.
    let words = PriorityRow([
      PriorityRow.Part(
        [Span(timeline.isPaused ? "paused · " : shown < 0 ? "over this phase · " : "left in this phase · ")],
        dropOrder: 1),
      PriorityRow.Part([Span("total left \(TimerRow.totalLeft(timeline))")]),
    ]).fitted(toWidth: max(inner.width - 2, 0))
    let clockArea = inner.inset(bottom: 2)
    if BigClock.scale(of: text, fitting: clockArea) != nil {
      canvas.render(BigClock(text: text, role: countdown.role), in: clockArea)
    } else {
      let line = countdown.text
      canvas.write(
        line, row: inner.row + max(inner.height / 2 - 1, 0),
        column: inner.column + max((inner.width - line.count) / 2, 0),
        role: countdown.role, maxWidth: inner.width)
    }
    canvas.write(
      words.map { Span($0.text, role: .muted) }, row: inner.bottom - 1,
      column: inner.column + max((inner.width - words.displayWidth) / 2, 0), maxWidth: inner.width)
  }

  /// Draws lines from the top of `rect`, a column in from its left edge.
  static func draw(_ lines: [[Span]], in rect: Rect, on canvas: inout Canvas) {
    for (index, line) in lines.prefix(rect.height).enumerated() {
      canvas.write(line, row: rect.row + index, column: rect.column + 1, maxWidth: rect.width - 1)
    }
  }
}
