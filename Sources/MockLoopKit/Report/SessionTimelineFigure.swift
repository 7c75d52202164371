import Foundation

/// The timeline of one mock on its interview clock (pauses take no room): the planned phases
/// against the phases as they ran, the follow-ups asked, the checklist ticks and the pauses.
enum SessionTimelineFigure {
  /// Something that happened, at a second of interview time. At the same second, what ends a
  /// phase (a tick, a follow-up) is listed before the change of phase: `rank` orders them.
  struct Moment {
    var seconds: Double
    var text: String
    var rank = 1
  }

  /// Interview seconds (pauses excluded) from the start to `date`.
  static func seconds(of session: Session, at date: Date) -> Double { session.timeline(at: date).activeSeconds }

  /// "14:20": the interview clock at `date`.
  static func clock(of session: Session, at date: Date) -> String {
    DurationText.clock(seconds(of: session, at: date))
  }

  static func section(session: Session, report: SessionReport) -> ReportSection {
    guard report.startedAt != nil else {
      return ReportSection(
        id: "timeline", title: "Timeline", blocks: [.paragraph("The mock was never started.", tone: .muted)])
    }
    let phases = session.format.phases
    var moments: [Moment] = []
    var planned: [TimelineChart.Item] = []
    var minute = 0.0
    for (index, phase) in phases.enumerated() {
      planned.append(
        .span(
          from: minute, to: minute + Double(phase.minutes), label: phase.title, ink: .palette(index),
          tooltip: "\(phase.title): planned \(phase.minutes) min"))
      minute += Double(phase.minutes)
    }

    var actual: [TimelineChart.Item] = []
    var pauses: [TimelineChart.Item] = []
    var current = 0
    var spanStart: Double?
    var pauseStart: (event: SessionEvent, seconds: Double)?
    let end = Double(report.activeSeconds)
    func closeSpan(at seconds: Double) {
      guard let start = spanStart, phases.indices.contains(current) else { return }
      let title = phases[current].title
      actual.append(
        .span(
          from: start / 60, to: seconds / 60, label: title, ink: .palette(current),
          tooltip:
            "\(title): \(DurationText.clock(start)) to \(DurationText.clock(seconds))"))
      spanStart = nil
    }
    func closePause(at date: Date) {
      guard let (event, seconds) = pauseStart else { return }
      let away = event.reason == .away
      let length = DurationText.clock(date.timeIntervalSince(event.at))
      let why = away ? "the app was not running" : "paused"
      pauses.append(
        .mark(
          at: seconds / 60, shape: .hollow, ink: away ? .muted : .warn, label: length,
          tooltip: "\(why) for \(length) at \(DurationText.clock(seconds))"))
      moments.append(
        Moment(seconds: seconds, text: away ? "Away for \(length) (the app was not running)" : "Paused for \(length)"))
      pauseStart = nil
    }
    var started = false
    for event in session.events {
      let seconds = min(Self.seconds(of: session, at: event.at), end)
      switch event.kind {
      case .start:
        guard !started else { continue }
        started = true
        spanStart = 0
        if let first = phases.first { moments.append(Moment(seconds: 0, text: "Started: \(first.title)", rank: 0)) }
      case .pause:
        guard pauseStart == nil else { continue }
        pauseStart = (event, seconds)
      case .resume: closePause(at: event.at)
      case .nextPhase, .previousPhase:
        guard started else { continue }
        closeSpan(at: seconds)
        current = event.kind == .nextPhase ? min(current + 1, phases.count - 1) : max(current - 1, 0)
        spanStart = seconds
        if phases.indices.contains(current) {
          let how = event.kind == .nextPhase ? "Next phase" : "Back to"
          moments.append(Moment(seconds: seconds, text: "\(how): \(phases[current].title)", rank: 2))
        }
      case .finish:
        closeSpan(at: seconds)
        closePause(at: event.at)
        moments.append(Moment(seconds: seconds, text: "Finished", rank: 3))
      case .followUpRevealed: continue
      }
      if event.kind == .finish { break }
    }
    closeSpan(at: end)
    if let open = pauseStart { closePause(at: report.finishedAt ?? session.lastSeenAt ?? open.event.at) }

    var asked: [TimelineChart.Item] = []
    for (index, followUp) in report.followUps.enumerated() {
      let seconds = min(seconds(of: session, at: followUp.revealedAt), end)
      asked.append(
        .mark(
          at: seconds / 60, shape: .diamond, ink: .palette(3), label: "\(index + 1)",
          tooltip: "Follow-up \(index + 1): \(followUp.text)"))
      moments.append(
        Moment(
          seconds: seconds, text: "Follow-up \(index + 1)\(followUp.onDemand ? " (asked early)" : ""): \(followUp.text)"
        ))
    }
    var ticks: [TimelineChart.Item] = []
    for mark in session.marks.sorted(by: { $0.at < $1.at }) {
      let seconds = min(seconds(of: session, at: mark.at), end)
      let phase = phases.first { $0.id == mark.phaseID }?.title ?? mark.phaseID
      ticks.append(.mark(at: seconds / 60, shape: .tick, ink: .good, tooltip: "Ticked: \(mark.text) (\(phase))"))
      moments.append(Moment(seconds: seconds, text: "Ticked in \(phase): \(mark.text)"))
    }

    var lanes = [TimelineChart.Lane(label: "Plan", items: planned), TimelineChart.Lane(label: "Actual", items: actual)]
    var legend: [LegendEntry] = []
    if !asked.isEmpty {
      lanes.append(TimelineChart.Lane(label: "Follow-ups", items: asked))
      legend.append(LegendEntry(label: "follow-up asked", ink: .palette(3), mark: .diamond))
    }
    if !ticks.isEmpty {
      lanes.append(TimelineChart.Lane(label: "Checklist", items: ticks))
      legend.append(LegendEntry(label: "checklist tick", ink: .good, mark: .tick))
    }
    if !pauses.isEmpty {
      lanes.append(TimelineChart.Lane(label: "Pauses", items: pauses))
      legend.append(LegendEntry(label: "paused", ink: .warn, mark: .hollow))
      if pauses.contains(where: { $0.ink == .muted }) {
        legend.append(LegendEntry(label: "app not running", ink: .muted, mark: .hollow))
      }
    }
    let chart = TimelineChart(
      lanes: lanes, axis: ChartAxis(title: "minutes of interview time (pauses take no room)", lower: 0), legend: legend)
    let ordered = moments.enumerated().sorted { lhs, rhs in
      (lhs.element.seconds, lhs.element.rank, lhs.offset) < (rhs.element.seconds, rhs.element.rank, rhs.offset)
    }.map(\.element)
    let table = DataTable(
      caption: "What happened, by the interview clock", columns: [.init("At", isNumeric: true), .init("What")],
      rows: ordered.map { [DurationText.clock($0.seconds), $0.text] })
    let summary =
      "\(report.phases.count.counted("phase")) over \(DurationText.clock(report.activeSeconds)) of interview time; "
      + "\(report.followUps.count.counted("follow-up")) asked, \(session.marks.count.counted("checklist tick")), \(pauses.count.counted("pause"))."
    let figure = ReportFigure(
      id: "chart-timeline", title: "Timeline of the mock", summary: summary, chart: .timeline(chart), table: table)
    return ReportSection(id: "timeline", title: "Timeline", blocks: [.figure(figure)])
  }
}
