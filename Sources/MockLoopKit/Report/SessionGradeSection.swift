/// The grade of one session: each dimension's score against what the bar of the session's
/// level needs of it, the verdict per level with its reasons, and the candidate's own words.
enum SessionGradeSection {
  static func section(_ report: SessionReport, session: Session, rubric: Rubric?) -> ReportSection {
    guard let assessment = report.assessment else {
      return ReportSection(
        id: "grade", title: "Grade", blocks: [.paragraph("Not graded yet.", tone: .muted)])
    }
    guard let rubric, rubric.id == assessment.rubricID else {
      let scores = assessment.scores.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      return ReportSection(
        id: "grade", title: "Grade",
        blocks: [
          .paragraph("Graded with the rubric \(assessment.rubricID), which is not loaded now.", tone: .muted),
          .paragraph("Scores: " + (scores.isEmpty ? "none" : scores.joined(separator: ", "))),
        ])
    }
    let level = report.level ?? report.verdicts.first?.level ?? .l6
    var blocks: [ReportBlock] = []
    if let figure = figure(assessment: assessment, rubric: rubric, level: level) { blocks.append(.figure(figure)) }
    for verdict in report.verdicts {
      blocks.append(.paragraph(verdict.summary, tone: verdict.isMet ? .good : .bad))
    }
    if let warnings = report.verdicts.first?.warnings, !warnings.isEmpty {
      blocks.append(.heading("Why this verdict is shaky"))
      blocks.append(.paragraph("The session is too thin to support a verdict:", tone: .bad))
      blocks.append(.list(warnings.map { ListItem($0, mark: .missed) }))
    }
    if let statement = rubric.barStatement(for: level) { blocks.append(.paragraph(statement, tone: .muted)) }
    if !assessment.wentWell.isEmpty {
      blocks.append(.heading("Went well"))
      blocks.append(.notes(assessment.wentWell))
    }
    if !assessment.toImprove.isEmpty {
      blocks.append(.heading("To improve"))
      blocks.append(.notes(assessment.toImprove))
    }
    let checks = rubric.selfAssessment.flatMap { group in
      group.items.enumerated().compactMap { index, item in
        assessment.selfChecks.contains("\(group.id)/\(index)") ? ListItem(item, mark: .done, detail: group.title) : nil
      }
    }
    if !checks.isEmpty {
      blocks.append(.heading("Self-assessment ticked"))
      blocks.append(.list(checks))
    }
    return ReportSection(id: "grade", title: "Grade", blocks: blocks)
  }

  /// What the bar of `level` asks of one dimension: `target`, the score it requires, else
  /// the core average for a core dimension, else the floor; and `floor`, the lowest score the
  /// bar allows it (its required score, else the floor of every dimension). Nil when the level
  /// has no bar.
  static func need(of dimension: RubricDimension, rubric: Rubric, level: Level) -> Need? {
    guard let rule = rubric.bars[level] else { return nil }
    if let required = rule.required[dimension.id] {
      return Need(target: Double(required), floor: required, text: "at least \(required)")
    }
    let floor = rule.minimumEach
    if dimension.isCore, let average = rule.coreAverage {
      let text = "core average \(Rubric.format(average))" + (floor.map { ", none below \($0)" } ?? "")
      return Need(target: average, floor: floor, text: text)
    }
    if let floor { return Need(target: Double(floor), floor: floor, text: "at least \(floor)") }
    return nil
  }

  /// What a level's bar asks of one dimension.
  struct Need: Equatable {
    /// The line drawn across the dimension's bar.
    var target: Double
    /// A score under this fails the bar on its own.
    var floor: Int?
    /// "at least 3", "core average 3.0, none below 2".
    var text: String

    /// How `score` stands: reaching the target, under it but allowed (an average can carry it),
    /// or failing the bar.
    func standing(of score: Int) -> ChartInk {
      if let floor, score < floor { return .bad }
      return Double(score) + 1e-9 >= target ? .good : .warn
    }
  }

  static func figure(assessment: Assessment, rubric: Rubric, level: Level) -> ReportFigure? {
    let dimensions = rubric.dimensions(for: level)
    guard !dimensions.isEmpty else { return nil }
    var groups: [BarChart.Group] = []
    var rows: [[String]] = []
    var standings: Set<ChartInk> = []
    for dimension in dimensions {
      let need = need(of: dimension, rubric: rubric, level: level)
      guard let score = assessment.scores[dimension.id] else {
        groups.append(BarChart.Group(label: dimension.title, bars: [], target: need?.target))
        rows.append([dimension.title, "not scored", "", need?.text ?? ""])
        continue
      }
      let standing = need?.standing(of: score) ?? .good
      standings.insert(standing)
      groups.append(
        BarChart.Group(
          label: dimension.title,
          bars: [
            BarChart.Bar(
              value: Double(score), ink: standing, label: "\(score)",
              tooltip: "\(dimension.title): \(score) (\(rubric.scale.label(for: score)))")
          ], target: need?.target))
      rows.append([dimension.title, "\(score)", rubric.scale.label(for: score), need?.text ?? ""])
    }
    let chart = BarChart(
      groups: groups,
      valueAxis: ChartAxis(
        title: "score", lower: 0, upper: Double(rubric.scale.maximum), wholeNumbers: true),
      legend: [
        LegendEntry(label: "reaches it", ink: .good),
        LegendEntry(label: "under it, the average may carry it", ink: .warn),
        LegendEntry(label: "fails the bar", ink: .bad),
      ].filter { standings.contains($0.ink) } + [
        LegendEntry(label: "what the \(level.rawValue) bar asks", ink: .muted, mark: .target)
      ])
    let table = DataTable(
      caption: "Scores against the \(level.rawValue) bar",
      columns: [
        .init("Dimension"), .init("Score", isNumeric: true), .init("Meaning"),
        .init("The \(level.rawValue) bar asks"),
      ],
      rows: rows)
    let scored = dimensions.filter { assessment.scores[$0.id] != nil }.count
    return ReportFigure(
      id: "chart-grade", title: "Score per dimension against the \(level.rawValue) bar",
      summary: "\(scored) of \(dimensions.count.counted("dimension")) scored on a scale of \(rubric.scale.minimum) to "
        + "\(rubric.scale.maximum).",
      chart: .bars(chart), table: table)
  }
}
