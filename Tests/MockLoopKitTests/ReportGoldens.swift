import Foundation
import Testing

/// Golden files of the report tests: compared as text, rewritten by `make goldens`
/// (MOCKLOOP_UPDATE_GOLDENS=1).
enum ReportGoldens {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")

  /// Expects `text` to equal the golden file `name`; on a difference, writes the text beside it
  /// as `name.actual.txt` (ignored by git) to diff against.
  static func check(_ text: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = folder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["MOCKLOOP_UPDATE_GOLDENS"] == "1" {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      try Data(text.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    if text != expected {
      try? Data(text.utf8).write(to: folder.appendingPathComponent(name + ".actual.txt"))
    }
    #expect(text == expected, "differs from Goldens/\(name)", sourceLocation: sourceLocation)
  }
}
