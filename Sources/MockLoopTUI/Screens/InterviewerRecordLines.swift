import MockLoopKit

/// The record's interviewer lines: both grades side by side per dimension with each verdict
/// (once both are saved), a note while the interviewer's grade waits for the candidate's, and
/// the follow-ups the interviewer asked by hand.
enum InterviewerRecordLines {
  static func lines(_ report: SessionReport, rubric: Rubric?, width: Int) -> [[Span]] {
    guard let interviewer = report.interviewer, !interviewer.isEmpty else { return [] }
    var lines: [[Span]] = [[], [Span("Interviewer", role: .accent)]]
    if interviewer.gradeWithheld {
      lines += SpanWrap.lines(
        lead: [Span("  ")], "The interviewer's grade is saved; it shows once your own grade is saved too.",
        role: .muted, width: width)
    }
    if let grade = interviewer.grade {
      for (mine, theirs) in zip(report.verdicts, interviewer.verdicts) {
        lines += SpanWrap.lines(
          lead: [Span("  ")], "Self: \(mine.summary) · Interviewer: \(theirs.summary)", width: width)
      }
      if let rubric, rubric.id == grade.rubricID {
        lines.append([Span("  dimension            self  interviewer", role: .muted)])
        for dimension in rubric.dimensions {
          let mine = report.assessment?.scores[dimension.id]
          let theirs = grade.scores[dimension.id]
          guard mine != nil || theirs != nil else { continue }
          let title = String(dimension.title.prefix(20)).padding(toLength: 20, withPad: " ", startingAt: 0)
          lines.append([
            Span("  " + title + " "), Span(mine.map { " \($0)" } ?? " –", role: .text),
            Span("     " + (theirs.map(String.init) ?? "–"), role: .accent),
          ])
        }
      }
    }
    if !interviewer.askedFollowUps.isEmpty {
      lines.append([Span("  Asked by hand:", role: .title)])
      for asked in interviewer.askedFollowUps {
        lines += SpanWrap.lines(
          lead: [Span(asked.isImprovised ? "  • own: " : "  • queue: ", role: .muted)], asked.text, width: width)
      }
    }
    return lines
  }
}
