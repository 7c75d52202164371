import MockLoopKit

/// A question as plain text for `decks show`, reference sketch included (it is hidden only
/// while a mock runs).
enum QuestionText {
  static func render(_ question: Question, deck: Deck, formats: [InterviewFormat]) -> String {
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
    if !question.followUps.isEmpty {
      lines += ["", "Follow-ups (see 'mockloop decks schedule \(question.id) --format ID' for their minutes)"]
      for followUp in question.followUps {
        let when = followUp.role.map { "\($0.rawValue) at \(Self.fraction(followUp.position ?? 0))" } ?? "on demand"
        let levels = followUp.levels.isEmpty ? "" : " (\(followUp.levels.map(\.rawValue).joined(separator: "/")) only)"
        lines.append("  - [\(when)]\(levels) \(followUp.text)")
        lines += followUp.answer.map { "      answer: \($0)" }
      }
    }
    section("Pitfalls", question.pitfalls)
    lines.append("")
    lines.append("Fits: " + formats.map(\.id).joined(separator: ", "))
    if let reference = question.reference { lines += ["", "Reference sketch", reference] }
    return lines.joined(separator: "\n")
  }

  /// "0.4", "0.25": a position as written in a deck.
  static func fraction(_ value: Double) -> String {
    let text = String(format: "%.3f", value)
    return text.replacingOccurrences(of: #"0+$"#, with: "", options: .regularExpression)
      .replacingOccurrences(of: #"\.$"#, with: ".0", options: .regularExpression)
  }
}

enum FormatText {
  static func render(_ format: InterviewFormat) -> String {
    var lines = [
      "\(format.title)  [\(format.id)]  \(format.level?.rawValue ?? "any level"), \(format.totalMinutes) minutes"
    ]
    if let description = format.description { lines.append(description) }
    lines.append("Graded with: \(format.rubricID ?? "the main rubric (\(ContentLibrary.mainRubricID))")")
    for phase in format.phases {
      lines += [
        "",
        "\(phase.title) (\(phase.minutes) min; roles: \(phase.roles.map(\.rawValue).joined(separator: ", "))): \(phase.goal)",
      ]
      lines += phase.prompts.map { "  » \($0)" }
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
      for level in Level.allCases {
        lines.append("  \(level.rawValue): \(dimension.expectations[level] ?? "")")
        for score in rubric.scale.minimum...rubric.scale.maximum {
          guard let anchor = dimension.anchor(for: level, score: score, minimum: rubric.scale.minimum) else { continue }
          lines.append("    \(score): \(anchor)")
        }
      }
    }
    lines.append("")
    for level in Level.allCases {
      if let statement = rubric.barStatement(for: level) { lines.append(statement) }
    }
    return lines.joined(separator: "\n")
  }
}
