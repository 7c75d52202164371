import Testing

@testable import MockLoopTUI

@Suite("Display width")
struct DisplayWidthTests {
  @Test("ASCII letters take one column each")
  func ascii() {
    #expect("hello".displayWidth == 5)
    #expect(Character("a").displayWidth == 1)
  }

  @Test("CJK characters take two columns")
  func cjk() {
    #expect("漢字".displayWidth == 4)
    #expect(Character("漢").displayWidth == 2)
  }

  @Test("Hangul syllables and kana take two columns")
  func hangulAndKana() {
    #expect("한국어".displayWidth == 6)
    #expect("カナ".displayWidth == 4)
    #expect("ひら".displayWidth == 4)
  }

  @Test("Decomposed Hangul jamo form one two-column character")
  func decomposedHangul() {
    let syllable = "\u{1100}\u{1161}\u{11A8}"
    #expect(syllable.count == 1)
    #expect(syllable.displayWidth == 2)
  }

  @Test("emoji with emoji presentation take two columns")
  func emoji() {
    #expect(Character("🙂").displayWidth == 2)
    #expect("a🙂b".displayWidth == 4)
  }

  @Test("ZWJ family sequence takes two columns")
  func zwjFamily() {
    let family = "👩‍👩‍👧"
    #expect(family.count == 1)
    #expect(family.displayWidth == 2)
  }

  @Test("text-default emoji joined by ZWJ take two columns")
  func zwjTextDefault() {
    #expect("❤\u{200D}🔥".displayWidth == 2)
  }

  @Test("regional-indicator flag takes two columns")
  func flag() {
    #expect("🇯🇵".displayWidth == 2)
    #expect("🇯🇵🇫🇷".displayWidth == 4)
  }

  @Test("VS16 turns a text symbol into a two-column emoji")
  func variationSelector16() {
    #expect(Character("\u{2764}").displayWidth == 1)
    #expect(Character("\u{2764}\u{FE0F}").displayWidth == 2)
    #expect(Character("1\u{FE0F}\u{20E3}").displayWidth == 2)
  }

  @Test("combining accent adds no column")
  func combining() {
    let decomposed = "e\u{0301}"
    #expect(decomposed.displayWidth == 1)
    #expect("é".displayWidth == 1)
    #expect(Character("\u{0301}").displayWidth == 0)
  }

  @Test("fullwidth Latin letters take two columns")
  func fullwidth() {
    #expect("Ａ".displayWidth == 2)
    #expect("ＡＢＣ".displayWidth == 6)
  }

  @Test("control and zero-width characters take no column")
  func zeroWidth() {
    #expect(Character("\t").displayWidth == 0)
    #expect(Character("\u{7}").displayWidth == 0)
    #expect(Character("\u{200B}").displayWidth == 0)
    #expect("\r\n".displayWidth == 0)
  }

  @Test("ambiguous-width and box-drawing characters take one column")
  func ambiguous() {
    #expect("─│┌┐└┘".displayWidth == 6)
    #expect("…".displayWidth == 1)
    #expect("▁▂▃█".displayWidth == 4)
  }

  @Test("truncation never splits a wide character")
  func truncateWide() {
    #expect("漢字テスト".truncated(toWidth: 5) == "漢字")
    #expect("漢字テスト".truncated(toWidth: 6) == "漢字テ")
    #expect("abc".truncated(toWidth: 0) == "")
    #expect("abc".truncated(toWidth: 10) == "abc")
  }

  @Test("truncation keeps combining marks with their base")
  func truncateCombining() {
    #expect("e\u{0301}xyz".truncated(toWidth: 1) == "e\u{0301}")
  }

  @Test("truncation with ellipsis ends in an ellipsis and still fits")
  func truncateEllipsis() {
    #expect("interview".truncated(toWidth: 5, ellipsis: true) == "inte…")
    #expect("漢字テスト".truncated(toWidth: 4, ellipsis: true) == "漢…")
    #expect("fits".truncated(toWidth: 4, ellipsis: true) == "fits")
    #expect("漢字テスト".truncated(toWidth: 4, ellipsis: true).displayWidth <= 4)
  }

  @Test("padding fills up to the display width")
  func padding() {
    #expect("漢".padded(toWidth: 4) == "漢  ")
    #expect("abc".padded(toWidth: 2) == "abc")
    #expect("漢字".fitted(toWidth: 3) == "漢 ")
  }
}
