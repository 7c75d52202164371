import ArgumentParser
import Foundation
import MockLoopKit

/// Exit statuses beyond 0 (done) and 1 (failed).
enum ExitStatus {
  /// The command did its work but skipped sessions that cannot be read (each named on stderr).
  static let skippedSessions: Int32 = 3
}

/// Writing to stdout and stderr. Everything goes through `terminalSafe` (text) or escapes
/// control characters (JSON), so nothing read from content, the database or an import can
/// send a terminal an escape sequence.
enum Output {
  static func json<Value: Encodable>(_ value: Value) throws {
    print(try jsonText(value))
  }

  /// Pretty JSON with every control character escaped: JSONEncoder escapes C0 itself; DEL and
  /// C1 (which it leaves raw) become `\u007f`…`\u009f`, the same text to any JSON reader.
  static func jsonText<Value: Encodable>(_ value: Value) throws -> String {
    let text = escapingControls(String(decoding: try ExchangeCoding.encoder.encode(value), as: UTF8.self))
    // The pretty printer writes an empty list over three lines; `[]` is what people and tools expect.
    return text.replacingOccurrences(of: #"\[\s*\n\s*\]"#, with: "[]", options: .regularExpression)
  }

  static func escapingControls(_ json: String) -> String {
    guard json.holdsTerminalControls else { return json }
    var escaped = ""
    for scalar in json.unicodeScalars {
      if String.isUnsafeControl(scalar.value) {
        escaped += String(format: "\\u%04x", scalar.value)
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped
  }

  /// Lines for people, on stdout in one write, followed by a newline: for long text whose every
  /// part is already terminal-safe (data passed through `terminalSafe`, or the program's own
  /// words), which is not scanned again.
  static func write(safeLines bytes: [UInt8]) throws {
    var data = Data(bytes)
    data.append(UInt8(ascii: "\n"))
    fflush(nil)  // whatever `print` buffered goes first
    try FileHandle.standardOutput.write(contentsOf: data)
  }

  /// Text for people, on stdout.
  static func text(_ text: String, terminator: String = "\n") {
    print(text.terminalSafe, terminator: terminator)
  }

  static func error(_ message: String) {
    FileHandle.standardError.write(Data((message.terminalSafe + "\n").utf8))
  }

  /// One warning per session a read skipped.
  static func skipped(_ errors: [StoreError]) {
    for error in errors {
      if case .badSession(let id, let detail) = error {
        let hint = id.hasPrefix("at row") || id.hasPrefix("without") ? "" : " (see 'mockloop show \(id)')"
        Output.error("warning: skipped session \(id): \(detail)\(hint)")
      } else {
        Output.error("warning: \(error.description)")
      }
    }
  }

  /// Ends a command that skipped sessions with `ExitStatus.skippedSessions`.
  static func finish(skipped: [StoreError]) throws {
    guard !skipped.isEmpty else { return }
    Output.error("\(skipped.count.counted("session")) skipped: they cannot be read")
    throw ExitCode(ExitStatus.skippedSessions)
  }
}
