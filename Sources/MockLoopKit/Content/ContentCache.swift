import Foundation

/// What one content file gave when it was last parsed, kept on disk so that a start-up whose
/// files have not changed skips YAML parsing. An entry is used only while the file's path,
/// modification time and size are the same, and only by the same build of the parser.
///
/// A value: `ContentLibrary.load` takes a copy, reads and updates it while loading and writes
/// it back to its file at the end, so nothing is shared between threads.
public struct ContentCache: Sendable {
  /// The cache file; nil means no caching.
  public let url: URL?
  private var entries: [String: Entry] = [:]
  private var used: Set<String> = []
  private var isDirty = false

  struct Entry: Codable {
    var modified: Double
    var size: Int
    var result: ContentFileResult
  }

  struct Document: Codable {
    var version: String
    var entries: [String: Entry]
  }

  /// Bump when parsing or the cached types change, so old caches are ignored.
  static let version = "content-7"

  public init(url: URL?) {
    self.url = url
    guard let url, let data = try? Data(contentsOf: url),
      let document = try? JSONDecoder().decode(Document.self, from: data), document.version == Self.version
    else { return }
    entries = document.entries
  }

  /// The cache beside the user's data: `$MOCKLOOP_HOME/cache`, else `$XDG_CACHE_HOME/mockloop`,
  /// else `~/.cache/mockloop`.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ContentCache {
    ContentCache(url: standardFolder(environment: environment).appendingPathComponent("content.json"))
  }

  /// The folder of the standard cache (and of the content index beside it).
  public static func standardFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    let folder: URL
    if let home = environment["MOCKLOOP_HOME"], !home.isEmpty {
      folder = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent("cache", isDirectory: true)
    } else if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      folder = URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("mockloop", isDirectory: true)
    } else {
      let home = environment["HOME"] ?? NSHomeDirectory()
      folder = URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
        ".cache/mockloop", isDirectory: true)
    }
    return folder
  }

  mutating func result(for file: URL, parse: () -> ContentFileResult) -> ContentFileResult {
    let path = file.path
    used.insert(path)
    let (modified, size) = Self.stamp(ofFile: path)
    if let entry = entries[path], entry.modified == modified, entry.size == size { return entry.result }
    let result = parse()
    if modified >= 0 {
      entries[path] = Entry(modified: modified, size: size, result: result)
      isDirty = true
    }
    return result
  }

  /// A file's modification time in microseconds (the precision every file system and
  /// `setAttributes` agree on) and its size; both -1 when it cannot be read.
  static func stamp(ofFile path: String) -> (modified: Double, size: Int) {
    // A plain stat: FileManager's attributes also look up owner names, reading /etc/passwd.
    var info = stat()
    guard stat(path, &info) == 0 else { return (-1, -1) }
    return (Double(info.st_mtim.tv_sec) * 1e6 + (Double(info.st_mtim.tv_nsec) / 1000).rounded(), Int(info.st_size))
  }

  /// Writes the cache if anything changed, dropping entries of files no longer read.
  /// Failing to write is harmless: the next start parses again.
  public mutating func save() {
    guard let url else { return }
    let stale = Set(entries.keys).subtracting(used)
    guard isDirty || !stale.isEmpty else { return }
    for path in stale { entries[path] = nil }
    guard let data = try? JSONEncoder().encode(Document(version: Self.version, entries: entries)) else { return }
    let folder = url.deletingLastPathComponent()
    try? FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    try? PrivateFile.write(data, to: url)  // 0600: the cache holds the user's own decks
    isDirty = false
  }
}

/// What reading one content file gave: a value of its kind (a deck with the errors of the
/// questions left out of it), or every error that made it skipped.
enum ContentFileResult: Codable, Sendable {
  case format(InterviewFormat, rubricAt: SourceLocation?)
  case deck(Deck, [String: QuestionLocations], errors: [ContentError])
  case rubric(Rubric)
  case theme(Theme)
  case failure([ContentError])
}
