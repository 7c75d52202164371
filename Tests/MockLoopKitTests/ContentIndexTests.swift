import Foundation
import Testing

@testable import MockLoopKit

@Suite("The content index")
struct ContentIndexTests {
  static let locations = ContentLocations(
    deckFolders: [BuiltInContentTests.root.appendingPathComponent("Decks")],
    themeFolders: [BuiltInContentTests.root.appendingPathComponent("Themes")])

  @Test("the outline of the built-in content lists every question in the formats it fits, with its prompt")
  func outlineKeepsWhatHomeShows() throws {
    let library = BuiltInContentTests.library
    let outline = ContentIndex(library: library, files: ContentIndex.stamps(of: Self.locations)).outline
    #expect(outline.formats == library.formats)
    #expect(outline.rubrics == library.rubrics)
    #expect(outline.themes == library.themes)
    #expect(outline.errors == library.errors)
    #expect(outline.fileCount == library.fileCount)
    #expect(outline.decks.map(\.id) == library.decks.map(\.id))
    #expect(!library.allQuestions.isEmpty)
    for format in library.formats {
      let fitting = library.allQuestions.filter { $0.question.fits(format) }
      let outlined = outline.allQuestions.filter { $0.question.fits(format) }
      #expect(outlined.map(\.question.id) == fitting.map(\.question.id), "\(format.id)")
      #expect(outlined.map(\.question.title) == fitting.map(\.question.title), "\(format.id)")
      #expect(outlined.map(\.question.prompt) == fitting.map(\.question.prompt), "\(format.id)")
      #expect(outlined.map(\.question.levels) == fitting.map(\.question.levels), "\(format.id)")
      #expect(outlined.map(\.question.dimensions) == fitting.map(\.question.dimensions), "\(format.id)")
    }
    // What a mock needs is not in it: it is for drawing home and the statistics only.
    #expect(outline.allQuestions.allSatisfy { $0.question.followUps.allSatisfy(\.text.isEmpty) })
    #expect(outline.allEstimates.isEmpty)
  }

  @Test("an index of the built-in content written to bytes reads back as the same index and outline")
  func bytesRoundTrip() throws {
    let index = ContentIndex(library: BuiltInContentTests.library, files: ContentIndex.stamps(of: Self.locations))
    let read = try #require(ContentIndex(bytes: index.bytes))
    #expect(read == index)
    #expect(read.outline == index.outline)
    #expect(read.bytes == index.bytes, "the same content always gives the same bytes")
    #expect(read.outline.rubrics.count == BuiltInContentTests.library.rubrics.count)
    #expect(!read.outline.rubrics.isEmpty)
  }

  @Test("an index cut short anywhere, with any byte changed, with bytes added or of another version is not used")
  func damagedBytes() throws {
    let index = ContentIndex(library: BuiltInContentTests.library, files: ContentIndex.stamps(of: Self.locations))
    let bytes = index.bytes
    #expect(ContentIndex(bytes: bytes) != nil)
    for length in 0..<bytes.count {
      #expect(ContentIndex(bytes: Array(bytes[..<length])) == nil, "cut at \(length) of \(bytes.count)")
    }
    // Every byte changed in turn would take minutes in a debug build (each change means a
    // checksum over the whole file): every byte of the header, length and checksum, then
    // about 500 positions spread through the body, each with two changes.
    let bodyStart = ContentIndex.header.count + 16
    let positions = Array(0..<bodyStart) + Array(stride(from: bodyStart, to: bytes.count, by: bytes.count / 500))
    for position in positions {
      for change: UInt8 in [0x01, 0xff] {
        var damaged = bytes
        damaged[position] ^= change
        #expect(ContentIndex(bytes: damaged) == nil, "byte \(position) changed by \(change)")
      }
    }
    #expect(ContentIndex(bytes: bytes + [0]) == nil)
    var otherVersion = bytes
    otherVersion[ContentIndex.header.count - 1] &+= 1
    #expect(ContentIndex(bytes: otherVersion) == nil)
  }

  @Test("a body that passes the checksum but is malformed is refused, not trapped on")
  func malformedBodyWithGoodChecksum() throws {
    let index = ContentIndex(library: BuiltInContentTests.library, files: ContentIndex.stamps(of: Self.locations))
    let body = Array(index.bytes.dropFirst(ContentIndex.header.count + 16))
    for damaged in [
      Array(body.prefix(body.count / 2)), [0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f],
      [0x05] + body, body.map { $0 ^ 0x5a }, [],
    ] {
      #expect(ContentIndex(bytes: Self.sealed(damaged)) == nil)
    }
    #expect(ContentIndex(bytes: Self.sealed(body)) == index, "the sealing itself is right")
  }

  /// `body` behind the header and its right checksum.
  static func sealed(_ body: [UInt8]) -> [UInt8] {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in body { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    func littleEndian(_ value: UInt64) -> [UInt8] {
      (0..<8).map { UInt8(truncatingIfNeeded: value >> (8 * UInt64($0))) }
    }
    return ContentIndex.header + littleEndian(UInt64(body.count)) + littleEndian(hash) + body
  }

  @Test("an index is read back while the files are unchanged, and not once one changes or one is added")
  func indexFollowsFiles() throws {
    let (folder, format) = try ContentLoadingTests.tinyDecksFolder()
    let locations = ContentLocations(deckFolders: [folder], themeFolders: [])
    let url = Fixtures.temporaryFolder().appendingPathComponent("cache/" + ContentIndex.fileName)

    let stamps = ContentIndex.stamps(of: locations)
    #expect(stamps.count == 2)
    let index = ContentIndex(library: ContentLibrary.load(from: locations), files: stamps)
    #expect(ContentIndex.read(from: url, matching: stamps) == nil)
    index.write(to: url)
    let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let read = try #require(ContentIndex.read(from: url, matching: ContentIndex.stamps(of: locations)))
    #expect(read == index)
    #expect(read.outline.question(id: "paste-bin")?.question.title == "Design a paste bin")

    // Same size, new time: stale.
    try FileManager.default.setAttributes(
      [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: format.path)
    #expect(ContentIndex.read(from: url, matching: ContentIndex.stamps(of: locations)) == nil)
    index.write(to: url)
    #expect(ContentIndex.read(from: url, matching: stamps) != nil)
    // A new file in a folder read: stale.
    try Data(ContentLoadingTests.goodDeck.replacingOccurrences(of: "deck-one", with: "deck-two").utf8)
      .write(to: folder.appendingPathComponent("other.yaml"))
    #expect(ContentIndex.read(from: url, matching: ContentIndex.stamps(of: locations)) == nil)
  }

  @Test("the built-in index names files by their bytes and relative paths, and is unused once a deck changes")
  func builtInIndex() throws {
    let root = Fixtures.temporaryFolder()
    for folder in ["Decks", "Themes"] {
      try FileManager.default.copyItem(
        at: BuiltInContentTests.root.appendingPathComponent(folder), to: root.appendingPathComponent(folder))
    }
    try? FileManager.default.removeItem(at: ContentIndex.builtInURL(root: root))
    #expect(ContentIndex.readBuiltIn(root: root) == nil)
    let index = try #require(ContentIndex.builtIn(root: root))
    #expect(index.write(to: ContentIndex.builtInURL(root: root), forEveryone: true))
    let written = try Data(contentsOf: ContentIndex.builtInURL(root: root))
    #expect(written.range(of: Data(root.path.utf8)) == nil, "the shipped index names no machine's folder")

    // Moved elsewhere (another install, another checkout): still valid, with its paths there.
    let moved = Fixtures.temporaryFolder().appendingPathComponent("share/mockloop")
    try FileManager.default.createDirectory(at: moved.deletingLastPathComponent(), withIntermediateDirectories: true)
    try FileManager.default.copyItem(at: root, to: moved)
    let read = try #require(ContentIndex.readBuiltIn(root: moved))
    let locations = ContentLocations(
      deckFolders: [moved.appendingPathComponent("Decks")], themeFolders: [moved.appendingPathComponent("Themes")])
    let expected = ContentIndex(library: ContentLibrary.load(from: locations), files: []).outline
    #expect(read.outline.decks == expected.decks)
    #expect(read.outline.formats == expected.formats)
    #expect(read.outline.themes == expected.themes)
    #expect(read.outline.themes.count == 4)
    #expect(read.outline.decks.allSatisfy { $0.file.hasPrefix(moved.path + "/Decks/") })

    // One letter changed in a deck, same size: the index no longer answers for it.
    let deck = URL(fileURLWithPath: try #require(read.outline.decks.first).file)
    var bytes = try Data(contentsOf: deck)
    let letter = try #require(bytes.firstIndex(of: UInt8(ascii: "a")))
    bytes[letter] = UInt8(ascii: "b")
    try bytes.write(to: deck)
    #expect(ContentIndex.readBuiltIn(root: moved) == nil)
  }

  @Test("an index file that cannot be decoded is ignored, as is one made from files stamped otherwise")
  func corruptIndex() throws {
    let url = Fixtures.temporaryFolder().appendingPathComponent(ContentIndex.fileName)
    try Data("{\"version\": \"index-3\"}".utf8).write(to: url)
    #expect(ContentIndex.read(from: url, matching: []) == nil)

    let stamps = ContentIndex.stamps(of: Self.locations)
    let index = ContentIndex(library: BuiltInContentTests.library, files: stamps)
    #expect(index.write(to: url))
    #expect(ContentIndex.read(from: url, matching: stamps) == index)
    var stale = stamps
    stale[0].size += 1
    #expect(ContentIndex.read(from: url, matching: stale) == nil)
    stale = stamps
    stale[stale.count - 1].modified = (stale[stale.count - 1].modified ?? 0) + 1
    #expect(ContentIndex.read(from: url, matching: stale) == nil)
    #expect(ContentIndex.read(from: url, matching: Array(stamps.dropLast())) == nil)
  }

  @Test("files are read in the order of readsBefore, each name split into words once")
  func readingOrderSortsOnce() {
    let names = [
      "amazon-l7-60.yaml", "amazon-l6-lp.yaml", "b.yml", "amazon-l6.yaml", "a-b.yaml", "a.yaml", "amazon-l7.yaml",
      "amazon-l6.yml", "a-.yaml", "-a.yaml",
    ]
    #expect(ContentLibrary.inReadingOrder(names) == names.sorted(by: ContentLibrary.readsBefore))
    #expect(ContentLibrary.inReadingOrder(names).prefix(2) == ["-a.yaml", "a.yaml"])
    #expect(ContentLibrary.inReadingOrder([]) == [])
  }

  @Test("loading without saving leaves the cache to write, and the library is the one load saves")
  func loadLeavesCacheToCaller() throws {
    let cacheURL = Fixtures.temporaryFolder().appendingPathComponent("content.json")
    var cache: ContentCache? = ContentCache(url: cacheURL)
    let library = ContentLibrary.load(from: Self.locations, updating: &cache)
    #expect(!FileManager.default.fileExists(atPath: cacheURL.path))
    cache?.save()
    #expect(FileManager.default.fileExists(atPath: cacheURL.path))
    #expect(library == BuiltInContentTests.library)
    #expect(ContentLibrary.load(from: Self.locations, cache: ContentCache(url: cacheURL)) == library)
  }
}

@Suite("Trimming without Foundation")
struct TrimmingTests {
  @Test("every scalar Foundation trims as white space or a line break is trimmed, and no other")
  func sameScalarsAsFoundation() {
    for value in UInt32(0)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "\(scalar)x\(scalar)"
      let foundation = text.trimmingCharacters(in: .whitespacesAndNewlines)
      #expect(text.trimmingWhitespaceAndNewlines() == foundation, "U+\(String(value, radix: 16))")
      #expect(String(scalar).isBlank == foundation.unicodeScalars.elementsEqual("x".unicodeScalars))
    }
  }

  @Test("text is trimmed at both ends only")
  func trimsEnds() {
    #expect(" \t\n a  b \r\n".trimmingWhitespaceAndNewlines() == "a  b")
    #expect("\u{3000}é\u{00A0}".trimmingWhitespaceAndNewlines() == "é")
    #expect(" \n\t ".trimmingWhitespaceAndNewlines() == "")
    #expect(" \n\t ".isBlank)
    #expect("".isBlank)
    #expect(!" a ".isBlank)
  }
}
