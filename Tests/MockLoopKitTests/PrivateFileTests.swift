import Foundation
import Testing

@testable import MockLoopKit

@Suite("Files holding a user's notes are readable by the user alone")
struct PrivateFileTests {
  static func mode(_ url: URL) throws -> Int {
    try #require((FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? NSNumber)?.intValue)
  }

  @Test("a private file is created 0600, replaces an older 0644 one whole, and leaves no temporary file")
  func createdPrivate() throws {
    let folder = Fixtures.temporaryFolder()
    let url = folder.appendingPathComponent("export.json")
    try Data("old".utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
    try PrivateFile.write(Data("new notes".utf8), to: url)
    #expect(try Self.mode(url) == 0o600)
    #expect(try Data(contentsOf: url) == Data("new notes".utf8))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["export.json"])
  }

  @Test("the content cache is written 0600")
  func contentCache() throws {
    let folder = Fixtures.temporaryFolder()
    let decks = folder.appendingPathComponent("decks")
    try FileManager.default.createDirectory(at: decks, withIntermediateDirectories: true)
    try Data(
      "id: mine\ntitle: Mine\nquestions:\n  - id: q\n    title: Q\n    levels: [L6]\n    prompt: P\n    requirements: { functional: [F], non_functional: [N] }\n"
        .utf8
    )
    .write(to: decks.appendingPathComponent("mine.yaml"))
    let cacheURL = folder.appendingPathComponent("cache/content.json")
    let library = ContentLibrary.load(
      from: ContentLocations(deckFolders: [decks], themeFolders: []), cache: ContentCache(url: cacheURL))
    #expect(library.decks.count == 1)
    #expect(try Self.mode(cacheURL) == 0o600)
  }
}
