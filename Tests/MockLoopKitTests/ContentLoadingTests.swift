import Foundation
import Testing

@testable import MockLoopKit

@Suite("Content loading and validation")
struct ContentLoadingTests {
  static let goodFormat = """
    id: tiny
    title: Tiny format
    level: L6
    phases:
      - id: only
        title: Only phase
        minutes: 30
        roles: [requirements, deep-dive]
        goal: Do it all.
        checklist: [One thing]
    """

  static let goodDeck = """
    id: deck-one
    title: Deck one
    questions:
      - id: paste-bin
        title: Design a paste bin
        levels: [L6]
        prompt: Users paste text.
        requirements:
          functional: [Create]
          non_functional: [Fast]
        follow_ups:
          - { role: deep-dive, at: 0.5, text: Expiry?, answer: [One, Two, Three] }
    """

  /// A decks folder holding `formats/tiny.yaml` (`goodFormat`) and, unless nil, `deck` in a
  /// file named `deckName`.
  static func tinyDecksFolder(deck: String? = goodDeck, named deckName: String = "deck.yaml") throws
    -> (folder: URL, format: URL)
  {
    let folder = Fixtures.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("formats"), withIntermediateDirectories: true)
    let format = folder.appendingPathComponent("formats/tiny.yaml")
    try Data(goodFormat.utf8).write(to: format)
    if let deck { try Data(deck.utf8).write(to: folder.appendingPathComponent(deckName)) }
    return (folder, format)
  }

  /// A broken file, where it goes, and the location and words its error must have.
  struct BrokenFile: CustomTestStringConvertible, Sendable {
    var name: String
    var path: String
    var contents: Data
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { name }

    init(_ name: String, path: String, _ text: String, at line: Int, _ column: Int, _ message: String) {
      self.init(name, path: path, data: Data(text.utf8), at: line, column, message)
    }

    init(_ name: String, path: String, data: Data, at line: Int, _ column: Int, _ message: String) {
      self.name = name
      self.path = path
      self.contents = data
      self.line = line
      self.column = column
      self.message = message
    }
  }

  static let brokenFiles: [BrokenFile] = [
    BrokenFile(
      "a misspelt key", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "follow_ups:", with: "folow_ups:"), at: 11, 5, "unknown key 'folow_ups'"),
    BrokenFile(
      "minutes that are not a number", path: "formats/f.yaml",
      goodFormat.replacingOccurrences(of: "minutes: 30", with: "minutes: ten"), at: 7, 14,
      "expected a whole number for 'phases[0].minutes'"),
    BrokenFile(
      "negative minutes", path: "formats/f.yaml",
      goodFormat.replacingOccurrences(of: "minutes: 30", with: "minutes: -5"), at: 7, 14, "must be greater than zero"),
    BrokenFile(
      "zero minutes", path: "formats/f.yaml",
      goodFormat.replacingOccurrences(of: "minutes: 30", with: "minutes: 0"), at: 7, 14, "must be greater than zero"),
    BrokenFile(
      "a phase without a goal", path: "formats/f.yaml",
      goodFormat.replacingOccurrences(of: "    goal: Do it all.\n", with: ""), at: 5, 5, "missing required key 'goal'"),
    BrokenFile(
      "two phases with one id", path: "formats/f.yaml",
      goodFormat + "\n  - { id: only, title: Again, minutes: 5, goal: x, checklist: [y] }", at: 11, 11,
      "duplicate phase id 'only'"),
    BrokenFile("an empty file", path: "deck.yaml", "\n  \n", at: 1, 1, "the file is empty"),
    BrokenFile(
      "bytes that are not UTF-8", path: "deck.yaml",
      data: Data("id: x\ntitle: y\nquestions: \u{0}".utf8) + Data([0xFF, 0xFE]),
      at: 3, 1, "not valid UTF-8"),
    BrokenFile(
      "YAML that does not parse", path: "deck.yaml", "id: x\ntitle: [unclosed\nquestions: []\n", at: 3, 10,
      "invalid YAML"),
    BrokenFile(
      "a level that does not exist", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "levels: [L6]", with: "levels: [L9]"), at: 6, 14, "expected L6 or L7"),
    BrokenFile(
      "an id that is not kebab-case", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "id: paste-bin", with: "id: Paste_Bin"), at: 4, 9, "not a valid id"),
    BrokenFile(
      "a phase without roles", path: "formats/f.yaml",
      goodFormat.replacingOccurrences(of: "    roles: [requirements, deep-dive]\n", with: ""), at: 5, 5,
      "missing required key 'roles'"),
    BrokenFile(
      "a phase role that does not exist", path: "formats/f.yaml",
      goodFormat.replacingOccurrences(of: "deep-dive]", with: "deep-dives]"), at: 8, 27,
      "unknown role 'deep-dives'"),
    BrokenFile(
      "a format naming a rubric that is not loaded", path: "formats/f.yaml",
      goodFormat.replacingOccurrences(of: "level: L6\n", with: "level: L6\nrubric: nope\n"), at: 4, 9,
      "format 'tiny' names rubric 'nope', which is not loaded"),
    BrokenFile(
      "a follow-up role that does not exist", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "role: deep-dive", with: "role: deep-div"), at: 12, 17,
      "unknown role 'deep-div'"),
    BrokenFile(
      "a follow-up placed past the end of its role", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "at: 0.5", with: "at: 20"), at: 12, 32,
      "must be a fraction of its role's span, 0 <= at < 1, found 20"),
    BrokenFile(
      "a follow-up placed at exactly 1", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "at: 0.5", with: "at: 1.0"), at: 12, 32, "0 <= at < 1, found 1.0"),
    BrokenFile(
      "a follow-up with at but no role (the old absolute minute)", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "role: deep-dive, at: 0.5", with: "at: 25"), at: 12, 15,
      "a follow-up with 'at' needs a 'role'"),
    BrokenFile(
      "a follow-up with a role but no at", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "role: deep-dive, at: 0.5", with: "role: deep-dive"), at: 12, 17,
      "a follow-up with a 'role' needs 'at'"),
    BrokenFile(
      "an answer note of two points", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "[One, Two, Three]", with: "[One, Two]"), at: 12, 60,
      "needs 3 to 6 points, found 2"),
    BrokenFile(
      "an answer note of seven points", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "[One, Two, Three]", with: "[a, b, c, d, e, f, g]"), at: 12, 60,
      "needs 3 to 6 points, found 7"),
    BrokenFile(
      "a follow-up without an answer note", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: ", answer: [One, Two, Three]", with: ""), at: 12, 9,
      "missing required key 'answer'"),
    BrokenFile(
      "a follow-up whose role no format of the question has", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "role: deep-dive", with: "role: platform"), at: 12, 17,
      "follow-up 1 of question 'paste-bin' is placed in role 'platform', which no format it runs in has (checked: tiny)"
    ),
    BrokenFile(
      "a question naming a format that lacks one of its roles", path: "deck.yaml",
      goodDeck.replacingOccurrences(of: "levels: [L6]\n", with: "levels: [L6]\n    formats: [tiny]\n")
        .replacingOccurrences(of: "role: deep-dive", with: "role: scale"), at: 7, 15,
      "question 'paste-bin' names format 'tiny', which has no phase for role 'scale' of its follow-ups"),
    BrokenFile(
      "a theme with an unknown role", path: "themes/t.yaml",
      "id: t\ntitle: T\ncolors:\n  text: { fg: red }\n  timer.warnign: { fg: 214 }\n", at: 5, 3,
      "unknown key 'timer.warnign'"),
    BrokenFile(
      "a theme colour out of range", path: "themes/t.yaml", "id: t\ntitle: T\ncolors:\n  text: { fg: 300 }\n", at: 4,
      15,
      "unknown colour '300'"),
  ]

  @Test("each broken file is reported at its file, line and column", arguments: brokenFiles)
  func brokenFileIsLocated(_ broken: BrokenFile) throws {
    let folder = Fixtures.temporaryFolder()
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("formats"), withIntermediateDirectories: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("themes"), withIntermediateDirectories: true)
    if !broken.path.hasPrefix("formats/") {
      try Data(Self.goodFormat.utf8).write(to: folder.appendingPathComponent("formats/tiny.yaml"))
    }
    let file = folder.appendingPathComponent(broken.path)
    try broken.contents.write(to: file)
    let library = ContentLibrary.load(paths: [folder, folder.appendingPathComponent("themes")])
    let error = try #require(library.errors.first, "no error for \(broken.name)")
    #expect(library.errors.count == 1)
    #expect(error.file == file.path)
    #expect(error.line == broken.line)
    #expect(error.column == broken.column)
    #expect(error.message.contains(broken.message), "\(error)")
    #expect(error.description.hasPrefix("\(file.path):\(broken.line):\(broken.column): error: "))
  }

  @Test("one bad file is skipped and the others still load")
  func badFileDoesNotStopOthers() throws {
    let folder = try Self.tinyDecksFolder(named: "a.yaml").folder
    try Data("id: broken\ntitle: [".utf8).write(to: folder.appendingPathComponent("b.yaml"))
    let library = ContentLibrary.load(paths: [folder])
    #expect(library.errors.count == 1)
    #expect(library.question(id: "paste-bin") != nil)
    #expect(library.format(id: "tiny")?.totalMinutes == 30)
  }

  @Test("a question id used by two decks is kept in the first and reported in the second")
  func duplicateQuestionAcrossDecks() throws {
    let folder = try Self.tinyDecksFolder(named: "a.yaml").folder
    let second = folder.appendingPathComponent("b.yaml")
    try Data(Self.goodDeck.replacingOccurrences(of: "deck-one", with: "deck-two").utf8).write(to: second)
    let library = ContentLibrary.load(paths: [folder])
    #expect(library.errors.map(\.file) == [second.path])
    #expect(library.errors.first?.line == 4)
    #expect(library.question(id: "paste-bin")?.deck.id == "deck-one")
  }

  @Test("a user file with the same id overrides the built-in one")
  func userContentOverrides() throws {
    let builtIn = Fixtures.temporaryFolder()
    let user = Fixtures.temporaryFolder()
    for folder in [builtIn, user] {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent("formats"), withIntermediateDirectories: true)
    }
    try Data(Self.goodFormat.utf8).write(to: builtIn.appendingPathComponent("formats/tiny.yaml"))
    try Data(Self.goodFormat.replacingOccurrences(of: "Tiny format", with: "My tiny format").utf8)
      .write(to: user.appendingPathComponent("formats/mine.yaml"))
    let library = ContentLibrary.load(from: ContentLocations(deckFolders: [builtIn, user], themeFolders: []))
    #expect(library.errors.isEmpty)
    #expect(library.formats.count == 1)
    #expect(library.format(id: "tiny")?.title == "My tiny format")
  }

  @Test("the standard locations follow XDG_CONFIG_HOME and MOCKLOOP_CONTENT")
  func standardLocations() {
    let locations = ContentLocations.standard(environment: ["XDG_CONFIG_HOME": "/cfg", "MOCKLOOP_CONTENT": "/share/ml"])
    #expect(locations.deckFolders.map(\.path) == ["/share/ml/Decks", "/cfg/mockloop/decks"])
    #expect(locations.themeFolders.map(\.path) == ["/share/ml/Themes", "/cfg/mockloop/themes"])
    let fallback = ContentLocations.standard(environment: ["HOME": "/home/me", "MOCKLOOP_CONTENT": "/x"])
    #expect(fallback.deckFolders.last?.path == "/home/me/.config/mockloop/decks")
  }

  @Test("data lives in MOCKLOOP_HOME, else XDG_DATA_HOME, else ~/.local/share")
  func dataLocation() {
    #expect(DataLocation.folder(environment: ["MOCKLOOP_HOME": "/m", "XDG_DATA_HOME": "/x"]).path == "/m")
    #expect(DataLocation.folder(environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]).path == "/x/mockloop")
    #expect(DataLocation.folder(environment: ["HOME": "/h"]).path == "/h/.local/share/mockloop")
  }
}

@Suite("The content cache")
struct ContentCacheTests {
  @Test("an unchanged file is read from the cache and a changed one is parsed again")
  func cacheFollowsFiles() throws {
    let (folder, format) = try ContentLoadingTests.tinyDecksFolder(deck: nil)
    let deck = folder.appendingPathComponent("deck.yaml")
    try Data(ContentLoadingTests.goodDeck.replacingOccurrences(of: "role: deep-dive", with: "role: platform").utf8)
      .write(to: deck)
    let cacheURL = Fixtures.temporaryFolder().appendingPathComponent("content.json")
    let locations = ContentLocations(deckFolders: [folder], themeFolders: [])

    let first = ContentLibrary.load(from: locations, cache: ContentCache(url: cacheURL))
    #expect(FileManager.default.fileExists(atPath: cacheURL.path))
    let cached = ContentLibrary.load(from: locations, cache: ContentCache(url: cacheURL))
    #expect(cached.formats == first.formats)
    #expect(cached.errors == first.errors)
    // The located error of a check across files survives the cache.
    #expect(cached.errors.first?.line == 12)
    #expect(cached.errors.first?.column == 17)

    // Same size, new content and time: the cache must not answer for it.
    let changed = ContentLoadingTests.goodFormat.replacingOccurrences(of: "Tiny format", with: "Tiny formet")
    try Data(changed.utf8).write(to: format)
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: format.path)
    let reloaded = ContentLibrary.load(from: locations, cache: ContentCache(url: cacheURL))
    #expect(reloaded.format(id: "tiny")?.title == "Tiny formet")
  }

  @Test("a file whose time and size did not change is not parsed again")
  func cacheIsUsed() throws {
    let (folder, format) = try ContentLoadingTests.tinyDecksFolder()
    try Data("id: t\ntitle: T\ncolors:\n  text: { fg: 214, fg8: yellow, attrs: [bold] }\n".utf8)
      .write(to: folder.appendingPathComponent("themes.yaml"))
    // A whole second, so that setting it again gives exactly the same time.
    let stamp = Date(timeIntervalSince1970: 1_700_000_000)
    try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: format.path)
    let cacheURL = Fixtures.temporaryFolder().appendingPathComponent("content.json")
    let locations = ContentLocations(deckFolders: [folder], themeFolders: [])
    _ = ContentLibrary.load(from: locations, cache: ContentCache(url: cacheURL))
    // Same size and time, different bytes: only a cache hit can still give the old title.
    try Data(ContentLoadingTests.goodFormat.replacingOccurrences(of: "Tiny format", with: "Tiny FORMAT").utf8).write(
      to: format)
    try FileManager.default.setAttributes([.modificationDate: stamp], ofItemAtPath: format.path)
    let cached = ContentLibrary.load(from: locations, cache: ContentCache(url: cacheURL))
    #expect(cached.format(id: "tiny")?.title == "Tiny format")
    #expect(cached.question(id: "paste-bin") != nil)
  }

  @Test("a cache file that cannot be read is ignored")
  func corruptCache() throws {
    let cacheURL = Fixtures.temporaryFolder().appendingPathComponent("content.json")
    try Data("not json".utf8).write(to: cacheURL)
    let folder = try ContentLoadingTests.tinyDecksFolder(deck: nil).folder
    let library = ContentLibrary.load(
      from: ContentLocations(deckFolders: [folder], themeFolders: []), cache: ContentCache(url: cacheURL))
    #expect(library.format(id: "tiny") != nil)
  }
}
