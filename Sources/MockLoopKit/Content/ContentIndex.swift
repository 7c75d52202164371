import Foundation

/// What the home screen's first frame and the statistics need of the content, kept in a small
/// file beside the content cache so that a start draws home before any deck is decoded: the
/// formats, rubrics and themes whole, each deck's questions cut down to what home lists,
/// filters and describes (id, title, levels, formats, prompt, the dimensions they exercise, and
/// the roles and levels their follow-ups are placed at, which decide the formats they fit), and
/// the load's errors.
///
/// It is valid only while every content file has the path, modification time and size it had
/// when the index was made, and no file was added or removed. Its `outline` is for drawing and
/// statistics only: the app swaps in the full library before it handles the first key.
///
/// The file is our own compact format, read straight from its bytes (decoding JSON was most of
/// the cost of a start): a header naming the format and its version, the length of the rest
/// and its checksum, then the content as length-prefixed values (see `ByteWriter`). A file of
/// another version, cut short, damaged or with bytes left over is not used.
public struct ContentIndex: Sendable, Equatable {
  /// One content file as it was when the index was made: its path, size and either its
  /// modification time (an index in the cache) or a digest of its bytes (the index shipped
  /// with the built-in content, whose times change with every checkout and install).
  public struct FileStamp: Sendable, Equatable {
    var path: String
    var size: Int
    var modified: Double?
    var digest: String?

    /// Whether the file lies under `folder`.
    public func isInside(_ folder: URL) -> Bool { path.hasPrefix(folder.path + "/") }
  }

  /// The first bytes of every index file: its format's name and version. Bump the version
  /// when the layout or what the index keeps changes, so old index files are ignored.
  static let header: [UInt8] = Array("mockloop-index\n".utf8) + [5]

  /// The index file's name in the cache folder.
  public static let fileName = "content-index.idx"

  /// The name of the index shipped with the built-in content, in its decks folder.
  public static let builtInFileName = "index.idx"

  /// Where the index of the standard content is kept: beside the standard content cache.
  public static func standardURL(environment: [String: String]) -> URL {
    ContentCache.standardFolder(environment: environment).appendingPathComponent(fileName)
  }

  private var files: [FileStamp]
  private var formats: [InterviewFormat]
  private var rubrics: [Rubric]
  private var themes: [Theme]
  private var decks: [DeckOutline]
  private var errors: [ContentError]

  /// The index of `library`, loaded from the files `files` describes (stamped before the load,
  /// so that a file changed during it makes the index stale rather than wrong).
  public init(library: ContentLibrary, files: [FileStamp]) {
    self.files = files
    formats = library.formats
    rubrics = library.rubrics
    themes = library.themes
    decks = library.decks.map(DeckOutline.init)
    errors = library.errors
  }

  /// The index stored in `bytes`; nil when they are not a whole index file of this version.
  init?(bytes: [UInt8]) {
    let bodyStart = Self.header.count + 16
    guard bytes.count >= bodyStart, bytes[..<Self.header.count].elementsEqual(Self.header) else { return nil }
    var reader = ByteReader(bytes, offset: Self.header.count)
    // The length first: a file cut short is refused before its checksum is worked out.
    guard let length = try? reader.double().bitPattern, length == UInt64(bytes.count - bodyStart),
      let sum = try? reader.double().bitPattern, sum == Self.checksum(bytes[bodyStart...])
    else { return nil }
    do {
      files = try reader.list { try $0.stamp() }
      formats = try reader.list { try $0.format() }
      rubrics = try reader.list { try $0.rubric() }
      themes = try reader.list { try $0.theme() }
      decks = try reader.list { try $0.deck() }
      errors = try reader.list { try $0.error() }
    } catch {
      return nil
    }
    guard reader.isAtEnd else { return nil }
  }

  /// The bytes of the index file.
  var bytes: [UInt8] {
    var body = ByteWriter()
    body.list(files) { $0.stamp($1) }
    body.list(formats) { $0.format($1) }
    body.list(rubrics) { $0.rubric($1) }
    body.list(themes) { $0.theme($1) }
    body.list(decks) { $0.deck($1) }
    body.list(errors) { $0.error($1) }
    var file = ByteWriter()
    for byte in Self.header { file.byte(byte) }
    file.double(Double(bitPattern: UInt64(body.bytes.count)))
    file.double(Double(bitPattern: Self.checksum(body.bytes[...])))
    return file.bytes + body.bytes
  }

  /// FNV-1a, 64 bits, of the bytes after the header and checksum.
  private static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return hash
  }

  /// The stamps of the content files `locations` holds now, in the order they are read.
  public static func stamps(of locations: ContentLocations) -> [FileStamp] {
    ContentLibrary.contentFiles(in: locations).map { file, _ in
      let (modified, size) = ContentCache.stamp(ofFile: file.path)
      return FileStamp(path: file.path, size: size, modified: modified)
    }
  }

  /// The stamps of the content files `locations` holds now by what they hold, with paths
  /// relative to `root`; nil when a file cannot be read or lies outside `root`.
  public static func digests(of locations: ContentLocations, root: URL) -> [FileStamp]? {
    let prefix = root.path + "/"
    var stamps: [FileStamp] = []
    for (file, _) in ContentLibrary.contentFiles(in: locations) {
      let path = file.path
      guard path.hasPrefix(prefix), let data = try? Data(contentsOf: file) else { return nil }
      stamps.append(FileStamp(path: String(path.dropFirst(prefix.count)), size: data.count, digest: digest(of: data)))
    }
    return stamps
  }

  /// FNV-1a, 64 bits, in hex: enough to notice an edited file, cheap enough for every start.
  static func digest(of data: Data) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    data.withUnsafeBytes { bytes in
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    }
    return String(hash, radix: 16)
  }

  /// The index stored at `url` when it was made from files stamped as `files` are now; nil
  /// when there is none, it cannot be read, it is of another version, or it is stale.
  public static func read(from url: URL, matching files: [FileStamp]) -> ContentIndex? {
    guard let index = read(from: url), index.files == files else { return nil }
    return index
  }

  /// The index that answers for the content files as they are now, stamped
  /// `stamps`: the one at `url` (in the cache folder) when it is up to date, else, when every
  /// file is built-in content under `builtInRoot` (asked for only then), the one shipped with
  /// it; nil when neither is.
  public static func current(
    stamps: [FileStamp], at url: URL, builtInRoot: @autoclosure () -> URL?
  ) -> ContentIndex? {
    if let index = read(from: url, matching: stamps) { return index }
    // Only now: finding the built-in folder looks at the file system.
    guard let root = builtInRoot(), stamps.allSatisfy({ $0.isInside(root) }) else { return nil }
    return readBuiltIn(root: root)
  }

  private static func read(from url: URL) -> ContentIndex? {
    guard let data = try? Data(contentsOf: url) else { return nil }
    return ContentIndex(bytes: [UInt8](data))
  }

  /// The index of the built-in content under `root` (its `Decks` and `Themes`), with every
  /// path relative to `root`: written beside the built-in decks when they are installed.
  public static func builtIn(root: URL) -> ContentIndex? {
    let locations = builtInLocations(root: root)
    guard let files = digests(of: locations, root: root) else { return nil }
    return ContentIndex(library: ContentLibrary.load(from: locations), files: files).rebased(from: root, to: nil)
  }

  /// The index shipped with the built-in content under `root`, when it was made from files
  /// with the bytes they hold now; its paths made absolute again.
  public static func readBuiltIn(root: URL) -> ContentIndex? {
    let locations = builtInLocations(root: root)
    guard let index = read(from: builtInURL(root: root)), let files = digests(of: locations, root: root),
      index.files == files
    else { return nil }
    return index.rebased(from: nil, to: root)
  }

  /// Where the index of the built-in content under `root` is kept.
  public static func builtInURL(root: URL) -> URL {
    builtInLocations(root: root).deckFolders[0].appendingPathComponent(builtInFileName)
  }

  private static func builtInLocations(root: URL) -> ContentLocations {
    ContentLocations(
      deckFolders: [root.appendingPathComponent("Decks", isDirectory: true)],
      themeFolders: [root.appendingPathComponent("Themes", isDirectory: true)])
  }

  /// The index with the paths of decks and errors under `old` moved under `new` (nil: relative).
  private func rebased(from old: URL?, to new: URL?) -> ContentIndex {
    let newPrefix = new.map { $0.path + "/" } ?? ""
    func move(_ path: String) -> String {
      guard let old else { return path.hasPrefix("/") ? path : newPrefix + path }
      let oldPrefix = old.path + "/"
      return path.hasPrefix(oldPrefix) ? newPrefix + path.dropFirst(oldPrefix.count) : path
    }
    var index = self
    for deck in index.decks.indices { index.decks[deck].file = move(index.decks[deck].file) }
    for error in index.errors.indices { index.errors[error].file = move(index.errors[error].file) }
    return index
  }

  /// Writes the index to `url` and says whether it could: 0600 in a 0700 folder (it outlines
  /// the user's own decks), or, `forEveryone`, readable by all like the built-in decks beside
  /// it. Failing is harmless: the next start loads the content before its first frame.
  @discardableResult
  public func write(to url: URL, forEveryone: Bool = false) -> Bool {
    let data = Data(bytes)
    do {
      if forEveryone {
        try data.write(to: url, options: .atomic)
      } else {
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
          attributes: [.posixPermissions: 0o700])
        try PrivateFile.write(data, to: url)
      }
      return true
    } catch {
      return false
    }
  }

  /// A library holding the formats, rubrics, themes, question outlines and errors: enough for
  /// home to list, filter and describe and for the statistics, not to run a mock (no follow-up
  /// texts, no answers or references, no drills).
  public var outline: ContentLibrary {
    ContentLibrary(
      formats: formats, decks: decks.map(\.deck), rubrics: rubrics, themes: themes, errors: errors,
      fileCount: files.count)
  }
}
