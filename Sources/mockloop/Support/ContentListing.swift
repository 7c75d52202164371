import MockLoopKit

/// The JSON shape of `decks list --json`.
struct DeckListing: Encodable {
  struct FormatEntry: Encodable {
    var id: String
    var title: String
    var level: String
    var minutes: Int
    var phases: [String]
  }

  struct DeckEntry: Encodable {
    var id: String
    var title: String
    var file: String
    var questions: [QuestionEntry]

    init(_ deck: Deck) {
      id = deck.id
      title = deck.title
      file = deck.file
      questions = deck.questions.map {
        QuestionEntry(id: $0.id, title: $0.title, levels: $0.levels, formats: $0.formats)
      }
    }
  }

  struct QuestionEntry: Encodable {
    var id: String
    var title: String
    var levels: [Level]
    var formats: [String]
  }

  var formats: [FormatEntry]
  var decks: [DeckEntry]
  var rubrics: [String]
  var themes: [String]
  var errors: [String]

  init(library: ContentLibrary) {
    formats = library.formats.map {
      FormatEntry(
        id: $0.id, title: $0.title, level: $0.level?.rawValue ?? "any", minutes: $0.totalMinutes,
        phases: $0.phases.map(\.id))
    }
    decks = library.decks.map(DeckEntry.init)
    rubrics = library.rubrics.map(\.id)
    themes = library.themes.map(\.id)
    errors = library.errors.map(\.description)
  }
}

/// The JSON shape of a rubric in `decks show ID --json`.
struct RubricListing: Encodable {
  struct Dimension: Encodable {
    var id: String
    var title: String
    var levels: [Level]
    var core: Bool
    var expect: [String: String]
  }

  struct Bar: Encodable {
    var minEach: Int?
    var coreAverage: Double?
    var require: [String: Int]
  }

  var id: String
  var title: String
  var scale: [String]
  var dimensions: [Dimension]
  var bar: [String: Bar]
  var selfAssessment: [String: [String]]

  init(_ rubric: Rubric) {
    id = rubric.id
    title = rubric.title
    scale = (rubric.scale.minimum...rubric.scale.maximum).map { "\($0) \(rubric.scale.label(for: $0))" }
    dimensions = rubric.dimensions.map { dimension in
      Dimension(
        id: dimension.id, title: dimension.title, levels: dimension.levels, core: dimension.isCore,
        expect: Dictionary(uniqueKeysWithValues: dimension.expectations.map { ($0.key.rawValue, $0.value) }))
    }
    bar = Dictionary(
      uniqueKeysWithValues: rubric.bars.map { level, rule in
        (level.rawValue, Bar(minEach: rule.minimumEach, coreAverage: rule.coreAverage, require: rule.required))
      })
    selfAssessment = Dictionary(uniqueKeysWithValues: rubric.selfAssessment.map { ($0.title, $0.items) })
  }
}
