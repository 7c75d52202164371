import Foundation

/// A session written as Markdown a mentor can read: timings, checklist, follow-ups (with what a
/// strong answer covers, once the session is finished), scores against the bar, and the notes.
/// Control characters in any of it (from the deck, the notes or an import) are replaced
/// (`String.terminalSafe`), so the text is safe to print or `cat`.
public enum MarkdownExport {
  /// `question` is the question as the decks have it now, for the follow-ups' answer notes;
  /// nil leaves them out. An unfinished session never shows them.
  public static func render(_ report: SessionReport, rubric: Rubric?, question: Question? = nil) -> String {
    var lines: [String] = []
    lines.append("# \(report.question.title)")
    lines.append("")
    let level = report.level?.rawValue ?? "any level"
    lines.append("- Session: `\(report.id)`")
    lines.append("- Date: \(DurationText.day(report.startedAt ?? report.createdAt))")
    lines.append("- Format: \(report.format.title) (`\(report.format.id)`), \(level)")
    lines.append(
      "- Time: \(DurationText.clock(report.activeSeconds)) of \(DurationText.clock(report.plannedSeconds)) planned"
        + (report.pausedSeconds > 0 ? ", paused \(DurationText.clock(report.pausedSeconds))" : "")
        + " (\(report.state))")
    let coverage = report.checklistCoverage
    lines.append("- Checklist: \(coverage.checked) of \(coverage.total.counted("item"))")
    lines.append("")
    lines.append("## Phases")
    lines.append("")
    lines.append("| phase | planned | actual | over |")
    lines.append("| --- | ---: | ---: | ---: |")
    for phase in report.phases {
      let over = phase.overrunSeconds > 0 ? "+" + DurationText.clock(phase.overrunSeconds) : ""
      lines.append(
        "| \(phase.title) | \(DurationText.clock(phase.plannedSeconds)) | \(DurationText.clock(phase.actualSeconds)) | \(over) |"
      )
    }
    if let short = report.shortPhasesLine {
      lines.append("")
      lines.append(short)
    }
    lines.append("")
    lines.append("## Checklist")
    for phase in report.phases {
      lines.append("")
      lines.append("### \(phase.title)")
      lines.append("")
      for item in phase.checklist { lines.append("- [\(item.checked ? "x" : " ")] \(item.text)") }
    }
    if !report.followUps.isEmpty {
      lines.append("")
      lines.append("## Follow-ups asked")
      lines.append("")
      let notes = report.finishedAt == nil ? nil : question
      for followUp in report.followUps {
        let how = followUp.onDemand ? ", asked early" : ""
        lines.append("- at \(DurationText.clock(followUp.seconds))\(how): \(followUp.text)")
        guard let answer = notes?.followUp(withText: followUp.text)?.answer, !answer.isEmpty else { continue }
        lines.append("  - *A strong answer covers:*")
        lines += answer.map { "    - \($0)" }
      }
    }
    if let assessment = report.assessment {
      lines.append("")
      lines.append("## Grading")
      lines.append("")
      for verdict in report.verdicts { lines.append("- **\(verdict.summary)**") }
      if let warnings = report.verdicts.first?.warnings, !warnings.isEmpty {
        lines.append("")
        lines.append("The session is too thin to support a verdict:")
        lines.append("")
        lines += warnings.map { "- ⚠ \($0)" }
      }
      if let rubric, rubric.id == assessment.rubricID {
        lines.append("")
        lines.append("| dimension | score |")
        lines.append("| --- | ---: |")
        for dimension in rubric.dimensions {
          guard let score = assessment.scores[dimension.id] else { continue }
          lines.append("| \(dimension.title) | \(score) (\(rubric.scale.label(for: score))) |")
        }
      }
      if let checks = report.selfAssessment, !checks.isEmpty {
        lines.append("")
        lines.append("### Self-assessment (\(checks.filter(\.checked).count) of \(checks.count) ticked)")
        var group: String?
        for check in checks {
          if check.groupID != group {
            group = check.groupID
            lines.append("")
            lines.append("\(check.group):")
            lines.append("")
          }
          lines.append("- [\(check.checked ? "x" : " ")] \(check.text)")
        }
      }
      if !assessment.wentWell.isEmpty {
        lines.append("")
        lines.append("**Went well.** \(assessment.wentWell)")
      }
      if !assessment.toImprove.isEmpty {
        lines.append("")
        lines.append("**To improve.** \(assessment.toImprove)")
      }
    }
    if report.assessment != nil, report.finishedAt != nil, let pitfalls = question?.pitfalls, !pitfalls.isEmpty {
      lines.append("")
      lines.append("## Pitfalls of this question")
      lines.append("")
      lines += pitfalls.map { "- \($0)" }
    }
    lines +=
      report.interviewer?.markdown(candidate: report.assessment, candidateVerdicts: report.verdicts, rubric: rubric)
      ?? []
    if let calculations = report.calculations, !calculations.isEmpty {
      lines.append("")
      lines.append("## Calculations")
      lines.append("")
      for calculation in calculations {
        let minute = report.startedAt.map { Int(calculation.at.timeIntervalSince($0) / 60) }
        lines.append(
          "- " + (minute.map { "minute \($0): " } ?? "") + "`\(calculation.expression)` = \(calculation.result)")
      }
    }
    lines.append("")
    lines.append("## Notes")
    lines.append("")
    lines.append(report.notes.isEmpty ? "_(none)_" : report.notes)
    lines.append("")
    return lines.joined(separator: "\n").terminalSafe
  }
}
