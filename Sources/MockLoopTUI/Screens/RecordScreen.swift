import MockLoopKit

/// One session in full: time per phase as bars, checklist coverage, follow-ups, scores against
/// the bar, the notes; after grading, the reference sketch and the follow-ups' answer notes
/// beside the notes, each side scrolling on its own.
enum RecordScreen {
  /// Where the parts go: one box, or the notes and the reference side by side.
  struct Layout {
    var title: Rect
    var body: Rect
    var notes: Rect
    var reference: Rect
    var footer: Rect

    init(width: Int, height: Int) {
      let (top, rest) = Rect(width: width, height: height).splitTop(1)
      title = top
      (footer, body) = rest.splitBottom(1)
      (notes, reference) = body.splitLeft(body.width / 2)
    }
  }

  static func render(_ record: RecordState, state: AppState, on canvas: inout Canvas) {
    if let comparison = record.comparison { return CompareScreen.render(comparison, state: state, on: &canvas) }
    let session = record.session
    let report = SessionReport(session: session, now: state.now, rubric: state.rubric(for: session))
    let layout = Layout(width: state.width, height: state.height)
    TitleBar.render(
      title: session.question.title,
      detail: "\(DurationText.day(report.startedAt ?? report.createdAt)) · \(session.format.id)",
      in: layout.title, on: &canvas)
    if record.showsReference {
      SessionScreen.renderText(
        notesLines(record, width: SessionScreen.textWidth(layout.notes)), scroll: record.notesScroll,
        title: "Your notes", role: record.focus == .notes ? .accent : .border, in: layout.notes, on: &canvas)
      SessionScreen.renderText(
        referenceLines(record, state: state, width: SessionScreen.textWidth(layout.reference)),
        scroll: record.referenceScroll, title: "Reference sketch and answer notes",
        role: record.focus == .reference ? .accent : .border, in: layout.reference, on: &canvas)
    } else {
      SessionScreen.renderText(
        lines(record, state: state, width: SessionScreen.textWidth(layout.body)), scroll: record.scroll,
        title: "Session \(session.id.prefix(8)) · \(report.state)", role: .accent, in: layout.body, on: &canvas)
    }
    Footer.render(context: .record, status: state.status, in: layout.footer, on: &canvas)
  }

  /// The panes of the record at the current size: one, or two side by side with the reference.
  static func panes(_ record: RecordState, state: AppState) -> [ScreenPane] {
    if let comparison = record.comparison { return CompareScreen.panes(comparison, state: state) }
    let layout = Layout(width: state.width, height: state.height)
    func pane(_ id: PaneID, _ frame: Rect, _ count: Int) -> ScreenPane {
      ScreenPane(id: id, frame: frame, viewport: frame.inset(by: 1), contentHeight: count)
    }
    guard record.showsReference else {
      return [
        pane(.record, layout.body, lines(record, state: state, width: SessionScreen.textWidth(layout.body)).count)
      ]
    }
    return [
      pane(.recordNotes, layout.notes, notesLines(record, width: SessionScreen.textWidth(layout.notes)).count),
      pane(
        .reference, layout.reference,
        referenceLines(record, state: state, width: SessionScreen.textWidth(layout.reference)).count),
    ]
  }

  static func lines(_ record: RecordState, state: AppState, width: Int) -> [[Span]] {
    let rubric = state.rubric(for: record.session)
    var report = SessionReport(session: record.session, now: state.now, rubric: rubric)
    report.calculations = record.calculations
    report.interviewer = record.interviewer
    // The pitfalls are part of the answer: hidden, as the reference is, until the session is graded.
    let question = state.content.question(id: record.session.question.id)?.question
    let pitfalls = record.session.assessment == nil ? [] : question?.pitfalls ?? []
    return recordLines(report, rubric: rubric, pitfalls: pitfalls, width: width)
  }

  static func notesLines(_ record: RecordState, width: Int) -> [[Span]] {
    let notes = record.session.notes
    return wrapped(notes.isEmpty ? "(no notes)" : notes, width: width).map { [Span($0)] }
  }

  static func referenceLines(_ record: RecordState, state: AppState, width: Int) -> [[Span]] {
    ReferenceView.lines(
      question: state.content.question(id: record.session.question.id)?.question, session: record.session,
      width: width)
  }

  static func recordLines(_ report: SessionReport, rubric: Rubric?, pitfalls: [String] = [], width: Int) -> [[Span]] {
    var lines: [[Span]] = []
    let coverage = report.checklistCoverage
    lines += SpanWrap.lines(
      [
        Span(
          "Time \(DurationText.clock(report.activeSeconds)) of \(DurationText.clock(report.plannedSeconds))",
          role: .title),
        Span(
          (report.pausedSeconds > 0 ? " · paused \(DurationText.clock(report.pausedSeconds))" : "")
            + " · checklist \(coverage.checked)/\(coverage.total) · \(report.level?.rawValue ?? "any level")",
          role: .muted),
      ], width: width)
    lines.append([])
    lines += SpanWrap.lines("Planned ░ and actual █ minutes per phase (▓ overrun)", role: .accent, width: width)
    let labelWidth = min(26, width / 3)
    let barWidth = max(width - labelWidth - 24, 4)
    let longest = Double(report.phases.map { max($0.plannedSeconds, $0.actualSeconds) }.max() ?? 1)
    for phase in report.phases {
      let bar = HorizontalBar(
        planned: Double(phase.plannedSeconds), actual: Double(phase.actualSeconds), maximum: longest)
      let over = phase.overrunSeconds > 0 ? " +\(DurationText.clock(phase.overrunSeconds))" : ""
      let checked = phase.checklist.filter(\.checked).count
      lines.append(
        [Span(phase.title.fitted(toWidth: labelWidth, ellipsis: true) + " ")] + bar.spans(width: barWidth) + [
          Span(" \(DurationText.clock(phase.actualSeconds))/\(DurationText.clock(phase.plannedSeconds))", role: .muted),
          Span(over, role: .timerOverrun), Span(" ✓\(checked)/\(phase.checklist.count)", role: .checked),
        ])
    }
    if let short = report.shortPhasesLine { lines += SpanWrap.lines(short, role: .warning, width: width) }
    lines.append([])
    lines.append([Span("Checklist", role: .accent)])
    for phase in report.phases {
      lines += SpanWrap.lines(phase.title, role: .title, width: width)
      for item in phase.checklist {
        lines += SpanWrap.lines(
          lead: [Span(item.checked ? "  [x] " : "  [ ] ", role: item.checked ? .checked : .unchecked)], item.text,
          width: width)
      }
    }
    if !report.followUps.isEmpty {
      lines.append([])
      lines.append([Span("Follow-ups asked", role: .accent)])
      for followUp in report.followUps {
        lines += SpanWrap.lines(
          lead: [Span("  " + DurationText.clock(followUp.seconds).leftPadded(toWidth: 5) + " ", role: .muted)],
          [Span(followUp.text, role: .followup), Span(followUp.onDemand ? "  (asked early)" : "", role: .muted)],
          width: width)
      }
    }
    lines.append([])
    if let assessment = report.assessment, let rubric {
      lines.append([Span("Scores", role: .accent)])
      let nameWidth = min(40, max(width - 22, 12))
      for dimension in rubric.dimensions {
        let score = assessment.scores[dimension.id]
        lines.append([
          Span("  " + dimension.title.fitted(toWidth: nameWidth, ellipsis: true) + " ", role: .text),
          Span(score.map { "\($0) \(rubric.scale.label(for: $0))" } ?? "-", role: .accent),
        ])
      }
      for verdict in report.verdicts {
        lines += SpanWrap.lines(
          lead: [Span(verdict.isMet ? "  ✓ " : "  ✗ ", role: verdict.isMet ? .success : .error)], verdict.summary,
          width: width)
      }
      lines += VerdictWarningLines.lines(report.verdicts.first?.warnings ?? [], indent: "  ", width: width)
      if !assessment.wentWell.isEmpty {
        lines += SpanWrap.lines(
          lead: [Span("  Went well: ", role: .title)], assessment.wentWell, width: width)
      }
      if !assessment.toImprove.isEmpty {
        lines += SpanWrap.lines(
          lead: [Span("  To improve: ", role: .title)], assessment.toImprove, width: width)
      }
    } else {
      lines.append([Span("Not graded yet: press R.", role: .muted)])
    }
    lines += PitfallLines.lines(pitfalls, width: width)
    lines += InterviewerRecordLines.lines(report, rubric: rubric, width: width)
    lines += CalculationLines.lines(report.calculations ?? [], startedAt: report.startedAt)
    lines.append([])
    lines.append([Span("Notes", role: .accent)])
    for line in wrapped(report.notes.isEmpty ? "(none)" : report.notes, width: max(width - 2, 1)) {
      lines.append([Span("  " + line)])
    }
    return lines
  }
}
