import Foundation

/// Opens the notes in the user's `$VISUAL` or `$EDITOR` (else `vi`) and reads them back.
enum ExternalEditor {
  static func edit(_ text: String, environment: [String: String]) throws -> String {
    let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("notes.md")
    try Data(text.utf8).write(to: file)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // The editor variable may carry arguments ("code -w"), so the shell splits it.
    process.arguments = ["-c", "\(editor) \"$1\"", "mockloop-editor", file.path]
    process.environment = environment
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw AppError("\(editor) exited with status \(process.terminationStatus); the notes were not changed")
    }
    return String(decoding: try Data(contentsOf: file), as: UTF8.self)
  }
}
