import Foundation

/// A session written as Markdown a mentor can read: timings, checklist, follow-ups (with what a
/// strong answer covers, once the session is finished), scores against the bar, and the notes.
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
    lines.append("- Checklist: \(coverage.checked) of \(coverage.total) items")
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
        lines.append("- minute \(Int(followUp.minute))\(how): \(followUp.text)")
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
      if let rubric, rubric.id == assessment.rubricID {
        lines.append("")
        lines.append("| dimension | score |")
        lines.append("| --- | ---: |")
        for dimension in rubric.dimensions {
          guard let score = assessment.scores[dimension.id] else { continue }
          lines.append("| \(dimension.title) | \(score) (\(rubric.scale.label(for: score))) |")
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
    return lines.joined(separator: "\n")
  }
}

/// How durations and dates are written for people.
public enum DurationText {
  /// "7:05", "1:02:03", "-0:30".
  public static func clock(_ seconds: Int) -> String {
    let sign = seconds < 0 ? "-" : ""
    let value = abs(seconds)
    let hours = value / 3600, minutes = (value % 3600) / 60, secs = value % 60
    if hours > 0 { return sign + String(format: "%d:%02d:%02d", hours, minutes, secs) }
    return sign + String(format: "%d:%02d", minutes, secs)
  }

  public static func clock(_ seconds: TimeInterval) -> String { clock(Int(seconds.rounded(.towardZero))) }

  /// "2026-11-24 05:12" in the local time zone.
  public static func day(_ date: Date) -> String {
    // Calendar components, not a DateFormatter per call: the history prints thousands of these.
    let parts = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
    return String(
      format: "%04d-%02d-%02d %02d:%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0, parts.hour ?? 0,
      parts.minute ?? 0)
  }
}
