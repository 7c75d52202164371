import Testing

@testable import MockLoopTUI

/// A stand-in for the C library's wcwidth with the values glibc gives.
private func systemWidth(_ scalar: UInt32) -> Int {
  switch scalar {
  case 0x0301, 0x200D, 0xFE0F, 0x20E3: 0
  case 0x1F642, 0x1F469, 0x1F467, 0x6F22, 0x1F3FD: 2
  case 0x0007: -1
  default: 1
  }
}

@Suite("Glyphs sent to the terminal")
struct TerminalGlyphTests {
  @Test("a plain character is sent as it is")
  func plain() {
    #expect(
      TerminalGlyph.glyphs(for: "a", width: 1, systemWidth: systemWidth) == [TerminalGlyph(scalars: [0x61], width: 1)])
  }

  @Test("combining marks travel with their base character")
  func combining() {
    #expect(
      TerminalGlyph.glyphs(for: "e\u{0301}", width: 1, systemWidth: systemWidth) == [
        TerminalGlyph(scalars: [0x65, 0x301], width: 1)
      ])
  }

  @Test("a ZWJ family is sent as its first emoji")
  func zwj() {
    #expect(
      TerminalGlyph.glyphs(for: "👩‍👩‍👧", width: 2, systemWidth: systemWidth) == [
        TerminalGlyph(scalars: [0x1F469], width: 2)
      ])
  }

  @Test("a flag is sent as its two country letters")
  func flag() {
    #expect(
      TerminalGlyph.glyphs(for: "🇯🇵", width: 2, systemWidth: systemWidth) == [
        TerminalGlyph(scalars: [0x4A], width: 1), TerminalGlyph(scalars: [0x50], width: 1),
      ])
  }

  @Test("a one-column symbol with VS16 drops the selector and is padded to two columns")
  func variationSelector() {
    #expect(
      TerminalGlyph.glyphs(for: "\u{2764}\u{FE0F}", width: 2, systemWidth: systemWidth) == [
        TerminalGlyph(scalars: [0x2764], width: 1), .space,
      ])
  }

  @Test("a skin-tone modifier is dropped, the emoji kept")
  func modifier() {
    #expect(
      TerminalGlyph.glyphs(for: "🙂\u{1F3FD}", width: 2, systemWidth: systemWidth) == [
        TerminalGlyph(scalars: [0x1F642], width: 2)
      ])
  }

  @Test("a character the C library cannot measure becomes a question mark")
  func unknown() {
    #expect(TerminalGlyph.glyphs(for: "\u{7}", width: 1, systemWidth: systemWidth) == [.unknown])
    #expect(TerminalGlyph.glyphs(for: "漢", width: 1, systemWidth: systemWidth) == [.unknown])
  }
}
