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
    return collapsingEmptyLists(text)
  }

  /// The pretty printer writes an empty list over lines (`[`, a newline, spaces, `]`); `[]` is
  /// what people and tools expect. Outside its strings the printer's text has no whitespace but
  /// spaces and newlines, and a string holds no raw newline, so a bracket followed by spaces and
  /// newlines (one at least) up to a closing bracket is always such a list: one pass over the
  /// bytes finds them (a regular expression over megabytes of `--json` cost seconds of CPU).
  static func collapsingEmptyLists(_ json: String) -> String {
    var json = json
    return json.withUTF8 { bytes in
      var result: [UInt8] = []
      var copied = 0
      var index = 0
      while index < bytes.count {
        defer { index += 1 }
        guard bytes[index] == UInt8(ascii: "[") else { continue }
        var end = index + 1
        var newlines = 0
        while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\n") {
          if bytes[end] == UInt8(ascii: "\n") { newlines += 1 }
          end += 1
        }
        guard newlines > 0, end < bytes.count, bytes[end] == UInt8(ascii: "]") else { continue }
        if result.isEmpty { result.reserveCapacity(bytes.count) }
        result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...index]))
        copied = end
        index = end
      }
      guard copied > 0 else { return String(decoding: bytes, as: UTF8.self) }
      result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
      return String(decoding: result, as: UTF8.self)
    }
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

  /// Ends a command that has written its output: the process exits with status 0, or with
  /// `ExitStatus.skippedSessions` (said on stderr) when it skipped sessions.
  ///
  /// It ends at once, stdout flushed, without tearing down what the command read: `values` are
  /// kept alive up to here and never freed one by one (freeing ten thousand summaries and their
  /// strings cost a tenth of the history's instructions); the system takes the memory back.
  /// The store is not among them: a command lets it go once read, so that its connection
  /// closes as SQLite expects.
  static func finish(skipped: [StoreError], keeping values: Any...) -> Never {
    if !skipped.isEmpty { Output.error("\(skipped.count.counted("session")) skipped: they cannot be read") }
    return withExtendedLifetime(values) { () -> Never in
      fflush(nil)
      exit(skipped.isEmpty ? 0 : ExitStatus.skippedSessions)
    }
  }
}
