import Foundation
import Testing

@testable import MockLoopKit

@Suite("Report escaping")
struct ReportEscapingTests {
  static let hostile =
    "<script>alert('x')</script></svg><img src=x onerror=alert(1)> \"quoted\" & 'single' \u{1B}[31mred\u{7}\u{0}\u{9B}2J"

  @Test("escape turns markup characters into entities and control characters into U+FFFD, keeping newlines and tabs")
  func escapeFunction() {
    #expect(Markup.escape("a & b < c > d \"e\" 'f'") == "a &amp; b &lt; c &gt; d &quot;e&quot; &#39;f&#39;")
    #expect(Markup.escape("bell\u{7} esc\u{1B} nul\u{0} csi\u{9B} del\u{7F}") == "bell� esc� nul� csi� del�")
    #expect(Markup.escape("line\n\tindented") == "line\n\tindented")
    #expect(Markup.escape("no\u{FFFE}n\u{FFFF}") == "no�n�")
    #expect(Markup.escape("読み取り 🙂 plain") == "読み取り 🙂 plain")
  }

  /// A finished, graded session whose every stored string is hostile.
  static func hostileSession() -> (Session, Question) {
    let clock = ManualClock()
    var format = Fixtures.l7Format
    format.title = Self.hostile
    format.phases[0].title = "</svg><script>phase</script>"
    format.phases[0].checklist[0] = "<b onmouseover=alert(1)>item</b>"
    var question = Fixtures.question
    question.title = Self.hostile
    question.prompt = "<iframe src=\"https://example.com\"></iframe>"
    question.reference = "</pre><script>reference()</script>"
    question.followUps[0].text = "<script>follow()</script>"
    question.followUps[0].answer = ["<a href=\"javascript:alert(1)\">x</a>", "& second", "' third"]
    var session = Session(
      id: "<id>\"'", format: format,
      question: QuestionSnapshot(id: question.id, title: question.title, deckID: "<deck>"), level: .l7,
      createdAt: clock.now)
    session.start(at: clock.now)
    clock.advance(minutes: 3)
    session.toggleMark(phase: 0, item: 0, at: clock.now)
    session.reveal(question.followUps[0], onDemand: false, at: clock.now)
    clock.advance(minutes: 80)
    session.finish(at: clock.now)
    session.notes = "# </h3><script>notes()</script>\n- <style>body{display:none}</style>\n\n" + Self.hostile
    session.assessment = Assessment(
      rubricID: VerdictTests.rubric.id, scores: VerdictTests.scores(3, 3, 3, 3, 3, 3), wentWell: Self.hostile,
      toImprove: "</div></section><script>x()</script>", gradedAt: clock.now)
    return (session, question)
  }

  @Test(
    "a report of hostile titles, notes, checklist items and answers holds no markup of theirs and no control character")
  func hostileSessionReport() {
    let (session, question) = Self.hostileSession()
    let html = SessionHTMLReport.html(
      session: session, rubric: VerdictTests.rubric, question: question, now: session.createdAt + 7200,
      dates: ReportDates(timeZone: TimeZone(identifier: "UTC")!))
    for forbidden in [
      "<script", "</script", "<img", "<iframe", "<a href", "<b onmouseover", "<style>body", "javascript:alert\">",
      "\u{1B}", "\u{7}", "\u{0}", "\u{9B}", "src=\"https", "id=\"<id>",
    ] {
      #expect(!html.contains(forbidden), "the page holds \(forbidden.debugDescription)")
    }
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;/svg&gt;"))
    #expect(html.contains("&lt;script&gt;follow()&lt;/script&gt;"))
    #expect(html.contains("&lt;a href=&quot;javascript:alert(1)&quot;&gt;x&lt;/a&gt;"))
    #expect(html.contains("&amp; second") && html.contains("&#39; third"))
    #expect(html.contains("red�"))
    // Only the page's own elements: one style, as many svg openings as closings, no script at all.
    #expect(html.components(separatedBy: "<style>").count == 2)
    #expect(html.components(separatedBy: "<svg ").count == html.components(separatedBy: "</svg>").count)
    #expect(html.components(separatedBy: "<svg ").count == 5)
  }

  @Test("the whole-preparation report escapes hostile question titles in its charts and tables")
  func hostilePracticeReport() {
    let (session, question) = Self.hostileSession()
    let content = ContentLibrary(
      formats: [session.format], decks: [Deck(id: "<deck>", title: "D", questions: [question], file: "d.yaml")],
      rubrics: [VerdictTests.rubric])
    let html = PracticeHTMLReport.html(
      sessions: [session], content: content, rubric: VerdictTests.rubric, since: nil, now: session.createdAt + 7200,
      dates: ReportDates(timeZone: TimeZone(identifier: "UTC")!))
    #expect(!html.contains("<script"))
    #expect(!html.contains("\u{1B}"))
    #expect(html.contains("<title>2027-01-15 &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;/svg&gt;"))
    #expect(html.components(separatedBy: "<svg ").count == html.components(separatedBy: "</svg>").count)
  }

  @Test(
    "a page loads nothing from elsewhere: no script, link, image, frame, import or url(), and a policy forbidding them")
  func nothingExternal() {
    let (session, question) = Self.hostileSession()
    let html = SessionHTMLReport.html(
      session: session, rubric: VerdictTests.rubric, question: question, now: session.createdAt + 7200)
    for fetching in [
      "<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url(", "src=\"", "href=\"",
    ] {
      #expect(!html.contains(fetching), "the page holds \(fetching)")
    }
    #expect(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'\""))
  }
}
