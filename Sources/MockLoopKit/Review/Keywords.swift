/// Plain keyword matching between a rubric dimension's title and a question's title and focus:
/// lowercased words of three letters or more, a plural "s" dropped, filler words ignored.
enum Keywords {
  /// Words too common in titles and focus lines to say anything about a dimension.
  static let ignored: Set<String> = [
    "and", "the", "for", "with", "how", "what", "its", "from", "into", "versus", "design", "your", "that", "this",
  ]

  /// The keywords of `text` in the order they first appear, each with the word it came from.
  static func of(_ text: String) -> [(key: String, word: String)] {
    var seen: Set<String> = []
    var result: [(key: String, word: String)] = []
    for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init) {
      let key = stem(word)
      guard key.count >= 3, !ignored.contains(key), seen.insert(key).inserted else { continue }
      result.append((key, word))
    }
    return result
  }

  static func stem(_ word: String) -> String {
    word.count > 3 && word.hasSuffix("s") && !word.hasSuffix("ss") ? String(word.dropLast()) : word
  }
}
