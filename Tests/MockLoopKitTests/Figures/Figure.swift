import Foundation
import Testing

/// One number written in a deck, with the arithmetic that should produce it.
///
/// `computed` is the figure worked out from its inputs in Swift, `stated` is the number as the deck gives it, and
/// `text` is the phrase around that number exactly as it appears in the deck file (runs of whitespace, such as a
/// line break inside a folded YAML string, count as one space). `tolerance` is relative: 0.1 accepts a stated
/// figure within 10% of the computed one.
struct Figure {
  let question: String
  let label: String
  let computed: Double
  let stated: Double
  let text: String
  let tolerance: Double

  /// Expects, for every row, that its text occurs in the deck file and that its stated number is within tolerance
  /// of the computed one.
  ///
  /// - Parameters:
  ///   - table: The rows to check.
  ///   - deck: The deck's file name inside the package's `Decks` folder, such as `amazon-l6-l7.yaml`.
  static func check(_ table: [Figure], deck: String) throws {
    let url = try packageRoot().appendingPathComponent("Decks").appendingPathComponent(deck)
    let deckText = collapsingWhitespace(try String(contentsOf: url, encoding: .utf8))
    #expect(!table.isEmpty, "the figure table of \(deck) has no rows")
    for row in table {
      let phrase = collapsingWhitespace(row.text)
      #expect(
        !phrase.isEmpty && deckText.contains(phrase),
        "\(row.question) / \(row.label): \"\(row.text)\" does not occur in \(deck)")
      #expect(
        row.computed.isFinite && abs(row.computed - row.stated) <= row.tolerance * abs(row.stated),
        "\(row.question) / \(row.label): stated \(row.stated), computed \(row.computed), tolerance \(row.tolerance)")
    }
  }

  /// The folder holding `Package.swift`, found by walking up from this source file.
  private static func packageRoot() throws -> URL {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while folder.pathComponents.count > 1 {
      if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
        return folder
      }
      folder.deleteLastPathComponent()
    }
    throw CocoaError(.fileNoSuchFile)
  }

  /// The text with every run of spaces, tabs and line breaks replaced by one space.
  private static func collapsingWhitespace(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
