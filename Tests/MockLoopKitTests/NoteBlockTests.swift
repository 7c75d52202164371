import Testing

@testable import MockLoopKit

@Suite("Notes as text blocks")
struct NoteBlockTests {
  @Test("headings, nested and ordered lists, quotes, fences, typed tables and paragraphs become blocks")
  func blocks() {
    let notes = """
      # Plan
      - base62 ids
        - 7 chars
      1. read path
      2. write path
      > ask about regions

      Read heavy, 100:1.
      so cache it
      ```
      GET /{code}
      ```
      | qps | 1e4 |
      | p99 | 20 ms |
      #not a heading
      """
    #expect(
      NoteBlock.parse(notes) == [
        .heading(level: 1, text: "Plan"),
        .list([(0, "base62 ids"), (1, "7 chars")], ordered: false),
        .list([(0, "read path"), (0, "write path")], ordered: true),
        .quote("ask about regions"),
        .paragraph("Read heavy, 100:1.\nso cache it"),
        .preformatted("GET /{code}"),
        .preformatted("| qps | 1e4 |\n| p99 | 20 ms |"),
        .paragraph("#not a heading"),
      ])
  }

  @Test("an unclosed fence keeps its lines, and inline markup stays the characters typed")
  func unclosedFenceAndInlineMarkup() {
    #expect(NoteBlock.parse("```\nlet x = 1") == [.preformatted("let x = 1")])
    #expect(
      NoteBlock.parse("**bold** [link](http://x) <b>tag</b>") == [.paragraph("**bold** [link](http://x) <b>tag</b>")])
    #expect(NoteBlock.parse("") == [])
  }

  @Test("notes are written as escaped text blocks, never as HTML of their own")
  func rendered() {
    let html = HTMLReport.notes("# Title <i>\n- item <b>\n\n<p onclick=x>para</p>\n```\n</pre><script>\n```")
    #expect(
      html == """
        <div class="notes">
        <h3>Title &lt;i&gt;</h3>
        <ul>
        <li>item &lt;b&gt;</li>
        </ul>
        <p>&lt;p onclick=x&gt;para&lt;/p&gt;</p>
        <pre>&lt;/pre&gt;&lt;script&gt;</pre>
        </div>

        """)
  }
}
