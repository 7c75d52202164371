import Foundation

/// Something in a content file that loads but should be fixed; `decks lint` prints it and
/// still succeeds. Its description has the form `PLACE: warning: MESSAGE`.
public struct ContentWarning: Sendable, Equatable, CustomStringConvertible {
  /// The file, or the item ("format 'amazon-l6'") when the file is not known.
  public var place: String
  public var message: String

  public init(place: String, message: String) {
    self.place = place
    self.message = message
  }

  public var description: String { "\(place): warning: \(message)" }
}

/// Checks of loaded content that go beyond what loading refuses.
public enum ContentLint {}

extension ContentLint {
  /// A warning for every text of the content that holds a control character a terminal would
  /// act on (see `String.terminalSafe`; YAML escapes such as "\e" or "\x9b" put them there).
  /// Every field is walked, through the item's own encoding, so new fields are covered too.
  public static func controlCharacters(in library: ContentLibrary) -> [ContentWarning] {
    var warnings: [ContentWarning] = []
    func scan(_ value: some Encodable, place: String, item: String) {
      guard let data = try? JSONEncoder().encode(value), let tree = try? JSONSerialization.jsonObject(with: data)
      else { return }
      walk(tree, path: "") { path, text in
        warnings.append(
          ContentWarning(
            place: place,
            message: "\(item) \(path.isEmpty ? "text" : path) holds \(controlNames(in: text)), which a terminal "
              + "would act on; it is shown as \(String.controlPlaceholder)"))
      }
    }
    for format in library.formats {
      scan(format, place: "format '\(format.id.terminalSafe)'", item: "format '\(format.id.terminalSafe)'")
    }
    for deck in library.decks {
      var bare = deck
      bare.questions = []
      scan(bare, place: deck.file, item: "deck '\(deck.id.terminalSafe)'")
      for question in deck.questions {
        scan(question, place: deck.file, item: "question '\(question.id.terminalSafe)'")
      }
    }
    for rubric in library.rubrics {
      scan(rubric, place: "rubric '\(rubric.id.terminalSafe)'", item: "rubric '\(rubric.id.terminalSafe)'")
    }
    for theme in library.themes {
      scan(theme, place: "theme '\(theme.id.terminalSafe)'", item: "theme '\(theme.id.terminalSafe)'")
    }
    return warnings
  }

  /// Calls `found` with the path ("followUps[2].text") and text of every string, keys included,
  /// that holds a control character.
  private static func walk(_ node: Any, path: String, found: (String, String) -> Void) {
    if let text = node as? String {
      if text.holdsTerminalControls { found(path, text) }
    } else if let list = node as? [Any] {
      for (index, element) in list.enumerated() { walk(element, path: "\(path)[\(index)]", found: found) }
    } else if let map = node as? [String: Any] {
      for key in map.keys.sorted() {
        let place = path.isEmpty ? key : "\(path).\(key)"
        if key.holdsTerminalControls { found(place + " (the key)", key) }
        if let value = map[key] { walk(value, path: place, found: found) }
      }
    }
  }

  /// "ESC (U+001B) and BEL (U+0007)": the distinct control characters of a text.
  static func controlNames(in text: String) -> String {
    var seen: [UInt32] = []
    for scalar in text.unicodeScalars where String.isUnsafeControl(scalar.value) && !seen.contains(scalar.value) {
      seen.append(scalar.value)
    }
    let names = seen.map { value in
      let code = "U+" + String(format: "%04X", value)
      return controlNames[value].map { "\($0) (\(code))" } ?? code
    }
    switch names.count {
    case 0: return "no control character"
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    }
  }

  private static let controlNames: [UInt32: String] = [
    0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0B: "VT", 0x0C: "FF", 0x0D: "CR", 0x1B: "ESC", 0x7F: "DEL",
    0x85: "NEL", 0x90: "DCS", 0x9B: "CSI", 0x9C: "ST", 0x9D: "OSC",
  ]
}
