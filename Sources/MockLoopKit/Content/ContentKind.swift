import Foundation

/// The four kinds of content file; which one a file is follows from the folder it sits in.
public enum ContentKind: String, Sendable, CaseIterable {
  case format, deck, rubric, theme

  /// `formats/x.yaml` is a format, `rubrics/x.yaml` a rubric, `themes/x.yaml` (any case) a theme,
  /// any other YAML file a deck.
  public static func of(_ file: URL) -> ContentKind {
    switch file.deletingLastPathComponent().lastPathComponent.lowercased() {
    case "formats": return .format
    case "rubrics": return .rubric
    case "themes": return .theme
    default: return .deck
    }
  }

  static func isContentFile(_ url: URL) -> Bool {
    ["yaml", "yml"].contains(url.pathExtension.lowercased())
  }
}
