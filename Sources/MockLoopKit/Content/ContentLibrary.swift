import Foundation

/// Every format, deck, rubric and theme that loaded, plus the errors of those that did not.
///
/// Invariants: ids are unique within each kind (a later folder overrides an earlier one by id);
/// question ids are unique across decks; every timed follow-up falls inside the formats its
/// question is meant for. A file or question that breaks a rule is left out and its error kept.
public struct ContentLibrary: Sendable {
  public private(set) var formats: [InterviewFormat] = []
  public private(set) var decks: [Deck] = []
  public private(set) var rubrics: [Rubric] = []
  public private(set) var themes: [Theme] = []
  public private(set) var errors: [ContentError] = []
  /// How many files were read.
  public private(set) var fileCount = 0

  public init() {}

  /// A library holding exactly the given content (for previews and tests).
  public init(formats: [InterviewFormat], decks: [Deck], rubrics: [Rubric] = [], themes: [Theme] = []) {
    self.formats = formats
    self.decks = decks
    self.rubrics = rubrics
    self.themes = themes
  }

  /// Loads everything under the given locations; missing folders are simply empty. Files that
  /// did not change since `cache` saw them are not parsed again.
  public static func load(from locations: ContentLocations, cache: ContentCache? = nil) -> ContentLibrary {
    var library = ContentLibrary()
    library.cache = cache
    defer { cache?.save() }
    for folder in locations.deckFolders {
      library.loadFiles(in: folder.appendingPathComponent("formats"), kind: .format)
      library.loadFiles(in: folder.appendingPathComponent("rubrics"), kind: .rubric)
      library.loadFiles(in: folder, kind: .deck)
    }
    for folder in locations.themeFolders { library.loadFiles(in: folder, kind: .theme) }
    library.checkQuestionsAgainstFormats()
    return library
  }

  /// Loads the given files and folders, each file's kind taken from its folder (for `decks lint`).
  /// A folder is read like a decks folder, or like a themes folder when it is named so.
  public static func load(paths: [URL]) -> ContentLibrary {
    var library = ContentLibrary()
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
        library.errors.append(ContentError(file: path.path, line: 1, column: 1, message: "no such file or folder"))
        continue
      }
      if !isFolder.boolValue {
        library.loadFile(path, kind: ContentKind.of(path))
      } else if path.lastPathComponent.lowercased() == "themes" {
        library.loadFiles(in: path, kind: .theme)
      } else if ["formats", "rubrics"].contains(path.lastPathComponent) {
        library.loadFiles(in: path, kind: ContentKind.of(path.appendingPathComponent("x.yaml")))
      } else {
        library.loadFiles(in: path.appendingPathComponent("formats"), kind: .format)
        library.loadFiles(in: path.appendingPathComponent("rubrics"), kind: .rubric)
        library.loadFiles(in: path, kind: .deck)
      }
    }
    library.checkQuestionsAgainstFormats()
    return library
  }

  // MARK: Lookup

  public func format(id: String) -> InterviewFormat? { formats.first { $0.id == id } }
  public func rubric(id: String) -> Rubric? { rubrics.first { $0.id == id } }
  public func theme(id: String) -> Theme? { themes.first { $0.id == id } }
  public func deck(id: String) -> Deck? { decks.first { $0.id == id } }

  /// A question and the deck that holds it.
  public func question(id: String) -> (question: Question, deck: Deck)? {
    for deck in decks {
      if let question = deck.questions.first(where: { $0.id == id }) { return (question, deck) }
    }
    return nil
  }

  public var allQuestions: [(question: Question, deck: Deck)] {
    decks.flatMap { deck in deck.questions.map { ($0, deck) } }
  }

  /// The formats a question can be run in: those it names, else those of its levels or of any level.
  public func formats(for question: Question) -> [InterviewFormat] {
    formats.filter(question.fits)
  }

  /// The formats a question's follow-up minutes must fit: those it names, else those of its levels.
  private func formatsChecked(for question: Question) -> [InterviewFormat] {
    if !question.formats.isEmpty { return formats.filter { question.formats.contains($0.id) } }
    return formats.filter { format in format.level.map(question.levels.contains) ?? false }
  }

  // MARK: Loading

  private mutating func loadFiles(in folder: URL, kind: ContentKind) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    for name in names.sorted() {
      let file = folder.appendingPathComponent(name)
      var isFolder: ObjCBool = false
      guard ContentKind.isContentFile(file), FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder),
        !isFolder.boolValue
      else { continue }
      loadFile(file, kind: kind)
    }
  }

  private mutating func loadFile(_ url: URL, kind: ContentKind) {
    fileCount += 1
    let parse = { Self.parse(url, kind: kind) }
    switch cache?.result(for: url, parse: parse) ?? parse() {
    case .format(let format): formats.replaceOrAppend(format)
    case .rubric(let rubric): rubrics.replaceOrAppend(rubric)
    case .theme(let theme): themes.replaceOrAppend(theme)
    case .deck(let deck, let locations): add(deck, readers: locations)
    case .failure(let error): errors.append(error)
    }
  }

  private static func parse(_ url: URL, kind: ContentKind) -> ContentFileResult {
    let file = url.path
    do {
      let data = try Data(contentsOf: url)
      let root = try ContentParser.root(of: data, file: file)
      switch kind {
      case .format: return .format(try ContentParser.format(from: root))
      case .rubric: return .rubric(try ContentParser.rubric(from: root))
      case .theme: return .theme(try ContentParser.theme(from: root))
      case .deck:
        let (deck, locations) = try ContentParser.deck(from: root, file: file)
        return .deck(deck, locations)
      }
    } catch let error as ContentError {
      return .failure(error)
    } catch {
      return .failure(
        ContentError(file: file, line: 1, column: 1, message: "cannot read the file: \(error.localizedDescription)"))
    }
  }

  private var cache: ContentCache?

  /// Where each question's parts sit, kept until the cross-file checks ran, to locate their errors.
  private var questionLocations: [String: QuestionLocations] = [:]

  private mutating func add(_ deck: Deck, readers: [String: QuestionLocations]) {
    var deck = deck
    // A deck replacing one of the same id drops the old deck's questions before the check below.
    decks.removeAll { $0.id == deck.id }
    let taken = Set(decks.flatMap { $0.questions.map(\.id) })
    deck.questions.removeAll { question in
      guard taken.contains(question.id), let reader = readers[question.id] else { return false }
      let owner = decks.first { $0.questions.contains { $0.id == question.id } }
      errors.append(
        reader.question.error("question id '\(question.id)' is already used in \(owner?.file ?? "another deck")"))
      return true
    }
    questionLocations.merge(readers) { _, new in new }
    decks.append(deck)
  }

  private mutating func checkQuestionsAgainstFormats() {
    let formatIDs = Set(formats.map(\.id))
    var checked = decks
    var found: [ContentError] = []
    for deckIndex in checked.indices {
      checked[deckIndex].questions.removeAll { question in
        guard let locations = questionLocations[question.id],
          let problem = problem(with: question, formatIDs: formatIDs, reader: locations)
        else { return false }
        found.append(problem)
        return true
      }
    }
    decks = checked
    errors += found
    questionLocations = [:]
  }

  private func problem(with question: Question, formatIDs: Set<String>, reader: QuestionLocations) -> ContentError? {
    for (index, id) in question.formats.enumerated() where !formatIDs.contains(id) {
      let item = reader.formats.indices.contains(index) ? reader.formats[index] : reader.question
      return item.error("unknown format '\(id)' in question '\(question.id)'")
    }
    let followUpReaders = reader.followUps
    for (index, followUp) in question.followUps.enumerated() {
      guard let minute = followUp.minute else { continue }
      for format in formatsChecked(for: question) {
        let asked = followUp.levels.isEmpty || format.level.map(followUp.levels.contains) ?? true
        guard asked, minute >= format.totalMinutes else { continue }
        let item = followUpReaders.indices.contains(index) ? followUpReaders[index] : reader.question
        return item.error(
          "follow-up at minute \(minute) of question '\(question.id)' falls outside format '\(format.id)' (\(format.totalMinutes) minutes)"
        )
      }
    }
    return nil
  }
}

extension Array where Element: Identifiable {
  /// Replaces the element with the same id (a later folder overrides an earlier one), else appends.
  fileprivate mutating func replaceOrAppend(_ element: Element) {
    if let index = firstIndex(where: { $0.id == element.id }) {
      self[index] = element
    } else {
      append(element)
    }
  }
}
