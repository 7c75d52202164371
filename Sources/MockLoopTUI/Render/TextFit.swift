/// The one rule for text that does not fit its room, used by every screen: text that fits is
/// left whole; text that does not is cut at the last word boundary when one lies near the cut
/// (within `reach(width:)` columns), else between characters, and always ends in "…". Separators
/// left dangling at the cut (" · ", ",", "(") and a parenthesis it would leave open go with the cut. Text that is a sentence is wrapped
/// instead (`wrapped(_:width:)`, `SpanWrap`); rows of figures drop whole parts (`PriorityRow`).
public enum TextFit {
  public static let ellipsis = "…"

  /// How far back from the cut a word boundary still counts as near: half the width, at most
  /// 12 columns (so a long title loses its last word, not half of the row).
  public static func reach(width: Int) -> Int { min(12, max(width / 2, 0)) }

  /// Characters that must not end a cut text, before the ellipsis.
  static let dangling: Set<Character> = [" ", "·", ",", ".", ";", ":", "(", "[", "-", "–", "—", "/", "|", "&"]

  /// The number of UTF-8 bytes of `text` kept before the ellipsis when it is cut to `width`
  /// columns (ellipsis included); nil when the text fits whole.
  static func keptLength(of text: some StringProtocol, width: Int) -> Int? {
    guard text.displayWidth > width else { return nil }
    let room = width - 1
    guard room > 0 else { return 0 }
    var used = 0
    var fitEnd = text.startIndex
    var boundary: (index: String.Index, column: Int)?
    var nextIsSpace = false
    var index = text.startIndex
    while index < text.endIndex {
      let character = text[index]
      let characterWidth = character.displayWidth
      if used + characterWidth > room {
        nextIsSpace = character.isWhitespace
        break
      }
      if character.isWhitespace, used > 0 { boundary = (index, used) }
      used += characterWidth
      index = text.index(after: index)
      fitEnd = index
    }
    var end = fitEnd
    if !nextIsSpace, let boundary, boundary.column >= room - reach(width: width) { end = boundary.index }
    var kept = text[text.startIndex..<end]
    // A parenthesis the cut would leave open goes with the cut: "(60 min)" is whole or gone.
    if let open = kept.lastIndex(of: "("), !kept[open...].contains(")"), open > kept.startIndex {
      kept = kept[..<open]
    }
    while let last = kept.last, dangling.contains(last) { kept = kept.dropLast() }
    if kept.isEmpty { kept = text[text.startIndex..<fitEnd] }
    return kept.utf8.count
  }
}

extension StringProtocol {
  /// The text cut to `width` columns by `TextFit`'s rule ("Deep dive and…"); unchanged when it
  /// fits. Never splits a character.
  public func fittedText(toWidth width: Int) -> String {
    guard width > 0 else { return "" }
    guard let kept = TextFit.keptLength(of: self, width: width) else { return String(self) }
    return String(decoding: utf8.prefix(kept), as: UTF8.self) + TextFit.ellipsis
  }
}

extension Array where Element == Span {
  /// The spans cut to `width` columns by `TextFit`'s rule, the ellipsis in the role of the
  /// text it follows; unchanged when they fit (trailing spaces that overflow are dropped).
  public func fitted(toWidth width: Int) -> [Span] {
    guard width > 0 else { return [] }
    guard displayWidth > width else { return self }
    let joined = map(\.text).joined()
    var trimmed = Substring(joined)
    while let last = trimmed.last, last == " " { trimmed = trimmed.dropLast() }
    let keep: Int
    var ellipsis = true
    if let kept = TextFit.keptLength(of: trimmed, width: width) {
      keep = kept
    } else {
      keep = trimmed.utf8.count
      ellipsis = false
    }
    var result: [Span] = []
    var remaining = keep
    var lastRole = first?.role ?? .text
    for span in self where remaining > 0 {
      let bytes = span.text.utf8
      let taken = Swift.min(bytes.count, remaining)
      result.append(Span(String(decoding: bytes.prefix(taken), as: UTF8.self), role: span.role))
      lastRole = span.role
      remaining -= taken
    }
    if ellipsis { result.append(Span(TextFit.ellipsis, role: lastRole)) }
    return result
  }
}
