import Foundation

/// Scores over time: the core average of each graded session against each level's bar, then
/// one small chart per rubric dimension with the score each level's bar needs of it.
enum PracticeScoreSection {
  typealias Context = PracticeHTMLReport.Context

  static func section(_ context: Context) -> ReportSection {
    guard let rubric = context.rubric else {
      return ReportSection(
        id: "scores", title: "Scores over time",
        blocks: [.paragraph("No rubric is loaded to score against.", tone: .muted)])
    }
    let graded = context.graded
    guard let first = graded.first, let last = graded.last else {
      return ReportSection(
        id: "scores", title: "Scores over time",
        blocks: [.paragraph("Nothing graded with \(rubric.title) in this range.", tone: .muted)])
    }
    let perSession = graded.count <= PracticeHTMLReport.maxPoints
    let ticks = context.dateTicks(from: first.date, to: last.date)
    let xAxis = ChartAxis(
      title: "", lower: context.day(context.dates.startOfDay(first.date)), upper: context.day(last.date) + 0.5,
      ticks: ticks)
    let yAxis = ChartAxis(
      title: "score", lower: Double(rubric.scale.minimum), upper: Double(rubric.scale.maximum), wholeNumbers: true)
    let levels = rubric.bars.keys.sorted()
    var blocks: [ReportBlock] = []
    if !perSession {
      blocks.append(
        .paragraph(
          "\(graded.count) graded sessions: each point is the mean of a \(context.buckets.unitName).", tone: .muted))
    }

    // The core average, against each level's core-average bar.
    let averages: [(played: PlayedSession, value: Double)] = graded.compactMap { played in
      coreAverage(of: played.digest, rubric: rubric).map { (played, $0) }
    }
    let averageReferences = merged(
      levels.compactMap { level in
        rubric.bars[level]?.coreAverage.map { (level, $0, "core average \(Rubric.format($0))") }
      })
    let averagePoints = points(averages, context: context, perSession: perSession)
    blocks.append(
      .figure(
        ReportFigure(
          id: "chart-core-average",
          title: "Core average per \(perSession ? "graded session" : context.buckets.unitName)",
          summary:
            "The average of the core dimensions of \(averages.count) graded sessions, with the bar of each level.",
          chart: .lines(
            LineChart(
              series: [LineChart.Series(name: "core average", ink: .palette(0), points: averagePoints.chart)],
              references: averageReferences, xAxis: xAxis, yAxis: yAxis)),
          table: DataTable(
            caption: "Core average over time", columns: tableColumns(perSession, value: "Core average"),
            rows: averagePoints.rows))))

    for (index, dimension) in rubric.dimensions.enumerated() {
      let scores: [(played: PlayedSession, value: Double)] = graded.compactMap { played in
        played.digest.grade?.scores[dimension.id].map { (played, Double($0)) }
      }
      let references = merged(
        levels.filter(dimension.levels.contains).compactMap { level in
          SessionGradeSection.need(of: dimension, rubric: rubric, level: level).map { (level, $0.target, $0.text) }
        })
      let dimensionPoints = points(scores, context: context, perSession: perSession)
      let latest = scores.last.map { " Latest: \(Rubric.format($0.value))." } ?? ""
      blocks.append(
        .figure(
          ReportFigure(
            id: "chart-dimension-\(index + 1)", title: dimension.title,
            summary: "\(dimension.title): \(scores.count.counted("score")).\(latest)",
            chart: .lines(
              LineChart(
                series: [
                  LineChart.Series(name: dimension.title, ink: .palette(index + 1), points: dimensionPoints.chart)
                ],
                references: references, xAxis: xAxis, yAxis: yAxis, height: 210)),
            table: DataTable(
              caption: "\(dimension.title) over time", columns: tableColumns(perSession, value: "Score"),
              rows: dimensionPoints.rows))))
    }
    return ReportSection(id: "scores", title: "Scores over time", blocks: blocks)
  }

  /// The mean of the core dimensions the session's level scores (all levels' when it has
  /// none); nil when none of them is scored.
  static func coreAverage(of session: SessionDigest, rubric: Rubric) -> Double? {
    guard let scores = session.grade?.scores else { return nil }
    let core = (session.level.map(rubric.dimensions(for:)) ?? rubric.dimensions).filter(\.isCore)
    let values = core.compactMap { scores[$0.id] }
    return values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count)
  }

  /// One reference line per distinct value: levels whose bars agree share a line.
  static func merged(_ needs: [(level: Level, value: Double, text: String)]) -> [LineChart.Reference] {
    var references: [LineChart.Reference] = []
    var groups: [(value: Double, levels: [Level], text: String)] = []
    for need in needs {
      if let index = groups.firstIndex(where: { abs($0.value - need.value) < 1e-9 }) {
        groups[index].levels.append(need.level)
      } else {
        groups.append((need.value, [need.level], need.text))
      }
    }
    for (index, group) in groups.enumerated() {
      let names = group.levels.map(\.rawValue).joined(separator: " and ")
      references.append(
        LineChart.Reference(label: "\(names) bar: \(group.text)", value: group.value, ink: index == 0 ? .bad : .warn))
    }
    return references
  }

  static func tableColumns(_ perSession: Bool, value: String) -> [DataTable.Column] {
    perSession
      ? [.init("Date", isNumeric: true), .init("Question"), .init(value, isNumeric: true)]
      : [.init("Period"), .init("Sessions", isNumeric: true), .init("Mean \(value.lowercased())", isNumeric: true)]
  }

  /// The chart points and table rows of values over time: one per session, or the mean per period.
  static func points(
    _ values: [(played: PlayedSession, value: Double)], context: Context, perSession: Bool
  ) -> (chart: [LineChart.Point], rows: [[String]]) {
    let dates = context.dates
    if perSession {
      return (
        values.map { played, value in
          LineChart.Point(
            x: context.day(played.date), y: value,
            tooltip: "\(dates.day(played.date)) \(played.digest.question.title): \(Rubric.format(value))")
        },
        values.map { played, value in
          [dates.day(played.date), played.digest.question.title, Rubric.format(value)]
        }
      )
    }
    let buckets = context.buckets
    var sums: [Int: (total: Double, count: Int)] = [:]
    for (played, value) in values {
      guard let index = buckets.index(of: played.date) else { continue }
      let known = sums[index] ?? (0, 0)
      sums[index] = (known.total + value, known.count + 1)
    }
    let indices = sums.keys.sorted()
    var chart: [LineChart.Point] = []
    var rows: [[String]] = []
    for index in indices {
      guard let sum = sums[index] else { continue }
      let mean = sum.total / Double(sum.count)
      chart.append(
        LineChart.Point(
          x: context.day(buckets.starts[index]), y: mean, tooltip: "\(buckets.label(index)): \(Rubric.format(mean))"))
      rows.append([buckets.label(index), "\(sum.count)", Rubric.format(mean)])
    }
    return (chart, rows)
  }
}
