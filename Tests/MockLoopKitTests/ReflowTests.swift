import Foundation
import MockLoopKit
import Testing

@Suite("Reflowing prose")
struct ReflowTests {
  @Test("single line breaks join, paragraphs and list items stay, ends are trimmed")
  func reflow() {
    #expect(
      "  Design a URL\n  shortener.  \n\n - item one\n\tsecond line\t\n".reflowed
        == "Design a URL shortener.\n\n- item one second line")
    #expect("Intro:\n- one\n* two\n1. three\n".reflowed == "Intro:\n- one\n* two\n1. three")
    #expect(" \t \n\nText".reflowed == "Text")
  }

  @Test("lines trim like Foundation's whitespace set, non-ASCII spaces included")
  func trimsLikeFoundation() {
    let lines = [
      "\u{3000}全角\u{3000}", "\u{A0}x\u{A0}", "é ", " ü", "\u{2003}\tem\u{2003}", "a\u{200B}", "\r x \r",
      "\u{A0} \u{A0}",
    ]
    for line in lines {
      #expect(line.reflowed == line.trimmingCharacters(in: .whitespaces), "\(line.unicodeScalars.map(\.value))")
    }
  }
}
