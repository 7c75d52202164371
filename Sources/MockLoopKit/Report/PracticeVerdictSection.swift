import Foundation

/// Which graded sessions met each level's bar, as marks on a time line (the latest
/// `PracticeHTMLReport.maxPoints` of them) and as counts over the whole range. A session is
/// judged at a level only when every dimension of that level was scored; a verdict on a session
/// too thin to support it carries its warnings (`VerdictWarnings`), counted apart.
enum PracticeVerdictSection {
  typealias Context = PracticeHTMLReport.Context

  static func section(_ context: Context) -> ReportSection {
    guard let rubric = context.rubric, !context.graded.isEmpty else {
      return ReportSection(
        id: "verdicts", title: "Verdicts", blocks: [.paragraph("Nothing graded in this range.", tone: .muted)])
    }
    let levels = rubric.bars.keys.sorted()
    // Sessions often share their scores: each distinct set is judged once.
    var known: [[String: Int]: [Level: Verdict]] = [:]
    let judged: [(played: PlayedSession, verdicts: [Level: Verdict])] = context.graded.map { played in
      let scores = played.digest.grade?.scores ?? [:]
      if let verdicts = known[scores] { return (played, verdicts) }
      var verdicts: [Level: Verdict] = [:]
      for level in levels where rubric.dimensions(for: level).allSatisfy({ scores[$0.id] != nil }) {
        verdicts[level] = rubric.verdict(for: level, scores: scores)
      }
      known[scores] = verdicts
      return (played, verdicts)
    }.map { played, verdicts in
      let warnings = VerdictWarnings.of(played)
      return (played, warnings.isEmpty ? verdicts : verdicts.mapValues { $0.warned(warnings) })
    }
    var blocks: [ReportBlock] = []
    let recent = judged.suffix(PracticeHTMLReport.maxPoints)
    if let first = recent.first, let last = recent.last {
      let lanes = levels.map { level in
        TimelineChart.Lane(
          label: "\(level.rawValue) bar",
          items: recent.compactMap { played, verdicts in
            verdicts[level].map { verdict in
              .mark(
                at: context.day(played.date), shape: verdict.isMet ? .dot : .hollow, ink: verdict.isMet ? .good : .bad,
                tooltip: "\(context.dates.day(played.date)) \(played.digest.question.title): \(verdict.summary)")
            }
          })
      }
      let chart = TimelineChart(
        lanes: lanes,
        axis: ChartAxis(
          title: "", lower: context.day(context.dates.startOfDay(first.played.date)),
          upper: context.day(last.played.date) + 0.5,
          ticks: context.dateTicks(from: first.played.date, to: last.played.date)),
        legend: [
          LegendEntry(label: "bar met", ink: .good, mark: .dot),
          LegendEntry(label: "bar not met", ink: .bad, mark: .hollow),
        ])
      let table = DataTable(
        caption: "Verdicts of the latest graded sessions",
        columns: [.init("Date", isNumeric: true), .init("Question")] + levels.map { .init($0.rawValue) },
        rows: recent.map { played, verdicts in
          [context.dates.day(played.date), played.digest.question.title]
            + levels.map { level in
              verdicts[level].map { verdict in
                let count = verdict.warnings.count
                let warned = count == 0 ? "" : count == 1 ? ", 1 warning" : ", \(count) warnings"
                return (verdict.isMet ? "met" : "not met") + warned
              } ?? "not judged"
            }
        })
      let shown = recent.count < judged.count ? "the latest \(recent.count) of \(judged.count)" : "\(recent.count)"
      blocks.append(
        .figure(
          ReportFigure(
            id: "chart-verdicts", title: "Verdicts of \(shown) graded sessions",
            summary: "Each mark is a graded session: filled where it met the level's bar, hollow where it did not.",
            chart: .timeline(chart), table: table)))
    }
    let rows = levels.map { level -> [String] in
      let verdicts = judged.compactMap { $0.verdicts[level] }
      let met = verdicts.filter(\.isMet).count
      let share = verdicts.isEmpty ? "" : "\(Int((Double(met) / Double(verdicts.count) * 100).rounded()))%"
      let warned = verdicts.filter { $0.isMet && !$0.warnings.isEmpty }.count
      return [level.rawValue, "\(verdicts.count)", "\(met)", "\(warned)", share]
    }
    blocks.append(
      .table(
        DataTable(
          caption: "Bars met over the whole range",
          columns: [
            .init("Level"), .init("Sessions judged", isNumeric: true), .init("Met", isNumeric: true),
            .init("Met on a session too thin to support it", isNumeric: true), .init("Share", isNumeric: true),
          ], rows: rows)))
    for level in levels {
      if let statement = rubric.barStatement(for: level) { blocks.append(.paragraph(statement, tone: .muted)) }
    }
    return ReportSection(id: "verdicts", title: "Verdict history", blocks: blocks)
  }
}
