import ArgumentParser
import Foundation
import MockLoopKit
import MockLoopTUI

/// What the commands share: the environment, the content and the store, each opened on demand
/// and turned into a clear `CLIError` when it fails.
struct CommandContext {
  var environment = ProcessInfo.processInfo.environment

  var dataFolder: URL { DataLocation.folder(environment: environment) }

  /// The store, for commands that write.
  func openStore() throws -> SessionStore {
    do {
      return try SessionStore.open(folder: dataFolder)
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
  }

  /// The store, for commands that only read: when it cannot be written (a read-only disk, no
  /// write permission, a full disk) it is opened read-only, with a note on stderr.
  func openStoreForReading() throws -> SessionStore {
    do {
      return try SessionStore.open(folder: dataFolder)
    } catch let error as StoreError where error.allowsReading {
      do {
        let store = try SessionStore.open(folder: dataFolder, mode: .readOnly)
        Output.error("note: \(error.description)")
        return store
      } catch let second as StoreError {
        throw CLIError(second.description)
      }
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
  }

  /// The built-in and user content; parsed files are cached unless `cached` is false (lint).
  func loadContent(cached: Bool = true) -> ContentLibrary {
    ContentLibrary.load(
      from: ContentLocations.standard(environment: environment),
      cache: cached ? ContentCache.standard(environment: environment) : nil)
  }

  /// Resolves "last", a full id or an unambiguous prefix to a stored session; a session that
  /// cannot be read is an error that says what is wrong with it.
  func session(_ reference: String, in store: SessionStore) throws -> Session {
    do {
      guard let id = try store.resolveSessionID(reference), let session = try store.session(id: id) else {
        throw CLIError(
          reference == "last" ? "there are no sessions yet" : StoreError.sessionNotFound(reference).description)
      }
      return session
    } catch let error as StoreError {
      throw CLIError(error.description)
    }
  }
}

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

  /// Rows padded into columns by display width (a CJK title or an emoji takes two columns), two
  /// spaces apart; the columns in `rightAligned` keep to the right. The first row, a header,
  /// is laid out by the same widths as the others.
  static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
    guard let first = rows.first else { return "" }
    var widths = Array(repeating: 0, count: first.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.displayWidth)
      }
    }
    return rows.map { row in
      row.enumerated().map { index, cell in
        let width = index < widths.count ? widths[index] : 0
        if rightAligned.contains(index) { return cell.leftPadded(toWidth: width) }
        return index == row.count - 1 ? cell : cell.padded(toWidth: width)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
