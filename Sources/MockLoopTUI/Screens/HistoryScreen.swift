import MockLoopKit

/// Past sessions, newest first: date, format, question, time and verdict.
enum HistoryScreen {
  static func render(_ history: HistoryState, state: AppState, on canvas: inout Canvas) {
    let (top, rest) = canvas.bounds.splitTop(1)
    TitleBar.render(title: "History", detail: "\(history.sessions.count) sessions", in: top, on: &canvas)
    let (footer, body) = rest.splitBottom(1)
    let visible = history.visible
    var title = "\(visible.count) shown · level \(history.levelFilter.rawValue)"
    if history.isSearching || !history.search.isEmpty {
      title += " · /\(history.search)" + (history.isSearching ? "▏" : "")
    }
    let inner = canvas.drawBox(in: body, title: title, role: .accent)
    let questionWidth = max(inner.width - 62, 12)
    let header =
      "DATE              LEVEL FORMAT          " + "QUESTION".padded(toWidth: questionWidth) + "   TIME  VERDICT"
    canvas.write(header, row: inner.row, column: inner.column + 1, role: .muted, maxWidth: inner.width - 1)
    let rows = visible.map { summary in
      ListView.Row(spans: [
        Span(DurationText.day(summary.createdAt).padded(toWidth: 18)),
        Span((summary.level?.rawValue ?? "-").padded(toWidth: 6), role: .accent),
        Span(summary.formatID.fitted(toWidth: 15, ellipsis: true) + " ", role: .muted),
        Span(summary.questionTitle.fitted(toWidth: questionWidth, ellipsis: true)),
        Span((summary.activeSeconds.map { DurationText.clock($0) } ?? "-").leftPadded(toWidth: 8) + "  "),
        verdictSpan(summary, rubric: summary.rubricID.flatMap(state.content.rubric(id:))),
      ])
    }
    if rows.isEmpty {
      canvas.write(
        history.sessions.isEmpty ? "No sessions yet: start one from home." : "Nothing matches the filter.",
        row: inner.row + 1, column: inner.column + 1, role: .muted)
    } else {
      canvas.render(ListView(rows: rows, selectedIndex: history.cursor), in: inner.inset(top: 1))
    }
    Footer.render(
      context: state.keyContext,
      status: history.isSearching ? "Type to search · Enter keeps · Esc clears" : state.status,
      in: footer, on: &canvas)
  }

  static func verdictSpan(_ summary: SessionSummary, rubric: Rubric?) -> Span {
    if summary.finishedAt == nil { return Span("unfinished", role: .warning) }
    guard let scores = summary.scores, let rubric, rubric.id == summary.rubricID else {
      return Span("not graded", role: .muted)
    }
    let met = Level.allCases.filter { rubric.verdict(for: $0, scores: scores).isMet }
    if met.isEmpty { return Span("below L6", role: .error) }
    return Span(met.map { "\($0.rawValue) ✓" }.joined(separator: " "), role: .success)
  }
}

extension String {
  /// Right-aligned in `width` columns.
  func leftPadded(toWidth width: Int) -> String {
    String(repeating: " ", count: max(width - displayWidth, 0)) + self
  }
}

/// One session in full: time per phase as bars, checklist coverage, follow-ups, scores against
/// the bar, the notes; after grading, the reference sketch and the follow-ups' answer notes
/// beside the notes.
enum RecordScreen {
  static func render(_ record: RecordState, state: AppState, on canvas: inout Canvas) {
    let session = record.session
    let rubric = state.rubric(for: session)
    var report = SessionReport(session: session, now: state.now, rubric: rubric)
    report.calculations = record.calculations
    let (top, rest) = canvas.bounds.splitTop(1)
    TitleBar.render(
      title: session.question.title,
      detail: "\(DurationText.day(report.startedAt ?? report.createdAt)) · \(session.format.id)",
      in: top, on: &canvas)
    let (footer, body) = rest.splitBottom(1)
    if record.showsReference {
      let (left, right) = body.splitLeft(body.width / 2)
      let notesInner = canvas.drawBox(in: left, title: "Your notes")
      let width = max(notesInner.width - 2, 1)
      SessionScreen.draw(
        Array(wrapped(session.notes.isEmpty ? "(no notes)" : session.notes, width: width).dropFirst(record.scroll)).map
        { [Span($0)] },
        in: notesInner, on: &canvas)
      let referenceInner = canvas.drawBox(in: right, title: "Reference sketch and answer notes", role: .accent)
      let reference = ReferenceView.lines(
        question: state.content.question(id: session.question.id)?.question, session: session,
        width: max(referenceInner.width - 2, 1))
      SessionScreen.draw(Array(reference.dropFirst(record.scroll)), in: referenceInner, on: &canvas)
      Footer.render(context: .record, status: state.status, in: footer, on: &canvas)
      return
    }
    let inner = canvas.drawBox(in: body, title: "Session \(session.id.prefix(8)) · \(report.state)", role: .accent)
    let lines = recordLines(report, rubric: rubric, width: inner.width - 2)
    let first = min(record.scroll, max(lines.count - inner.height, 0))
    SessionScreen.draw(Array(lines.dropFirst(first)), in: inner, on: &canvas)
    Footer.render(context: .record, status: state.status, in: footer, on: &canvas)
  }

  static func recordLines(_ report: SessionReport, rubric: Rubric?, width: Int) -> [[Span]] {
    var lines: [[Span]] = []
    let coverage = report.checklistCoverage
    lines.append([
      Span(
        "Time \(DurationText.clock(report.activeSeconds)) of \(DurationText.clock(report.plannedSeconds))", role: .title
      ),
      Span(
        (report.pausedSeconds > 0 ? " · paused \(DurationText.clock(report.pausedSeconds))" : "")
          + " · checklist \(coverage.checked)/\(coverage.total) · \(report.level?.rawValue ?? "any level")",
        role: .muted),
    ])
    lines.append([])
    lines.append([Span("Planned ░ and actual █ minutes per phase (▓ overrun)", role: .accent)])
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
    lines.append([])
    lines.append([Span("Checklist", role: .accent)])
    for phase in report.phases {
      lines.append([Span(phase.title, role: .title)])
      for item in phase.checklist {
        lines.append([
          Span(item.checked ? "  [x] " : "  [ ] ", role: item.checked ? .checked : .unchecked), Span(item.text),
        ])
      }
    }
    if !report.followUps.isEmpty {
      lines.append([])
      lines.append([Span("Follow-ups asked", role: .accent)])
      for followUp in report.followUps {
        lines.append([
          Span(String(format: "  %2dm ", Int(followUp.minute)), role: .muted), Span(followUp.text, role: .followup),
          Span(followUp.onDemand ? "  (asked early)" : "", role: .muted),
        ])
      }
    }
    lines.append([])
    if let assessment = report.assessment, let rubric {
      lines.append([Span("Scores", role: .accent)])
      for dimension in rubric.dimensions {
        let score = assessment.scores[dimension.id]
        lines.append([
          Span("  " + dimension.title.fitted(toWidth: 40, ellipsis: true) + " ", role: .text),
          Span(score.map { "\($0) \(rubric.scale.label(for: $0))" } ?? "-", role: .accent),
        ])
      }
      for verdict in report.verdicts {
        lines.append([
          Span(verdict.isMet ? "  ✓ " : "  ✗ ", role: verdict.isMet ? .success : .error), Span(verdict.summary),
        ])
      }
      if !assessment.wentWell.isEmpty {
        lines.append([Span("  Went well: ", role: .title), Span(assessment.wentWell)])
      }
      if !assessment.toImprove.isEmpty {
        lines.append([Span("  To improve: ", role: .title), Span(assessment.toImprove)])
      }
    } else {
      lines.append([Span("Not graded yet: press g.", role: .muted)])
    }
    lines += CalculationLines.lines(report.calculations ?? [], startedAt: report.startedAt)
    lines.append([])
    lines.append([Span("Notes", role: .accent)])
    for line in wrapped(report.notes.isEmpty ? "(none)" : report.notes, width: max(width - 2, 1)) {
      lines.append([Span("  " + line)])
    }
    return lines
  }
}
