import MockLoopKit
import Testing

@Suite("Question search ranks title matches first")
struct QuestionSearchTests {
  static let inBody = Question(
    id: "news-feed", title: "Design a news feed", levels: [.l6], prompt: "Posts are read through a cache.")
  static let inTags = Question(
    id: "rate-limiter", title: "Design a rate limiter", levels: [.l6], prompt: "Throttle callers.",
    focus: ["Cache of counters"])
  static let inTitle = Question(
    id: "kv-store", title: "Design a distributed cache", levels: [.l6], prompt: "Keys and values.")
  static let nowhere = Question(id: "chat", title: "Design a chat", levels: [.l6], prompt: "Users talk.")

  @Test("title matches come before tag matches, which come before body matches; non-matches are left out")
  func ranksTitleThenTagsThenBody() {
    let listed = [Self.inBody, Self.nowhere, Self.inTags, Self.inTitle]
    let ranked = QuestionSearch("cache").ranked(listed) { ($0, deckID: "deck") }
    #expect(ranked.map(\.id) == ["kv-store", "rate-limiter", "news-feed"])
  }

  @Test("every word must match somewhere; the rank is the narrowest place that holds them all")
  func everyWordMatches() {
    let search = QuestionSearch("Design CACHE")
    #expect(search.rank(of: Self.inTitle, deckID: "deck") == .title)
    #expect(search.rank(of: Self.inTags, deckID: "deck") == .tags)
    #expect(search.rank(of: Self.inBody, deckID: "deck") == .body)
    #expect(search.rank(of: Self.nowhere, deckID: "deck") == nil)
    #expect(QuestionSearch("deck").rank(of: Self.nowhere, deckID: "deck") == .tags)
  }

  @Test("an empty search keeps every question in its order")
  func emptySearchKeepsOrder() {
    let listed = [Self.inBody, Self.nowhere, Self.inTags]
    #expect(QuestionSearch("  ").ranked(listed) { ($0, deckID: "d") }.map(\.id) == listed.map(\.id))
  }
}
