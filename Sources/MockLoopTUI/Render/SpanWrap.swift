/// Wraps a line of styled text as a paragraph: `lead` spans (a bullet, "12m ", a label) start
/// the first line and as many spaces start the others, so the text hangs under itself; the
/// body wraps at word boundaries (`wrapped(_:width:)`) and every piece keeps its role.
public enum SpanWrap {
  public static func lines(lead: [Span] = [], _ body: [Span], width: Int) -> [[Span]] {
    let leadWidth = lead.displayWidth
    let textWidth = max(width - leadWidth, 1)
    let joined = body.map(\.text).joined()
    let indent = [Span(String(repeating: " ", count: leadWidth))]
    // Where each span starts and ends in the joined text, in UTF-8 bytes.
    var bounds: [(start: Int, end: Int, role: StyleRole)] = []
    var offset = 0
    for span in body {
      let count = span.text.utf8.count
      bounds.append((offset, offset + count, span.role))
      offset += count
    }
    let utf8 = joined.utf8
    return wrappedLines(joined, width: textWidth).enumerated().map { index, line in
      let start = utf8.distance(from: utf8.startIndex, to: line.range.lowerBound)
      let end = start + line.text.utf8.count
      var spans = index == 0 ? lead : (leadWidth > 0 ? indent : [])
      for bound in bounds where bound.end > start && bound.start < end {
        let from = max(bound.start, start)
        let to = min(bound.end, end)
        let piece = utf8.dropFirst(from).prefix(to - from)
        spans.append(Span(String(decoding: piece, as: UTF8.self), role: bound.role))
      }
      return spans
    }
  }

  /// Plain text wrapped with a lead, in one role.
  public static func lines(lead: [Span] = [], _ text: String, role: StyleRole = .text, width: Int) -> [[Span]] {
    lines(lead: lead, [Span(text, role: role)], width: width)
  }
}
