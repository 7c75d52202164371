import Foundation

/// Every format, deck, rubric and theme that loaded, plus the errors of those that did not.
///
/// Invariants: ids are unique within each kind (a later folder overrides an earlier one by id);
/// question ids are unique across decks; every format's rubric is loaded; every question fits
/// at least one format and every format it names, and each of its placed follow-ups has its
/// role in some format it runs in. A file or question that breaks a rule is left out and its
/// error kept.
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

  /// A library holding exactly the given content and errors (a `ContentIndex`'s outline).
  init(
    formats: [InterviewFormat], decks: [Deck], rubrics: [Rubric], themes: [Theme], errors: [ContentError],
    fileCount: Int
  ) {
    self.formats = formats
    self.decks = decks
    self.rubrics = rubrics
    self.themes = themes
    self.errors = errors
    self.fileCount = fileCount
  }

  /// Loads everything under the given locations; missing folders are simply empty. Files that
  /// did not change since `cache` saw them are not parsed again.
  public static func load(from locations: ContentLocations, cache: ContentCache? = nil) -> ContentLibrary {
    var cache = cache
    let library = load(from: locations, updating: &cache)
    cache?.save()
    return library
  }

  /// Loads like `load(from:cache:)` but leaves writing the updated cache to the caller (the
  /// app writes it after its first frame: encoding it is dearer than reading it).
  public static func load(from locations: ContentLocations, updating cache: inout ContentCache?) -> ContentLibrary {
    var library = ContentLibrary()
    for (file, kind) in contentFiles(in: locations) { library.loadFile(file, kind: kind, cache: &cache) }
    library.checkReferences()
    return library
  }

  /// The standard content as far as the statistics need it (questions' titles, levels,
  /// formats, dimensions and follow-up placements; formats; rubrics; themes): the outline of
  /// the content index when it is up to date, else the whole library, loaded through the
  /// content cache, whose index is then written so that the next call reads it instead.
  public static func loadOutline(environment: [String: String]) -> ContentLibrary {
    let locations = ContentLocations.standard(environment: environment)
    let stamps = ContentIndex.stamps(of: locations)
    let url = ContentIndex.standardURL(environment: environment)
    if let index = ContentIndex.current(
      stamps: stamps, at: url, builtInRoot: ContentLocations.builtInRoot(environment: environment))
    {
      return index.outline
    }
    let library = load(from: locations, cache: ContentCache.standard(environment: environment))
    ContentIndex(library: library, files: stamps).write(to: url)
    return library
  }

  /// Every file `load(from:cache:)` reads, in the order it reads them, with the kind each is
  /// read as.
  static func contentFiles(in locations: ContentLocations) -> [(URL, ContentKind)] {
    var files: [(URL, ContentKind)] = []
    for folder in locations.deckFolders {
      files += contentFiles(in: folder.appendingPathComponent("formats")).map { ($0, .format) }
      files += contentFiles(in: folder.appendingPathComponent("rubrics")).map { ($0, .rubric) }
      files += contentFiles(in: folder).map { ($0, .deck) }
    }
    for folder in locations.themeFolders { files += contentFiles(in: folder).map { ($0, .theme) } }
    return files
  }

  /// Loads the given files and folders, each file's kind taken from its folder (for `decks lint`).
  /// A folder is read like a decks folder, or like a themes folder when it is named so.
  public static func load(paths: [URL]) -> ContentLibrary {
    var library = ContentLibrary()
    var cache: ContentCache?
    for path in paths {
      var isFolder: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
        library.errors.append(ContentError(file: path.path, line: 1, column: 1, message: "no such file or folder"))
        continue
      }
      if !isFolder.boolValue {
        library.loadFile(path, kind: ContentKind.of(path), cache: &cache)
      } else if path.lastPathComponent.lowercased() == "themes" {
        library.loadFiles(in: path, kind: .theme, cache: &cache)
      } else if ["formats", "rubrics"].contains(path.lastPathComponent) {
        library.loadFiles(in: path, kind: ContentKind.of(path.appendingPathComponent("x.yaml")), cache: &cache)
      } else {
        library.loadFiles(in: path.appendingPathComponent("formats"), kind: .format, cache: &cache)
        library.loadFiles(in: path.appendingPathComponent("rubrics"), kind: .rubric, cache: &cache)
        library.loadFiles(in: path, kind: .deck, cache: &cache)
      }
    }
    library.checkReferences()
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

  /// Every estimation drill of every deck, in deck order.
  public var allEstimates: [EstimationDrill] { decks.flatMap(\.estimates) }

  public func estimate(id: String) -> EstimationDrill? { allEstimates.first { $0.id == id } }

  /// The formats a question runs in, by the one rule of `Question.fits`.
  public func formats(for question: Question) -> [InterviewFormat] {
    formats.filter(question.fits)
  }

  // MARK: Rubrics

  /// The id of the rubric a format that names none is graded with.
  public static let mainRubricID = "amazon-l6-l7"

  /// The rubric of formats that name none: `mainRubricID`, else the first loaded.
  public var mainRubric: Rubric? { formatRubricID(named: nil).flatMap(rubric(id:)) }

  /// The one rule for which rubric grades a session of `format`: the rubric the format
  /// names, else the main rubric.
  public func rubric(for format: InterviewFormat) -> Rubric? {
    formatRubricID(named: format.rubricID).flatMap(rubric(id:))
  }

  /// The rubric a session is graded with: the one its assessment was made with when it is
  /// loaded; else the rule for its format (the format as it is now when the session's copy
  /// predates formats naming rubrics).
  public func rubric(for session: Session) -> Rubric? {
    rubric(gradedWith: session.assessment?.rubricID, format: session.format)
  }

  /// The rubric a session is graded with, by the rule of `rubric(for:)` on a whole session.
  public func rubric(for digest: SessionDigest) -> Rubric? {
    rubric(gradedWith: digest.grade?.rubricID, format: digest.format)
  }

  private func rubric(gradedWith rubricID: String?, format snapshot: InterviewFormat) -> Rubric? {
    resolvedRubricID(gradedWith: rubricID, formatID: snapshot.id, formatRubricID: snapshot.rubricID)
      .flatMap(rubric(id:))
  }

  /// The id of the rubric `rubric(gradedWith:format:)` gives for a snapshot of format `formatID`
  /// naming `formatRubricID`, without copying rubrics or formats.
  private func resolvedRubricID(gradedWith rubricID: String?, formatID: String, formatRubricID: String?) -> String? {
    if let rubricID, rubrics.contains(where: { $0.id == rubricID }) { return rubricID }
    if formatRubricID == nil, let current = formats.firstIndex(where: { $0.id == formatID }) {
      return self.formatRubricID(named: formats[current].rubricID)
    }
    return self.formatRubricID(named: formatRubricID)
  }

  /// The id of the rubric a format naming `named` (nil: none) is graded with: the one rule
  /// behind `rubric(for:)` on a format and `mainRubric`.
  private func formatRubricID(named: String?) -> String? {
    if let named, rubrics.contains(where: { $0.id == named }) { return named }
    return rubrics.contains { $0.id == Self.mainRubricID } ? Self.mainRubricID : rubrics.first?.id
  }

  /// The rubric a report over many sessions judges with: the one most of the graded sessions
  /// were graded with (by `rubric(for:)`), the newest breaking a tie; the main rubric when
  /// none is graded.
  public func rubric(for sessions: [Session]) -> Rubric? {
    mostUsedRubric(sessions.lazy.filter { $0.assessment != nil }.map { (self.rubric(for: $0)?.id, $0.createdAt) })
  }

  /// The rubric a report over many sessions judges with, by the rule of `rubric(for:)` on whole
  /// sessions. The graded sessions are counted per distinct rubric and format snapshot (a
  /// handful), and each of those is resolved once.
  public func rubric(for digests: [SessionDigest]) -> Rubric? {
    var groups: [(gradedWith: String, formatID: String, formatRubricID: String?, count: Int, newest: Date)] = []
    // By index, reading three fields of each digest in place rather than copying it whole.
    for position in digests.indices {
      guard let gradedWith = digests[position].grade?.rubricID else { continue }
      let formatID = digests[position].format.id
      let formatRubricID = digests[position].format.rubricID
      let createdAt = digests[position].createdAt
      if let index = groups.firstIndex(where: {
        $0.gradedWith == gradedWith && $0.formatID == formatID && $0.formatRubricID == formatRubricID
      }) {
        groups[index].count += 1
        groups[index].newest = max(groups[index].newest, createdAt)
      } else {
        groups.append((gradedWith, formatID, formatRubricID, 1, createdAt))
      }
    }
    var counts: [String: (count: Int, newest: Date)] = [:]
    for group in groups {
      let resolved = resolvedRubricID(
        gradedWith: group.gradedWith, formatID: group.formatID, formatRubricID: group.formatRubricID)
      guard let id = resolved else { continue }
      let known = counts[id] ?? (0, .distantPast)
      counts[id] = (known.count + group.count, max(known.newest, group.newest))
    }
    return mostUsedRubric(counts: counts)
  }

  private func mostUsedRubric(_ graded: some Sequence<(id: String?, createdAt: Date)>) -> Rubric? {
    var counts: [String: (count: Int, newest: Date)] = [:]
    for (id, createdAt) in graded {
      guard let id else { continue }
      let known = counts[id] ?? (0, .distantPast)
      counts[id] = (known.count + 1, max(known.newest, createdAt))
    }
    return mostUsedRubric(counts: counts)
  }

  /// The rubric with the most sessions, the newest session breaking a tie, then the id.
  private func mostUsedRubric(counts: [String: (count: Int, newest: Date)]) -> Rubric? {
    let best = counts.max { lhs, rhs in
      (lhs.value.count, lhs.value.newest, rhs.key) < (rhs.value.count, rhs.value.newest, lhs.key)
    }
    return best.flatMap { rubric(id: $0.key) } ?? mainRubric
  }

  // MARK: Loading

  private mutating func loadFiles(in folder: URL, kind: ContentKind, cache: inout ContentCache?) {
    for file in Self.contentFiles(in: folder) { loadFile(file, kind: kind, cache: &cache) }
  }

  /// The content files directly inside `folder`, in reading order (none when it is missing).
  private static func contentFiles(in folder: URL) -> [URL] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return inReadingOrder(names).compactMap { name in
      let file = folder.appendingPathComponent(name)
      // A plain stat, as for the cache's stamps: cheaper than FileManager's look at the file.
      var info = stat()
      guard ContentKind.isContentFile(file), stat(file.path, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else {
        return nil
      }
      return file
    }
  }

  /// `names` sorted by `readsBefore`, each name split into its words once rather than at
  /// every comparison (which made sorting the folders most of checking the content index).
  static func inReadingOrder(_ names: [String]) -> [String] {
    names.map { (name: $0, words: readingWords($0)) }
      .sorted { lhs, rhs in
        lhs.words == rhs.words ? lhs.name < rhs.name : lhs.words.lexicographicallyPrecedes(rhs.words)
      }
      .map(\.name)
  }

  /// The order files of one folder are read in, which is the order formats and decks are
  /// listed in: by the hyphen-separated words of the name, so that a variant follows the file
  /// it varies (`amazon-l6`, `amazon-l6-lp`, `amazon-l7`, `amazon-l7-60`), where plain sorting
  /// would put `amazon-l6-lp.yaml` before `amazon-l6.yaml`.
  static func readsBefore(_ lhs: String, _ rhs: String) -> Bool {
    let left = readingWords(lhs)
    let right = readingWords(rhs)
    return left == right ? lhs < rhs : left.lexicographicallyPrecedes(right)
  }

  /// The hyphen-separated words of a file name without its extension.
  private static func readingWords(_ name: String) -> [String] {
    let base = (name as NSString).deletingPathExtension
    return base.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
  }

  private mutating func loadFile(_ url: URL, kind: ContentKind, cache: inout ContentCache?) {
    fileCount += 1
    let parse = { Self.parse(url, kind: kind) }
    switch cache?.result(for: url, parse: parse) ?? parse() {
    case .format(let format, let rubricAt):
      formats.replaceOrAppend(format)
      formatRubricLocations[format.id] = rubricAt
    case .rubric(let rubric): rubrics.replaceOrAppend(rubric)
    case .theme(let theme): themes.replaceOrAppend(theme)
    case .deck(let deck, let locations, let found):
      errors += found
      add(deck, readers: locations)
    case .failure(let found): errors += found
    }
  }

  private static func parse(_ url: URL, kind: ContentKind) -> ContentFileResult {
    let file = url.path
    do {
      let data = try Data(contentsOf: url)
      let root = try ContentParser.root(of: data, file: file)
      switch kind {
      case .format:
        let rubricAt = (try? root.mapping(allowedKeys: ContentParser.formatKeys))?.optional("rubric")?.location
        return .format(try ContentParser.format(from: root), rubricAt: rubricAt)
      case .rubric: return .rubric(try ContentParser.rubric(from: root))
      case .theme: return .theme(try ContentParser.theme(from: root))
      case .deck:
        let (deck, locations, errors) = try ContentParser.deck(from: root, file: file)
        return .deck(deck, locations, errors: errors)
      }
    } catch {
      return .failure(
        ContentErrors.located(in: error) ?? [
          ContentError(file: file, line: 1, column: 1, message: "cannot read the file: \(error.localizedDescription)")
        ])
    }
  }

  /// Where each format's `rubric` key sits, kept until the cross-file checks ran.
  private var formatRubricLocations: [String: SourceLocation] = [:]

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
    let drillsTaken = Set(decks.flatMap { $0.estimates.map(\.id) })
    deck.estimates.removeAll { drill in
      guard drillsTaken.contains(drill.id) else { return false }
      let owner = decks.first { $0.estimates.contains { $0.id == drill.id } }
      errors.append(
        ContentError(
          file: deck.file, line: 1, column: 1,
          message: "drill id '\(drill.id)' is already used in \(owner?.file ?? "another deck")"))
      return true
    }
    questionLocations.merge(readers) { _, new in new }
    decks.append(deck)
  }

  /// The checks across files, once everything is read: formats name loaded rubrics, then
  /// questions against the formats that are left.
  private mutating func checkReferences() {
    let rubricIDs = Set(rubrics.map(\.id))
    formats.removeAll { format in
      guard let id = format.rubricID, !rubricIDs.contains(id) else { return false }
      let place = formatRubricLocations[format.id] ?? SourceLocation(file: format.id, line: 1, column: 1)
      let known = rubricIDs.isEmpty ? "none is loaded" : "known: " + rubricIDs.sorted().joined(separator: ", ")
      errors.append(place.error("format '\(format.id)' names rubric '\(id)', which is not loaded (\(known))"))
      return true
    }
    formatRubricLocations = [:]
    checkQuestionsAgainstFormats()
  }

  private mutating func checkQuestionsAgainstFormats() {
    var checked = decks
    var found: [ContentError] = []
    for deckIndex in checked.indices {
      checked[deckIndex].questions.removeAll { question in
        guard let locations = questionLocations[question.id], let problem = problem(with: question, reader: locations)
        else { return false }
        found.append(problem)
        return true
      }
    }
    decks = checked
    errors += found
    questionLocations = [:]
  }

  private func problem(with question: Question, reader: QuestionLocations) -> ContentError? {
    for (index, id) in question.formats.enumerated() {
      let item = reader.formats.indices.contains(index) ? reader.formats[index] : reader.question
      guard let format = format(id: id) else {
        return item.error("unknown format '\(id)' in question '\(question.id)'")
      }
      let missing = question.missingRoles(in: format)
      guard missing.isEmpty else {
        return item.error(
          "question '\(question.id)' names format '\(id)', which has no phase for \(missing.count.noun("role")) \(Self.list(missing)) of its follow-ups"
        )
      }
    }
    // A deck checked on its own, without formats, has nothing to place its follow-ups in.
    guard !formats.isEmpty else { return nil }
    let meant = formats.filter(question.isMeant)
    for (index, followUp) in question.followUps.enumerated() {
      guard let role = followUp.role else { continue }
      let asking = meant.filter { format in question.levels(in: format).contains { followUp.isAsked(at: $0) } }
      guard !asking.contains(where: { $0.roles.contains(role) }) else { continue }
      let item = reader.followUps.indices.contains(index) ? reader.followUps[index] : reader.question
      let checked = asking.isEmpty ? "none runs at its levels" : "checked: " + asking.map(\.id).joined(separator: ", ")
      return item.error(
        "follow-up \(index + 1) of question '\(question.id)' is placed in role '\(role.rawValue)', which no format it runs in has (\(checked))"
      )
    }
    if let unknown = unknownDimension(of: question, at: reader.dimensions, fallback: reader.question) { return unknown }
    if formats(for: question).isEmpty {
      let missing = meant.map { "\($0.id) lacks \(Self.list(question.missingRoles(in: $0)))" }
      let why = meant.isEmpty ? "no format suits its levels" : missing.joined(separator: "; ")
      return reader.question.error("question '\(question.id)' fits no format: \(why)")
    }
    return nil
  }

  private static func list(_ roles: [PhaseRole]) -> String {
    roles.map { "'\($0.rawValue)'" }.joined(separator: ", ")
  }
}

extension ContentLibrary: Equatable {
  /// Equal when they hold the same content and errors (read from the same number of files).
  public static func == (lhs: ContentLibrary, rhs: ContentLibrary) -> Bool {
    lhs.formats == rhs.formats && lhs.decks == rhs.decks && lhs.rubrics == rhs.rubrics && lhs.themes == rhs.themes
      && lhs.errors == rhs.errors && lhs.fileCount == rhs.fileCount
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
