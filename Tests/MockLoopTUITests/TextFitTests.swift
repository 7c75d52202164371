import Testing

@testable import MockLoopTUI

@Suite("One truncation rule: at a word where one is near, always with an ellipsis")
struct TextFitTests {
  @Test("text that fits is left whole")
  func fits() {
    #expect("Deep dive".fittedText(toWidth: 9) == "Deep dive")
    #expect("Deep dive".fittedText(toWidth: 30) == "Deep dive")
  }

  @Test("a cut near a word boundary ends at the word, with an ellipsis")
  func wordBoundary() {
    #expect("Deep dive and scaling 20 · Operations".fittedText(toWidth: 26) == "Deep dive and scaling 20…")
    #expect("not someone else's problem".fittedText(toWidth: 16) == "not someone…")
    #expect("Design a URL shortener".fittedText(toWidth: 20) == "Design a URL…")
  }

  @Test("a word far longer than the room is cut inside, still with an ellipsis")
  func midWordOnlyWhenNoBoundaryIsNear() {
    #expect("Supercalifragilistic".fittedText(toWidth: 8) == "Superca…")
    #expect("a Supercalifragilistic".fittedText(toWidth: 12) == "a Supercali…")
  }

  @Test("separators and an open parenthesis go with the cut")
  func dangling() {
    #expect("alpha, beta".fittedText(toWidth: 8) == "alpha…")
    #expect("Amazon L6 system design (60 min) · L6".fittedText(toWidth: 28) == "Amazon L6 system design…")
    #expect("left 10:00 · paused".fittedText(toWidth: 14) == "left 10:00…")
  }

  @Test("wide characters are never split and the result fits")
  func wide() {
    #expect("漢字テスト".fittedText(toWidth: 4) == "漢…")
    #expect("漢字 テスト".fittedText(toWidth: 6) == "漢字…")
  }

  @Test("every cut fits its width, ends in an ellipsis and is a prefix of the text")
  func properties() {
    let texts = [
      "Listed the core functional requirements and parked the nice-to-haves",
      "Put numbers on users, requests per second, data size and growth", "短い 文章 と emoji 🙂 mixed in",
      "x", "two  spaces  between", "(parenthesised words) and more",
    ]
    for text in texts {
      for width in 1...text.displayWidth + 2 {
        let cut = text.fittedText(toWidth: width)
        #expect(cut.displayWidth <= width, "\(text) at \(width)")
        if text.displayWidth <= width {
          #expect(cut == text)
        } else {
          #expect(cut.hasSuffix("…"), "\(text) at \(width): \(cut)")
          #expect(text.hasPrefix(String(cut.dropLast())), "\(text) at \(width): \(cut)")
        }
      }
    }
  }

  @Test("spans are cut by the same rule, the ellipsis in the role of the text before it")
  func spans() {
    let spans = [Span("12m ", role: .muted), Span("How do you expire links?", role: .followup)]
    let cut = spans.fitted(toWidth: 20)
    #expect(cut.map(\.text).joined() == "12m How do you…")
    #expect(cut.last == Span("…", role: .followup))
    #expect([Span("fits  ")].fitted(toWidth: 4) == [Span("fits")])
  }

  @Test("a row of figures drops whole parts, shortens words, and never cuts a number")
  func priorityRow() {
    let row = PriorityRow([
      PriorityRow.Part([Span(" Phase 4/4 ")]),
      PriorityRow.Part([Span("Operational excellence and wrap-up ")], dropOrder: 5, shrinkOrder: 3, minimumWidth: 12),
      PriorityRow.Part([Span(" 00:00 left ")]),
      PriorityRow.Part([Span(" elapsed 59:00 ·")], dropOrder: 4),
      PriorityRow.Part([Span(" total left 1:00")]),
      PriorityRow.Part([Span(" · paused 12:34")], dropOrder: 2),
    ])
    let text = { (width: Int) in row.fitted(toWidth: width).map(\.text).joined() }
    #expect(text(200).contains("paused 12:34"))
    #expect(text(90) == " Phase 4/4 Operational excellence and wrap-up  00:00 left  elapsed 59:00 · total left 1:00")
    #expect(text(80) == " Phase 4/4 Operational excellence…  00:00 left  elapsed 59:00 · total left 1:00")
    #expect(text(60) == " Phase 4/4 Operational…  00:00 left  total left 1:00")
    #expect(text(40) == " Phase 4/4  00:00 left  total left 1:00")
  }
}
