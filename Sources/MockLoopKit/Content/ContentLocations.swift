import Foundation

/// Where content is read from: the built-in folders shipped with the binary, then the user's
/// own folders, which add to the built-ins and override them by id.
public struct ContentLocations: Sendable, Equatable {
  /// Folders holding decks (with `formats/` and `rubrics/` inside), built-in first.
  public var deckFolders: [URL]
  /// Folders holding themes, built-in first.
  public var themeFolders: [URL]

  public init(deckFolders: [URL], themeFolders: [URL]) {
    self.deckFolders = deckFolders
    self.themeFolders = themeFolders
  }

  /// The built-in content next to the executable plus `$XDG_CONFIG_HOME/mockloop/{decks,themes}`.
  public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> ContentLocations {
    var decks: [URL] = []
    var themes: [URL] = []
    if let root = builtInRoot(environment: environment) {
      decks.append(root.appendingPathComponent("Decks", isDirectory: true))
      themes.append(root.appendingPathComponent("Themes", isDirectory: true))
    }
    let config = userConfigFolder(environment: environment)
    decks.append(config.appendingPathComponent("decks", isDirectory: true))
    themes.append(config.appendingPathComponent("themes", isDirectory: true))
    return ContentLocations(deckFolders: decks, themeFolders: themes)
  }

  /// `$XDG_CONFIG_HOME/mockloop`, else `~/.config/mockloop`.
  public static func userConfigFolder(environment: [String: String]) -> URL {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("mockloop", isDirectory: true)
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config/mockloop", isDirectory: true)
  }

  /// The folder holding `Decks/` and `Themes/`: `$MOCKLOOP_CONTENT` if set; else
  /// `<prefix>/share/mockloop` beside an installed binary; else the nearest parent of the binary
  /// that holds `Decks/formats` (a build inside the source tree).
  public static func builtInRoot(environment: [String: String]) -> URL? {
    let files = FileManager.default
    if let explicit = environment["MOCKLOOP_CONTENT"], !explicit.isEmpty {
      return URL(fileURLWithPath: explicit, isDirectory: true)
    }
    guard let executable = executableURL() else { return nil }
    let binFolder = executable.deletingLastPathComponent()
    let installed = binFolder.deletingLastPathComponent().appendingPathComponent("share/mockloop", isDirectory: true)
    if files.fileExists(atPath: installed.appendingPathComponent("Decks").path) { return installed }
    var folder = binFolder
    while folder.path != "/" {
      if files.fileExists(atPath: folder.appendingPathComponent("Decks/formats").path) { return folder }
      folder = folder.deletingLastPathComponent()
    }
    return nil
  }

  private static func executableURL() -> URL? {
    if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      return URL(fileURLWithPath: path)
    }
    return Bundle.main.executableURL?.resolvingSymlinksInPath()
  }
}
