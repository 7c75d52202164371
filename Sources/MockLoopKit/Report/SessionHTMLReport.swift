import Foundation

/// One session as a report a mentor can read at a glance: the question and format, planned
/// against actual minutes per phase, a timeline of the mock, checklist coverage, the grade
/// against the bar of the session's level with the verdicts, the follow-ups, the notes, and,
/// once the session is finished and graded, the answer notes and the reference sketch.
public enum SessionHTMLReport {
  /// `question` is the question as the decks have it now (prompt, answer notes, reference);
  /// nil leaves those out. `now` stops an unfinished session's clock and dates the footer.
  public static func document(
    session: Session, rubric: Rubric?, question: Question?, now: Date, dates: ReportDates = ReportDates()
  ) -> ReportDocument {
    let report = SessionReport(session: session, now: now, rubric: rubric)
    let showsAnswers = report.finishedAt != nil && report.assessment != nil
    var sections = [questionSection(report, question: question)]
    sections.append(phaseSection(report))
    sections.append(SessionTimelineFigure.section(session: session, report: report))
    sections.append(checklistSection(report, session: session))
    sections.append(SessionGradeSection.section(report, session: session, rubric: rubric))
    sections.append(followUpSection(report, question: question, showsAnswers: showsAnswers))
    sections.append(
      ReportSection(
        id: "notes", title: "Notes",
        blocks: [report.notes.isEmpty ? .paragraph("(no notes)", tone: .muted) : .notes(report.notes)]))
    if showsAnswers, let reference = question?.reference, !reference.isEmpty {
      sections.append(ReportSection(id: "reference", title: "Reference sketch", blocks: [.notes(reference.reflowed)]))
    }
    if showsAnswers, let pitfalls = question?.pitfalls, !pitfalls.isEmpty {
      sections.append(
        ReportSection(
          id: "pitfalls", title: "Pitfalls of this question", blocks: [.list(pitfalls.map { ListItem($0) })]))
    }
    sections.append(.slot("calibration", title: "Calibration"))
    return ReportDocument(
      title: report.question.title, facts: facts(report, dates: dates), sections: sections,
      footer: "Made by MockLoop on \(dates.moment(now)) from your own data. This page loads nothing from anywhere.")
  }

  /// The page itself.
  public static func html(
    session: Session, rubric: Rubric?, question: Question?, now: Date, dates: ReportDates = ReportDates()
  ) -> String {
    HTMLReport.render(document(session: session, rubric: rubric, question: question, now: now, dates: dates))
  }

  static func facts(_ report: SessionReport, dates: ReportDates) -> [Fact] {
    var facts = [
      Fact("Session", report.id),
      Fact(report.startedAt == nil ? "Created" : "Started", dates.moment(report.startedAt ?? report.createdAt)),
      Fact("Format", "\(report.format.title) (\(report.format.id))"),
      Fact("Level", report.level?.rawValue ?? "any level"),
      Fact("Deck", report.question.deckID),
      Fact("State", report.state),
      Fact(
        "Interview time",
        "\(DurationText.clock(report.activeSeconds)) of \(DurationText.clock(report.plannedSeconds)) planned"),
    ]
    if report.pausedSeconds > 0 {
      let away = report.awaySeconds > 0 ? " (\(DurationText.clock(report.awaySeconds)) with the app closed)" : ""
      facts.append(Fact("Paused", DurationText.clock(report.pausedSeconds) + away))
    }
    let coverage = report.checklistCoverage
    facts.append(Fact("Checklist", "\(coverage.checked) of \(coverage.total.counted("item"))"))
    if !report.verdicts.isEmpty {
      facts.append(
        Fact(
          "Verdict",
          report.verdicts.map { "\($0.level.rawValue) \($0.isMet ? "met" : "not met")" }.joined(separator: ", ")))
    }
    return facts
  }

  static func questionSection(_ report: SessionReport, question: Question?) -> ReportSection {
    var blocks: [ReportBlock] = []
    if let question {
      blocks.append(.notes(question.prompt.reflowed))
    } else {
      blocks.append(.paragraph("The question \(report.question.id) is no longer in the decks.", tone: .muted))
    }
    return ReportSection(id: "question", title: "Question", blocks: blocks)
  }

  static func phaseSection(_ report: SessionReport) -> ReportSection {
    let groups = report.phases.map { phase in
      let over = phase.overrunSeconds > 0 ? "+" + DurationText.clock(phase.overrunSeconds) : nil
      return BarChart.Group(
        label: phase.title,
        bars: [
          BarChart.Bar(
            value: Double(phase.plannedSeconds) / 60, ink: .muted,
            tooltip: "\(phase.title): planned \(DurationText.clock(phase.plannedSeconds))"),
          BarChart.Bar(
            value: Double(phase.actualSeconds) / 60, ink: .palette(0), limit: Double(phase.plannedSeconds) / 60,
            label: over, tooltip: "\(phase.title): took \(DurationText.clock(phase.actualSeconds))"),
        ])
    }
    let chart = BarChart(
      groups: groups, valueAxis: ChartAxis(title: "minutes"),
      legend: [
        LegendEntry(label: "planned", ink: .muted), LegendEntry(label: "actual", ink: .palette(0)),
        LegendEntry(label: "over plan", ink: .bad),
      ])
    let overran = report.phases.filter { $0.overrunSeconds > 0 }
    let over =
      overran.isEmpty
      ? nil
      : "Over plan: " + overran.map { "\($0.title) +\(DurationText.clock($0.overrunSeconds))" }.joined(separator: ", ")
        + "."
    let notes = [over, report.shortPhasesLine].compactMap { $0 }
    let summary = notes.isEmpty ? "Every phase kept to its plan." : notes.joined(separator: " ")
    let table = DataTable(
      caption: "Planned and actual time per phase",
      columns: [
        .init("Phase"), .init("Planned", isNumeric: true), .init("Actual", isNumeric: true),
        .init("Over", isNumeric: true),
      ],
      rows: report.phases.map { phase in
        [
          phase.title, DurationText.clock(phase.plannedSeconds), DurationText.clock(phase.actualSeconds),
          phase.overrunSeconds > 0 ? "+" + DurationText.clock(phase.overrunSeconds) : "",
        ]
      })
    let figure = ReportFigure(
      id: "chart-phases", title: "Planned and actual minutes per phase", summary: summary, chart: .bars(chart),
      table: table)
    return ReportSection(id: "phases", title: "Time per phase", blocks: [.figure(figure), .paragraph(summary)])
  }

  static func checklistSection(_ report: SessionReport, session: Session) -> ReportSection {
    let groups = report.phases.map { phase in
      let ticked = phase.checklist.filter(\.checked).count
      let share = phase.checklist.isEmpty ? 0 : Double(ticked) / Double(phase.checklist.count) * 100
      return BarChart.Group(
        label: phase.title,
        bars: [
          BarChart.Bar(
            value: share, ink: .good, label: "\(ticked)/\(phase.checklist.count)",
            tooltip: "\(phase.title): \(ticked) of \(phase.checklist.count) ticked")
        ])
    }
    let coverage = report.checklistCoverage
    let summary = "\(coverage.checked) of \(coverage.total) checklist items ticked."
    let chart = BarChart(
      groups: groups, valueAxis: ChartAxis(title: "ticked", lower: 0, upper: 100, format: .percent), height: 240)
    let table = DataTable(
      caption: "Checklist items ticked per phase",
      columns: [.init("Phase"), .init("Ticked", isNumeric: true), .init("Items", isNumeric: true)],
      rows: report.phases.map { phase in
        [phase.title, "\(phase.checklist.filter(\.checked).count)", "\(phase.checklist.count)"]
      })
    var blocks: [ReportBlock] = [
      .figure(
        ReportFigure(
          id: "chart-checklist", title: "Checklist coverage per phase", summary: summary, chart: .bars(chart),
          table: table))
    ]
    for phase in report.phases where !phase.checklist.isEmpty {
      blocks.append(.heading(phase.title))
      blocks.append(
        .list(
          phase.checklist.map { item in
            ListItem(
              item.text, mark: item.checked ? .done : .missed,
              detail: item.checkedAt.map { "ticked at " + SessionTimelineFigure.clock(of: session, at: $0) })
          }))
    }
    return ReportSection(id: "checklist", title: "Checklist", blocks: blocks)
  }

  static func followUpSection(_ report: SessionReport, question: Question?, showsAnswers: Bool) -> ReportSection {
    guard !report.followUps.isEmpty else {
      return ReportSection(
        id: "follow-ups", title: "Follow-ups asked", blocks: [.paragraph("No follow-up was asked.", tone: .muted)])
    }
    var blocks: [ReportBlock] = []
    let items = report.followUps.enumerated().map { index, followUp in
      let answer = showsAnswers ? question?.followUp(withText: followUp.text)?.answer ?? [] : []
      let minute = DurationText.clock(followUp.seconds)
      return ListItem(
        "\(index + 1). \(followUp.text)", detail: "at \(minute)\(followUp.onDemand ? ", asked early" : "")",
        children: answer, childrenTitle: "A strong answer covers")
    }
    blocks.append(.list(items))
    if !showsAnswers, question?.followUps.contains(where: { !$0.answer.isEmpty }) == true {
      blocks.append(
        .paragraph("What a strong answer covers shows here once the session is finished and graded.", tone: .muted))
    }
    return ReportSection(id: "follow-ups", title: "Follow-ups asked", blocks: blocks)
  }
}
