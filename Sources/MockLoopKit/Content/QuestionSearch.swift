/// How a search of the question list matches and ranks: every word typed must appear (case
/// ignored) somewhere in the question, and the questions whose title holds them all come first,
/// then those matched by their tags (focus areas, id, deck), then those matched only in the body
/// (the prompt).
public struct QuestionSearch: Sendable, Equatable {
  /// Where a question matched, best first.
  public enum Rank: Int, Sendable, Comparable, CaseIterable {
    case title, tags, body

    public static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
  }

  /// The words of the search, in lower case.
  public let words: [String]

  public init(_ text: String) {
    words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
  }

  /// Whether the search is empty (everything matches, in title rank).
  public var isEmpty: Bool { words.isEmpty }

  /// The best rank at which every word is found: the title alone, the title with the tags, or
  /// those with the body; nil when some word is nowhere in the question.
  public func rank(of question: Question, deckID: String) -> Rank? {
    guard !words.isEmpty else { return .title }
    let title = question.title.lowercased()
    if words.allSatisfy(title.contains) { return .title }
    let tags = ([title, question.id, deckID] + question.focus).joined(separator: " ").lowercased()
    if words.allSatisfy(tags.contains) { return .tags }
    let all = tags + " " + question.prompt.lowercased()
    return words.allSatisfy(all.contains) ? .body : nil
  }

  /// The entries that match, best rank first, keeping their given order within a rank.
  public func ranked<Entry>(_ entries: [Entry], question: (Entry) -> (Question, deckID: String)) -> [Entry] {
    let found = entries.enumerated().compactMap { index, entry -> (Rank, Int, Entry)? in
      let (asked, deckID) = question(entry)
      return rank(of: asked, deckID: deckID).map { ($0, index, entry) }
    }
    return found.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
  }
}
