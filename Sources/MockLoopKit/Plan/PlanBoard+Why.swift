import Foundation

/// What the plan says about each mock it places, and what it warns about.
extension PlanBoard {
  /// A reviewed card on `day`: overdue or due, with its last rating and any weak dimension.
  func item(for review: Review, on day: Int, format: InterviewFormat) -> PlanItem {
    let state = review.state
    let last = "last rated \(state.lastRating.word) on \(state.lastReviewed)"
    let kind: PlanItem.Kind = review.dueOffset < day ? .overdue : .due
    var why: String
    switch kind {
    case .overdue where day == 0:
      let late = -review.dueOffset
      why = "overdue by \(late.counted("day")) (due \(state.due)); \(last)"
    case .overdue:
      why = "due \(state.due), moved here for time; \(last)"
    default:
      why = "due; \(last)"
    }
    let weakOnes = weakDimensions(of: review.question)
    if !weakOnes.isEmpty { why += "; exercises \(phrase(weakOnes)), weak at \(level.rawValue)" }
    return PlanItem(
      card: review.card.key, title: review.question.title, formatID: format.id, minutes: format.totalMinutes,
      kind: kind, why: why, weakDimensions: weakOnes.map(\.id))
  }

  /// A new card: never tried (or never graded), and the weak dimensions it was picked for.
  func item(for candidate: Candidate, format: InterviewFormat, exercised: [String: Int]) -> PlanItem {
    var why = candidate.wasTried ? "tried but never graded" : "never tried"
    let weakOnes = weakDimensions(of: candidate.question)
    if !weakOnes.isEmpty {
      let short = weakOnes.filter { exercised[$0.id, default: 0] < DimensionCoverage.neededExercises }
      let reason = short.isEmpty ? weakOnes : short
      let weakest = reason.first.map { weakRank[$0.id] == 0 } ?? false
      why += "; picked for \(phrase(reason)), \(weakest ? "your weakest" : "weak") at \(level.rawValue)"
    }
    return PlanItem(
      card: CardKey(questionID: candidate.question.id, level: level), title: candidate.question.title,
      formatID: format.id, minutes: format.totalMinutes, kind: .new, why: why, weakDimensions: weakOnes.map(\.id))
  }

  /// The weak dimensions a question names, weakest first.
  func weakDimensions(of question: Question) -> [DimensionStanding] {
    weak.filter { question.dimensions.contains($0.id) }
  }

  /// "Security and compliance (2.0)" or "Security and compliance (2.0) and Scale and performance (2.5)".
  func phrase(_ standings: [DimensionStanding]) -> String {
    let parts = standings.prefix(2).map { standing in
      "\(standing.title) (\(standing.recentAverage.map(Rubric.format) ?? "-"))"
    }
    return parts.joined(separator: " and ")
  }

  // MARK: Warnings

  /// With an interview date: the due cards and weak dimensions the minutes a day leave short of
  /// the date, and the minutes a day that would cover them.
  func warnings(for run: Run, minutesPerDay: Int) -> [String] {
    guard let days = interviewOffset, days > 0 else { return [] }
    let date = today.adding(days: days)
    var problems: [String] = []
    if !run.missedDue.isEmpty {
      let names = run.missedDue.prefix(3).map(\.question.id).joined(separator: ", ")
      let more = run.missedDue.count > 3 ? " and \(run.missedDue.count - 3) more" : ""
      problems.append(
        "\(run.missedDue.count.counted("due mock")) (\(names)\(more)) \(run.missedDue.count.noun("does", plural: "do")) not fit before the interview on \(date)"
      )
    }
    // How many cards could exercise each dimension before the date at all: more minutes a day
    // cannot make up for questions that do not exist.
    var available: [String: Int] = [:]
    for id in candidates.flatMap(\.question.dimensions) { available[id, default: 0] += 1 }
    for review in reviews where review.dueOffset < horizon {
      for id in review.question.dimensions { available[id, default: 0] += 1 }
    }
    func reachable(_ id: String) -> Int { min(DimensionCoverage.neededExercises, available[id, default: 0]) }
    let short = weak.filter { run.exercised[$0.id, default: 0] < DimensionCoverage.neededExercises }
    for standing in short {
      let planned = run.exercised[standing.id, default: 0]
      let times = planned == 0 ? "not at all" : planned == 1 ? "once" : "\(planned) times"
      let count = available[standing.id, default: 0]
      let reason =
        count >= DimensionCoverage.neededExercises
        ? ""
        : "; only \(count.counted("\(level.rawValue) question")) can exercise it, so more time would not help"
      problems.append(
        "\(standing.title) (weak, \(standing.recentAverage.map(Rubric.format) ?? "-")) is exercised \(times) before the interview, not twice\(reason)"
      )
    }
    guard !problems.isEmpty else { return [] }
    let fixable = short.allSatisfy { available[$0.id, default: 0] >= DimensionCoverage.neededExercises }
    // Only questions that do not exist are missing: no number of minutes would help.
    let timeShort = !run.missedDue.isEmpty || short.contains { run.exercised[$0.id, default: 0] < reachable($0.id) }
    guard timeShort else { return problems.map { $0 + "." } }
    let enough = stride(from: minutesPerDay + 15, through: PlanSettings.minutesRange.upperBound, by: 15).first {
      minutes in
      let trial = place(minutesPerDay: minutes)
      return trial.missedDue.isEmpty && weak.allSatisfy { trial.exercised[$0.id, default: 0] >= reachable($0.id) }
    }
    var advice = "\(minutesPerDay) minutes a day cannot cover it before \(date): "
    if let enough {
      advice += "\(enough) minutes a day would" + (fixable ? "" : " cover the rest")
    } else {
      advice += "not even \(PlanSettings.minutesRange.upperBound) minutes a day would"
    }
    return problems.map { $0 + "." } + [advice + "."]
  }
}
