import Foundation

/// What the home screen's first frame needs of the content, kept in a small file beside the
/// content cache so that a start draws home before any deck is decoded: the formats and themes
/// whole, each deck's questions cut down to what home lists, filters and describes (id, title,
/// levels, formats, prompt, and the roles and levels its follow-ups are placed at, which decide
/// the formats it fits), and the load's errors.
///
/// It is valid only while every content file has the path, modification time and size it had
/// when the index was made, and no file was added or removed. Its `outline` is for drawing
/// only: the app swaps in the full library before it handles the first key.
public struct ContentIndex: Sendable, Equatable, Codable {
  /// One content file as it was when the index was made: its path, size and either its
  /// modification time (an index in the cache) or a digest of its bytes (the index shipped
  /// with the built-in content, whose times change with every checkout and install).
  public struct FileStamp: Sendable, Equatable, Codable {
    var path: String
    var size: Int
    var modified: Double?
    var digest: String?

    /// Whether the file lies under `folder`.
    public func isInside(_ folder: URL) -> Bool { path.hasPrefix(folder.path + "/") }
  }

  /// Bump when the index's shape or what it keeps changes, so old index files are ignored.
  static let version = "index-3"

  /// The index file's name in the cache folder.
  public static let fileName = "content-index.json"

  /// The name of the index shipped with the built-in content, in its decks folder.
  public static let builtInFileName = "index.json"

  private var version: String
  private var files: [FileStamp]
  private var formats: [InterviewFormat]
  private var themes: [ThemeOutline]
  private var decks: [DeckOutline]
  private var errors: [ContentError]

  /// The index of `library`, loaded from the files `files` describes (stamped before the load,
  /// so that a file changed during it makes the index stale rather than wrong).
  public init(library: ContentLibrary, files: [FileStamp]) {
    version = Self.version
    self.files = files
    formats = library.formats
    themes = library.themes.map(ThemeOutline.init)
    decks = library.decks.map(DeckOutline.init)
    errors = library.errors
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
    guard let data = try? Data(contentsOf: url), let index = try? JSONDecoder().decode(Self.self, from: data),
      index.version == version, index.files == files
    else { return nil }
    return index
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
    let url = builtInURL(root: root)
    guard let data = try? Data(contentsOf: url), let index = try? JSONDecoder().decode(Self.self, from: data),
      index.version == version, let files = digests(of: locations, root: root), index.files == files
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
    guard let data = try? JSONEncoder().encode(self) else { return false }
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

  /// A library holding the formats, themes, question outlines and errors: enough for home to
  /// list, filter and describe, not to run a mock (no follow-up texts, no drills, no rubrics).
  public var outline: ContentLibrary {
    ContentLibrary(
      formats: formats, decks: decks.map(\.deck), themes: themes.map(\.theme), errors: errors, fileCount: files.count)
  }
}
