import Foundation
import Testing

@testable import MockLoopTUI

/// Compares a canvas with a golden file holding its text, below a marker its style layer (one
/// role code per cell), and last where the terminal's cursor is, so a layout, a colour and a
/// cursor mistake all fail. `MOCKLOOP_UPDATE_GOLDENS=1` (or `make goldens`) rewrites the files
/// instead.
enum Golden {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

  static func document(of canvas: Canvas) -> String {
    let cursor = canvas.cursor.map { "row \($0.row), column \($0.column)" } ?? "hidden"
    return canvas.textLines().joined(separator: "\n") + "\n--- style ---\n" + canvas.styleLayer()
      + "\n--- cursor ---\n" + cursor + "\n"
  }

  static func check(_ canvas: Canvas, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let file = folder.appendingPathComponent(name + ".txt")
    let actual = document(of: canvas)
    if ProcessInfo.processInfo.environment["MOCKLOOP_UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record("missing golden \(file.lastPathComponent): run 'make goldens'", sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      let failed = file.deletingPathExtension().appendingPathExtension("actual.txt")
      try? Data(actual.utf8).write(to: failed)
      let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
      let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
      let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
      let where_ =
        firstDifference.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
        ?? "lengths differ"
      Issue.record(
        "\(file.lastPathComponent) differs at \(where_)\n(wrote \(failed.lastPathComponent); 'make goldens' accepts it)",
        sourceLocation: sourceLocation)
    }
  }
}
