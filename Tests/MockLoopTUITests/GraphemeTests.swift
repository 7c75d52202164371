import MockLoopKit
import Testing

@testable import MockLoopTUI

/// The quick paths of text measuring and drawing must agree with Swift's own
/// segmentation and with the Unicode properties they stand in for.
@Suite("Graphemes and the quick Unicode tables")
struct GraphemeTests {
  @Test("the reader splits text into the characters Swift finds")
  func readerMatchesCharacters() {
    var random = SplitMix64(seed: 7)
    for _ in 0..<3000 {
      let text = TextSamples.random(using: &random)
      var read: [[UInt8]] = []
      text.withUTF8Bytes { bytes in
        var reader = GraphemeReader(bytes)
        while let grapheme = reader.next() {
          switch grapheme {
          case .scalar(let scalar): read.append(Array(String(scalar).utf8))
          case .cluster(let character): read.append(Array(character.utf8))
          }
        }
        #expect(reader.offset == bytes.count)
      }
      #expect(read == text.map { Array($0.utf8) }, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test("a character's lone scalar is read from its bytes")
  func loneScalar() {
    #expect(Grapheme("a") == .scalar("a"))
    #expect(Grapheme("é") == .scalar("é"))
    #expect(Grapheme("漢") == .scalar("漢"))
    #expect(Grapheme("🙂") == .scalar("🙂"))
    #expect(Grapheme("e\u{301}") == .cluster("e\u{301}"))
    #expect(Grapheme("\r\n") == .cluster("\r\n"))
    #expect(Grapheme("🇯🇵") == .cluster("🇯🇵"))
  }

  @Test("loners never join a neighbour into one character")
  func loners() {
    // No loner is Extend, ZWJ or SpacingMark (joins what precedes it), Prepend (joins what
    // follows it), a Hangul L, V or T jamo, or a regional indicator; so no rule of UAX #29
    // keeps two loners together.
    let partners: [(before: String, after: String)] = [
      ("a", ""), ("", "a"), ("", "\u{AC00}"), ("\u{AC00}", ""), ("\u{1F1E6}", ""),
    ]
    for value in UInt32(0)..<0x2_0000 where GraphemeReader.isLoner(value) {
      guard let scalar = Unicode.Scalar(value) else { continue }
      for partner in partners {
        let text = partner.before + String(scalar) + partner.after
        #expect(text.count == 2, "U+\(String(value, radix: 16)) joins \(partner)")
      }
    }
  }

  @Test("widths answered by value agree with the Unicode properties")
  func quickWidths() {
    for value in UInt32(0)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(DisplayWidth.width(of: scalar) == DisplayWidth.propertyWidth(of: scalar), "U+\(String(value, radix: 16))")
      #expect(Character(scalar).displayWidth == DisplayWidth.width(ofCluster: Character(scalar)))
    }
  }

  @Test("the control and whitespace lists agree with the Unicode properties")
  func controlAndWhitespace() {
    // Every control and whitespace character is in the Basic Multilingual Plane.
    for value in UInt32(0)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      #expect(DisplayWidth.isControl(value) == (scalar.properties.generalCategory == .control))
      #expect(Grapheme.isWhitespace(value) == scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
    }
  }

  @Test("measuring and cutting text goes by whole characters")
  func measuring() {
    var random = SplitMix64(seed: 11)
    for _ in 0..<2000 {
      let text = TextSamples.random(using: &random)
      #expect(text.displayWidth == text.reduce(0) { $0 + $1.displayWidth })
      let width = Int.random(in: 0...8, using: &random)
      let cut = text.truncated(toWidth: width)
      #expect(cut.displayWidth <= width || cut.count == 1)
      #expect(text.hasPrefix(cut))
    }
  }
}

/// Random text made of pieces that exercise segmentation: ASCII, controls, CR LF,
/// combining marks, joiners, variation selectors, flags, Hangul jamo, wide characters.
enum TextSamples {
  static let pieces: [String] = [
    "a", "Z", "0", " ", " ", "word", "\t", "\n", "\r", "\r\n", "\u{7}", "\u{7F}", "\u{85}", "\u{A0}", "\u{AD}", "é",
    "e\u{301}", "\u{301}", "\u{200B}", "\u{200D}", "\u{FE0F}", "❤", "🔥", "👩", "🇯", "🇵", "🏻", "漢", "字", "한",
    "\u{1100}", "\u{1161}", "\u{11A8}", "ｱ", "\u{FF9E}", "Ａ", "─", "█", "…", "·", "→", "✓", "⌚", "\u{2028}",
    "\u{3000}", "\u{0600}", "\u{0915}", "\u{094D}", "\u{0903}", "Ω", "ж", "©", "🙂", "\u{20E3}", "#",
    "👩\u{200D}👩\u{200D}👧", "\u{D7B0}", "\u{AC00}", "\u{1B}", "\u{FEFF}",
  ]

  static func random(using random: inout SplitMix64, maxPieces: Int = 16) -> String {
    var text = ""
    for _ in 0..<Int.random(in: 0...maxPieces, using: &random) { text += pieces.randomElement(using: &random)! }
    return text
  }
}
