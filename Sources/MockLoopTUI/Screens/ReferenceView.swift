import MockLoopKit

/// The right side of a graded record's reference view: the question's reference sketch, then
/// what a strong answer to each follow-up covers, in the order the session could hear them.
/// Only ever drawn once the session is graded; the mock itself never shows these notes.
enum ReferenceView {
  static func lines(question: Question?, session: Session, width: Int) -> [[Span]] {
    guard let question else { return [[Span("(this question is no longer in your decks)", role: .muted)]] }
    var lines = wrapped(question.reference ?? "(no reference sketch for this question)", width: width).map {
      [Span($0)]
    }
    // Drawn only once graded (the record opens this view only then), as the reference is.
    if session.assessment != nil { lines += PitfallLines.lines(question.pitfalls, width: width) }
    let asked = session.revealedFollowUps
    let heard = session.schedule(of: question).followUps
    let gone = asked.map(\.text).filter { text in !heard.contains { $0.text == text } }
    guard !heard.isEmpty || !gone.isEmpty else { return lines }
    lines.append([])
    lines += SpanWrap.lines("What strong answers to the follow-ups cover", role: .accent, width: width)
    for followUp in heard {
      lines.append([])
      let when = asked.first { $0.text == followUp.text }.map { item in
        "asked at \(DurationText.clock(session.timeline(at: item.at).activeSeconds))"
      }
      lines += bullet(followUp.text, note: when ?? "not asked", width: width)
      for point in followUp.answer {
        lines += wrapped(point, width: max(width - 4, 1)).enumerated().map { index, line in
          [Span(index == 0 ? "  - " : "    ", role: .muted), Span(line)]
        }
      }
    }
    for text in gone {
      lines.append([])
      lines += bullet(text, note: "no note: the question has changed since", width: width)
    }
    return lines
  }

  private static func bullet(_ text: String, note: String, width: Int) -> [[Span]] {
    var lines = wrapped(text, width: max(width - 2, 1)).enumerated().map { index, line in
      [Span(index == 0 ? "• " : "  ", role: .followup), Span(line, role: .followup)]
    }
    lines.append([Span("  (\(note))", role: .muted)])
    return lines
  }
}
