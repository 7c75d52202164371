import Foundation

/// Where MockLoop keeps its database: `$MOCKLOOP_HOME`, else `$XDG_DATA_HOME/mockloop`,
/// else `~/.local/share/mockloop`.
public enum DataLocation {
  public static let databaseFileName = "mockloop.sqlite"

  public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
    if let home = environment["MOCKLOOP_HOME"], !home.isEmpty {
      return URL(fileURLWithPath: home, isDirectory: true)
    }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("mockloop", isDirectory: true)
    }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(
      ".local/share/mockloop", isDirectory: true)
  }
}
