import Foundation
import MockLoopKit

/// How the app gets its content around its first frame. On a start to the home screen with an
/// up-to-date content index (the one in the cache, else, with only built-in content, the one
/// shipped with it), the first frame is drawn from the index's outline and the full library
/// (from the content cache, or parsed from the YAML files) is loaded after it; otherwise the
/// library is loaded first. The updated cache and index are written once the app has
/// drawn (or is about to draw) its first frame, and then let go of.
struct ContentLoading {
  private let environment: [String: String]
  private let locations: ContentLocations
  /// Whether the index is used and kept up to date (the home screen's start only).
  private let usesIndex: Bool
  private let indexURL: URL
  /// The content files as they were before anything was read.
  private let stamps: [ContentIndex.FileStamp]
  private var index: ContentIndex?
  private var cache: ContentCache?
  private var library: ContentLibrary?

  init(environment: [String: String], indexFirst: Bool) {
    self.environment = environment
    locations = ContentLocations.standard(environment: environment)
    usesIndex = indexFirst
    indexURL = ContentIndex.standardURL(environment: environment)
    stamps = indexFirst ? ContentIndex.stamps(of: locations) : []
    index =
      indexFirst
      ? ContentIndex.current(
        stamps: stamps, at: indexURL,
        builtInRoot: ContentLocations.builtInRoot(environment: environment)) : nil
  }

  /// The content to draw the first frame from: the index's outline when it is up to date,
  /// else the full library.
  mutating func firstContent() -> ContentLibrary {
    if let index { return index.outline }
    return loadLibrary()
  }

  /// The full library when `firstContent()` gave the outline; nil when it gave the library.
  mutating func fullContent() -> ContentLibrary? {
    guard library == nil else { return nil }
    return loadLibrary()
  }

  /// Writes the content cache if the load changed it and the index if it is new or stale,
  /// then drops both, so that a running app does not keep the cache's copy of every file.
  mutating func finish() {
    cache?.save()
    if usesIndex, let library {
      let fresh = ContentIndex(library: library, files: stamps)
      if fresh != index { fresh.write(to: indexURL) }
    }
    cache = nil
    index = nil
    library = nil
  }

  private mutating func loadLibrary() -> ContentLibrary {
    var cache: ContentCache? = ContentCache.standard(environment: environment)
    let loaded = ContentLibrary.load(from: locations, updating: &cache)
    self.cache = cache
    library = loaded
    return loaded
  }
}
