/// A question's `dimensions`: the rubric dimensions it exercises most.
extension ContentParser {
  /// The most dimensions a question may name: more would say nothing about what it is for.
  static let dimensionTags = 1...4

  /// Distinct dimension ids, 1 to 4 of them; an absent key means none. Whether each id belongs
  /// to a rubric the question is graded with is checked once every file is read.
  static func dimensions(from reader: YAMLReader?) throws -> [String] {
    guard let reader else { return [] }
    let items = try reader.list()
    guard dimensionTags.contains(items.count) else {
      throw reader.error(
        "'\(reader.path)' names \(dimensionTags.lowerBound) to \(dimensionTags.upperBound) rubric dimensions, found \(items.count)"
      )
    }
    var seen = Set<String>()
    return try items.map { item in
      let id = try item.identifier()
      guard seen.insert(id).inserted else { throw item.error("dimension '\(id)' is named twice") }
      return id
    }
  }
}

extension ContentLibrary {
  /// The dimension ids a question may name: those of the rubrics it is graded with in the
  /// formats it runs in, and of the main rubric, which the practice plan reads weaknesses from.
  /// Nil when no rubric is loaded (a deck checked on its own).
  func dimensionIDs(for question: Question) -> Set<String>? {
    guard !rubrics.isEmpty else { return nil }
    let graded = formats.filter(question.fits).compactMap(rubric(for:)) + [mainRubric].compactMap { $0 }
    return Set(graded.flatMap { $0.dimensions.map(\.id) })
  }

  /// The first dimension a question names that none of its rubrics has, as an error at its place.
  func unknownDimension(of question: Question, at places: [SourceLocation], fallback: SourceLocation) -> ContentError? {
    guard let known = dimensionIDs(for: question) else { return nil }
    for (index, id) in question.dimensions.enumerated() where !known.contains(id) {
      let place = places.indices.contains(index) ? places[index] : fallback
      return place.error(
        "question '\(question.id)' names dimension '\(id)', which no rubric it is graded with has (known: \(known.sorted().joined(separator: ", ")))"
      )
    }
    return nil
  }
}
