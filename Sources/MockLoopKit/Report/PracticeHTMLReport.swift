import Foundation

/// The whole preparation as a report: sessions per week, each dimension's score over time
/// against the L6 and L7 bar, the verdict history, pacing habits per phase role, the
/// questions practised and never practised, and slots for calibration and plan coverage.
///
/// Only sessions started (or, never started, created) on or after `since` count. Scores and
/// verdicts count from finished sessions graded with `rubric`, as in `PracticeStats`.
public enum PracticeHTMLReport {
  /// Up to this many graded sessions the score charts show one point per session; beyond it,
  /// one point per week or month (the mean), and the verdict history shows the latest ones.
  public static let maxPoints = 60

  public static func document(
    sessions: [Session], content: ContentLibrary, rubric: Rubric?, since: Date?, now: Date,
    dates: ReportDates = ReportDates(), calibration: Calibration? = nil
  ) -> ReportDocument {
    document(
      digests: sessions.map(SessionDigest.init), content: content, rubric: rubric, since: since, now: now,
      dates: dates, calibration: calibration)
  }

  /// The ids of the sessions the report counts: all of them, or those started (never started:
  /// created) on or after `since`; the calibration is drawn from the same sessions.
  public static func countedSessionIDs(of digests: [SessionDigest], since: Date?) -> Set<String> {
    Set(counted(digests, since: since).map(\.digest.id))
  }

  /// The sessions counted from `since` on (all when nil), in the digests' order.
  private static func counted(_ digests: [SessionDigest], since: Date?) -> [PlayedSession] {
    digests.map(PlayedSession.init).filter { played in since.map { played.date >= $0 } ?? true }
  }

  /// The report from the sessions' digests (what the store keeps per session), by the same rules.
  public static func document(
    digests: [SessionDigest], content: ContentLibrary, rubric: Rubric?, since: Date?, now: Date,
    dates: ReportDates = ReportDates(), calibration: Calibration? = nil
  ) -> ReportDocument {
    let played = counted(digests, since: since).sorted(by: PlayedSession.chronologically)
    let stats = PracticeFigures(played: played, content: content, rubric: rubric, now: now, calendar: dates.calendar)
    let start = dates.startOfDay(since ?? played.first?.date ?? now)
    let context = Context(
      played: played, stats: stats, rubric: rubric, dates: dates, now: now, start: start,
      buckets: ReportBuckets(from: start, to: now, dates: dates))
    let sections = [
      sessionsSection(context),
      PracticeScoreSection.section(context),
      PracticeVerdictSection.section(context),
      pacingSection(context),
      questionsSection(context),
      .slot("calibration", title: "Calibration", blocks: calibration.map(CalibrationSection.blocks) ?? []),
      .slot("plan-coverage", title: "Plan coverage"),
    ]
    return ReportDocument(
      title: "Practice report", facts: facts(context, since: since), sections: sections,
      footer: "Made by MockLoop on \(dates.moment(now)) from your own data. This page loads nothing from anywhere.")
  }

  /// The page itself.
  public static func html(
    sessions: [Session], content: ContentLibrary, rubric: Rubric?, since: Date?, now: Date,
    dates: ReportDates = ReportDates(), calibration: Calibration? = nil
  ) -> String {
    html(
      digests: sessions.map(SessionDigest.init), content: content, rubric: rubric, since: since, now: now,
      dates: dates, calibration: calibration)
  }

  /// The page from the sessions' digests.
  public static func html(
    digests: [SessionDigest], content: ContentLibrary, rubric: Rubric?, since: Date?, now: Date,
    dates: ReportDates = ReportDates(), calibration: Calibration? = nil
  ) -> String {
    HTMLReport.render(
      document(
        digests: digests, content: content, rubric: rubric, since: since, now: now, dates: dates,
        calibration: calibration))
  }

  /// What every section reads.
  struct Context {
    var played: [PlayedSession]
    var stats: PracticeFigures
    var rubric: Rubric?
    var dates: ReportDates
    var now: Date
    /// Midnight of the first day the report covers; day 0 of the date axes.
    var start: Date
    var buckets: ReportBuckets

    var finished: [PlayedSession] { played.filter(\.isFinished) }

    /// Finished sessions graded with the rubric, oldest first.
    var graded: [PlayedSession] {
      guard let rubric else { return [] }
      return finished.filter { $0.digest.grade?.rubricID == rubric.id }
    }

    /// Days from `start`, the horizontal position of a date.
    func day(_ date: Date) -> Double { date.timeIntervalSince(start) / 86_400 }

    /// At most `count` ticks at whole days between two dates: every 1, 2 or 7 days, every 2
    /// or 4 weeks, or every 13, 26 or 52 weeks, whichever is the first to fit.
    func dateTicks(from first: Date, to last: Date, count: Int = 8) -> [AxisTick] {
      let low = dates.startOfDay(first)
      let span = max(1, day(last) - day(low))
      let step = [1, 2, 7, 14, 28, 91, 182, 364].first { span / Double($0) <= Double(count - 1) } ?? 364
      let days = PracticeCalendar(calendar: dates.calendar)
      var ticks: [AxisTick] = []
      var tick = step >= 7 ? days.weekStart(of: low) : low
      while tick <= last, ticks.count < count * 2 {
        if tick >= low {
          ticks.append(AxisTick(value: day(tick), label: span > 300 ? dates.month(tick) : dates.monthDay(tick)))
        }
        tick = days.adding(days: step, to: tick)
      }
      return ticks
    }
  }

  static func facts(_ context: Context, since: Date?) -> [Fact] {
    let dates = context.dates
    let stats = context.stats
    let active = context.finished.reduce(0.0) { $0 + $1.digest.activeSeconds }
    var facts = [
      Fact("From", since == nil && context.played.isEmpty ? "no sessions yet" : dates.day(context.start)),
      Fact("To", dates.day(context.now)),
      Fact("Sessions", "\(stats.totalSessions) (\(stats.finishedSessions) finished, \(stats.gradedSessions) graded)"),
      Fact("Interview time", DurationText.clock(active)),
      Fact("Streak", stats.currentStreakDays.counted("day")),
    ]
    if let rubric = context.rubric { facts.append(Fact("Rubric", "\(rubric.title) (\(rubric.id))")) }
    return facts
  }

  static func sessionsSection(_ context: Context) -> ReportSection {
    let buckets = context.buckets
    var counts = Array(repeating: 0, count: buckets.starts.count)
    for played in context.finished {
      if let index = buckets.index(of: played.date) { counts[index] += 1 }
    }
    let total = counts.reduce(0, +)
    guard total > 0 else {
      return ReportSection(
        id: "sessions", title: "Sessions", blocks: [.paragraph("No finished session in this range.", tone: .muted)])
    }
    let labelsCounts = counts.count <= ReportBuckets.maxWeeks
    let groups = counts.enumerated().map { index, count in
      BarChart.Group(
        label: buckets.shortLabel(index),
        bars: [
          BarChart.Bar(
            value: Double(count), ink: .palette(0), label: labelsCounts && count > 0 ? "\(count)" : nil,
            tooltip: "\(buckets.label(index)): \(count)")
        ])
    }
    let unit = buckets.unitName
    let busiest = counts.indices.max { counts[$0] != counts[$1] ? counts[$0] < counts[$1] : $0 > $1 } ?? 0
    let summary =
      "\(total) finished sessions over \(counts.count) \(unit)s; the most in the \(unit) of "
      + "\(buckets.shortLabel(busiest)): \(counts[busiest])."
    let table = DataTable(
      caption: "Finished sessions per \(unit)", columns: [.init(unit.capitalized), .init("Sessions", isNumeric: true)],
      rows: counts.enumerated().map { [buckets.label($0.offset), "\($0.element)"] })
    let chart = BarChart(
      groups: groups, valueAxis: ChartAxis(title: "finished sessions", lower: 0, wholeNumbers: true), height: 240)
    return ReportSection(
      id: "sessions", title: "Sessions per \(unit)",
      blocks: [
        .figure(
          ReportFigure(
            id: "chart-sessions", title: "Finished sessions per \(unit)", summary: summary, chart: .bars(chart),
            table: table))
      ])
  }

  static func pacingSection(_ context: Context) -> ReportSection {
    let roles = RolePacing.all(of: context.finished)
    guard !roles.isEmpty else {
      return ReportSection(
        id: "pacing", title: "Pacing", blocks: [.paragraph("No finished session in this range.", tone: .muted)])
    }
    let groups = roles.map { role in
      BarChart.Group(
        label: role.title,
        bars: [
          BarChart.Bar(
            value: role.median / 60, ink: role.median > 0 ? .bad : .good, label: signedClock(role.median),
            tooltip: "\(role.title): median \(signedClock(role.median)) over \(role.count.counted("phase"))")
        ], range: (role.lowerQuartile / 60)...(role.upperQuartile / 60))
    }
    let chart = BarChart(
      groups: groups, valueAxis: ChartAxis(title: "minutes over plan", format: .signed),
      legend: [
        LegendEntry(label: "median over plan", ink: .bad), LegendEntry(label: "median under plan", ink: .good),
        LegendEntry(label: "middle half (quartiles)", ink: .muted, mark: .range),
      ])
    let worst = roles.max { $0.median != $1.median ? $0.median < $1.median : $0.key > $1.key }
    let summary =
      worst.map { $0.median > 0 ? "\($0.title) runs longest: a median of \(signedClock($0.median)) over plan." : "" }
      ?? ""
    let table = DataTable(
      caption: "Actual minus planned time per phase role",
      columns: [
        .init("Role"), .init("Phases", isNumeric: true), .init("Median", isNumeric: true),
        .init("Middle half", isNumeric: true), .init("Ran over", isNumeric: true),
      ],
      rows: roles.map { role in
        [
          role.title, "\(role.count)", signedClock(role.median),
          "\(signedClock(role.lowerQuartile)) to \(signedClock(role.upperQuartile))",
          "\(Int((role.overShare * 100).rounded()))%",
        ]
      })
    return ReportSection(
      id: "pacing", title: "Pacing by phase role",
      blocks: [
        .figure(
          ReportFigure(
            id: "chart-pacing", title: "Time over plan per phase role",
            summary: summary.isEmpty ? "No role runs over plan at the median." : summary, chart: .bars(chart),
            table: table)),
        .paragraph(
          "A phase counts under its first role. Negative times mean the phase ended early.", tone: .muted),
      ])
  }

  static func questionsSection(_ context: Context) -> ReportSection {
    let stats = context.stats
    var blocks: [ReportBlock] = []
    if let next = stats.suggestion {
      blocks.append(.paragraph("Practise next: \(next.title). \(next.reason)"))
    }
    blocks.append(.heading("Practised (\(stats.dueQuestions.count))"))
    if stats.dueQuestions.isEmpty {
      blocks.append(.paragraph("None in this range.", tone: .muted))
    } else {
      blocks.append(
        .table(
          DataTable(
            caption: "Questions practised, the one left alone longest first",
            columns: [
              .init("Question"), .init("Deck"), .init("Attempts", isNumeric: true), .init("Last", isNumeric: true),
              .init("Days since", isNumeric: true),
            ],
            rows: stats.dueQuestions.map { question in
              [
                question.title, question.deckID, "\(question.attempts)", context.dates.day(question.lastAttemptedAt),
                "\(question.daysSince)",
              ]
            })))
    }
    blocks.append(.heading("Never practised (\(stats.untouchedQuestions.count))"))
    blocks.append(
      stats.untouchedQuestions.isEmpty
        ? .paragraph("Every question was practised.", tone: .muted)
        : .list(stats.untouchedQuestions.map { ListItem($0.title, detail: "\($0.id), \($0.deckID)") }))
    return ReportSection(id: "questions", title: "Questions", blocks: blocks)
  }

  /// "+1:30", "-0:45", "0:00" from seconds.
  static func signedClock(_ seconds: Double) -> String {
    let whole = DurationText.wholeSeconds(seconds)
    return whole > 0 ? "+" + DurationText.clock(whole) : whole < 0 ? "-" + DurationText.clock(-whole) : "0:00"
  }
}
