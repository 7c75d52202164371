import Foundation

/// The interviewer's part of a session's record, as the candidate may see it: the follow-ups
/// asked by hand, and the interviewer's grade with its verdicts side by side with the
/// candidate's own, once both grades are saved (`GradePair`); until then the grade and the
/// interviewer's notes are withheld and `gradeWithheld` says one is waiting.
public struct InterviewerReport: Sendable, Codable, Equatable {
  public var askedFollowUps: [InterviewerFollowUp]
  public var grade: Assessment?
  public var verdicts: [Verdict]
  /// The interviewer graded, but the candidate's own grade is not saved yet.
  public var gradeWithheld: Bool
  /// The interviewer's notes, shown with the grade.
  public var notes: String?

  public init(side: InterviewerSide, candidateGrade: Assessment?, level: Level?, rubric: Rubric?) {
    askedFollowUps = side.followUps
    let pair = GradePair(candidate: candidateGrade, interviewer: side.grade)
    let seen = pair.seen(by: .candidate)
    grade = seen.interviewer
    gradeWithheld = pair.interviewer != nil && seen.interviewer == nil
    notes = seen.interviewer == nil || side.notes.isEmpty ? nil : side.notes
    if let grade, let rubric, rubric.id == grade.rubricID {
      let levels = level.map { [$0] } ?? Level.allCases
      verdicts = Set(levels + Level.allCases).sorted().map { rubric.verdict(for: $0, scores: grade.scores) }
    } else {
      verdicts = []
    }
  }

  /// Whether there is anything to show.
  public var isEmpty: Bool { askedFollowUps.isEmpty && grade == nil && !gradeWithheld }

  /// The Markdown section of the record: grades side by side per dimension, each verdict, and
  /// the follow-ups asked by hand. Empty when there is nothing to show.
  public func markdown(candidate: Assessment?, candidateVerdicts: [Verdict], rubric: Rubric?) -> [String] {
    guard !isEmpty else { return [] }
    var lines = ["", "## Interviewer", ""]
    if gradeWithheld {
      lines.append("_The interviewer's grade is saved; it shows once your own grade is saved too._")
    }
    if let grade {
      for (mine, theirs) in zip(candidateVerdicts, verdicts) {
        lines.append("- Self: **\(mine.summary)** · Interviewer: **\(theirs.summary)**")
      }
      if let rubric, rubric.id == grade.rubricID {
        lines += ["", "| dimension | self | interviewer | difference |", "| --- | ---: | ---: | ---: |"]
        for dimension in rubric.dimensions {
          let mine = candidate?.scores[dimension.id]
          let theirs = grade.scores[dimension.id]
          guard mine != nil || theirs != nil else { continue }
          let difference = zip2(mine, theirs).map { Calibration.signed(Double($0 - $1)) } ?? ""
          lines.append(
            "| \(dimension.title) | \(mine.map(String.init) ?? "–") | \(theirs.map(String.init) ?? "–") | \(difference) |"
          )
        }
      }
      if !grade.wentWell.isEmpty { lines += ["", "**Interviewer: went well.** \(grade.wentWell)"] }
      if !grade.toImprove.isEmpty { lines += ["", "**Interviewer: to improve.** \(grade.toImprove)"] }
      if let notes { lines += ["", "**Interviewer's notes.**", "", notes] }
    }
    if !askedFollowUps.isEmpty {
      lines += ["", "Follow-ups the interviewer asked by hand:", ""]
      for asked in askedFollowUps {
        lines.append("- \(asked.isImprovised ? "their own" : "from the queue"): \(asked.text)")
      }
    }
    return lines
  }

  private func zip2(_ first: Int?, _ second: Int?) -> (Int, Int)? {
    guard let first, let second else { return nil }
    return (first, second)
  }
}
