import MockLoopKit

/// A question as plain text for `decks show`, reference sketch included (it is hidden only
/// while a mock runs).
enum QuestionText {
  static func render(_ question: Question, deck: Deck) -> String {
    var lines = ["\(question.title)  [\(question.id)]"]
    lines.append(
      "Deck: \(deck.id)  Levels: \(question.levels.map(\.rawValue).joined(separator: ", "))"
        + (question.formats.isEmpty ? "" : "  Formats: \(question.formats.joined(separator: ", "))")
        + (question.source.map { "  Source: \($0)" } ?? ""))
    lines += ["", question.prompt]
    func section(_ title: String, _ items: [String]) {
      guard !items.isEmpty else { return }
      lines += ["", title] + items.map { "  - \($0)" }
    }
    section("Functional requirements", question.functionalRequirements)
    section("Non-functional requirements", question.nonFunctionalRequirements)
    section("Scale", question.scale)
    section("Focus", question.focus)
    section(
      "Follow-ups",
      question.followUps.map { followUp in
        let when = followUp.minute.map { "min \($0)" } ?? "on demand"
        let levels = followUp.levels.isEmpty ? "" : " (\(followUp.levels.map(\.rawValue).joined(separator: "/")) only)"
        return "[\(when)]\(levels) \(followUp.text)"
      })
    section("Pitfalls", question.pitfalls)
    if let reference = question.reference { lines += ["", "Reference sketch", reference] }
    return lines.joined(separator: "\n")
  }
}

enum FormatText {
  static func render(_ format: InterviewFormat) -> String {
    var lines = [
      "\(format.title)  [\(format.id)]  \(format.level?.rawValue ?? "any level"), \(format.totalMinutes) minutes"
    ]
    if let description = format.description { lines.append(description) }
    for phase in format.phases {
      lines += ["", "\(phase.title) (\(phase.minutes) min): \(phase.goal)"]
      lines += phase.checklist.map { "  [ ] \($0)" }
    }
    return lines.joined(separator: "\n")
  }
}

enum RubricText {
  static func render(_ rubric: Rubric) -> String {
    var lines = ["\(rubric.title)  [\(rubric.id)]"]
    lines.append(
      "Scale: "
        + (rubric.scale.minimum...rubric.scale.maximum).map { "\($0) \(rubric.scale.label(for: $0))" }.joined(
          separator: ", "))
    for dimension in rubric.dimensions {
      let scope =
        dimension.levels.count == Level.allCases.count
        ? "" : " (\(dimension.levels.map(\.rawValue).joined(separator: "/")) only)"
      lines += ["", "\(dimension.title)\(scope)\(dimension.isCore ? "" : ", not in the core average")"]
      for level in Level.allCases { lines.append("  \(level.rawValue): \(dimension.expectations[level] ?? "")") }
    }
    for level in Level.allCases {
      guard let rule = rubric.bars[level] else { continue }
      var parts: [String] = []
      if let floor = rule.minimumEach { parts.append("nothing below \(floor)") }
      if let average = rule.coreAverage { parts.append("core average at least \(average)") }
      parts += rule.required.sorted { $0.key < $1.key }.map { "\($0.key) at least \($0.value)" }
      lines.append("\(level.rawValue) bar: " + parts.joined(separator: ", "))
    }
    return lines.joined(separator: "\n")
  }
}
