import Testing

@testable import MockLoopTUI

@Suite("Keys and input decoding")
struct KeyTests {
  @Test("keys describe themselves the way help text shows them")
  func descriptions() {
    #expect(Key.control("w").description == "Ctrl-W")
    #expect(Key.character(" ").description == "Space")
    #expect(Key.character("q").description == "q")
    #expect(Key.tab.description == "Tab")
    #expect(Key.backTab.description == "Shift-Tab")
    #expect(Key.up.description == "↑")
    #expect(Key.alt("x").description == "Alt-x")
    #expect(Key.function(5).description == "F5")
    #expect(Key.escape.description == "Esc")
    #expect(Key.control(" ").description == "Ctrl-Space")
    #expect(Key.alt("\u{7F}").description == "Alt-Backspace")
  }

  @Test("control codes become named keys or Ctrl-letters")
  func controlCodes() {
    #expect(KeyDecoding.key(controlCode: 1) == .control("a"))
    #expect(KeyDecoding.key(controlCode: 23) == .control("w"))
    #expect(KeyDecoding.key(controlCode: 26) == .control("z"))
    #expect(KeyDecoding.key(controlCode: 9) == .tab)
    #expect(KeyDecoding.key(controlCode: 13) == .enter)
    #expect(KeyDecoding.key(controlCode: 10) == .enter)
    #expect(KeyDecoding.key(controlCode: 8) == .backspace)
    #expect(KeyDecoding.key(controlCode: 127) == .backspace)
    #expect(KeyDecoding.key(controlCode: 0) == .control(" "))
    #expect(KeyDecoding.key(controlCode: 27) == nil)
    #expect(KeyDecoding.key(controlCode: 65) == nil)
  }

  @Test("CSI sequences give their keys, modifiers ignored")
  func csi() {
    #expect(KeyDecoding.key(csi: "A") == .up)
    #expect(KeyDecoding.key(csi: "1;5A") == .up)
    #expect(KeyDecoding.key(csi: "1;3D") == .left)
    #expect(KeyDecoding.key(csi: "3~") == .delete)
    #expect(KeyDecoding.key(csi: "3;5~") == .delete)
    #expect(KeyDecoding.key(csi: "5~") == .pageUp)
    #expect(KeyDecoding.key(csi: "6~") == .pageDown)
    #expect(KeyDecoding.key(csi: "Z") == .backTab)
    #expect(KeyDecoding.key(csi: "15~") == .function(5))
    #expect(KeyDecoding.key(csi: "24~") == .function(12))
    #expect(KeyDecoding.key(csi: "1;2P") == .function(1))
    #expect(KeyDecoding.key(csi: "201~") == nil)
    #expect(KeyDecoding.key(csi: "?1u") == nil)
  }

  @Test("SS3 sequences give cursor keys and F1 to F4")
  func ss3() {
    #expect(KeyDecoding.key(ss3: "A") == .up)
    #expect(KeyDecoding.key(ss3: "P") == .function(1))
    #expect(KeyDecoding.key(ss3: "S") == .function(4))
    #expect(KeyDecoding.key(ss3: "x") == nil)
  }

  @Test("pasted line breaks become newlines and nothing else changes")
  func pasteNormalization() {
    let scalars = "a\r\nb\rc\nd\t漢🙂".unicodeScalars.map(\.value)
    #expect(KeyDecoding.normalizedPaste(scalars) == "a\nb\nc\nd\t漢🙂")
  }

  @Test("the paste end marker is ESC [ 201 ~")
  func pasteMarkers() {
    #expect(String(String.UnicodeScalarView(KeyDecoding.pasteEnd.compactMap(Unicode.Scalar.init))) == "\u{1B}[201~")
    #expect(KeyDecoding.pasteStart == "200~")
  }
}
