import Foundation
import MockLoopKit

/// What the commands share: the environment, the content and the store, each opened on demand
/// and turned into a clear `CLIError` when it fails.
struct CommandContext {
  var environment = ProcessInfo.processInfo.environment

  var dataFolder: URL { DataLocation.folder(environment: environment) }

  func openStore() throws -> SessionStore {
    do {
      return try SessionStore.open(folder: dataFolder)
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

  /// Resolves "last", a full id or an unambiguous prefix to a stored session.
  func session(_ reference: String, in store: SessionStore) throws -> Session {
    guard let id = try store.resolveSessionID(reference), let session = try store.session(id: id) else {
      throw CLIError(
        reference == "last" ? "there are no sessions yet" : StoreError.sessionNotFound(reference).description)
    }
    return session
  }
}

/// Writing JSON and text to stdout.
enum Output {
  static func json<Value: Encodable>(_ value: Value) throws {
    let text = String(decoding: try ExchangeCoding.encoder.encode(value), as: UTF8.self)
    // The pretty printer writes an empty list over three lines; `[]` is what people and tools expect.
    print(text.replacingOccurrences(of: #"\[\s*\n\s*\]"#, with: "[]", options: .regularExpression))
  }

  static func error(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
  }

  /// Rows padded into columns by display width.
  static func table(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    var widths = Array(repeating: 0, count: first.count)
    for row in rows { for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) } }
    return rows.map { row in
      row.enumerated().map { index, cell in
        index == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[index] - cell.count)
      }.joined(separator: "  ")
    }.joined(separator: "\n")
  }
}
