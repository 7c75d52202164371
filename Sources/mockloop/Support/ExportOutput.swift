import Foundation
import MockLoopKit

/// Where `export` writes, piece by piece: a file made with `PrivateFileWriter` (0600, in place
/// only once complete) or standard output.
final class ExportOutput {
  private let file: PrivateFileWriter?
  /// The file's path, as the user gave it; nil for standard output.
  let path: String?

  init(path: String?) throws {
    self.path = path
    do {
      file = try path.map { try PrivateFileWriter(url: URL(fileURLWithPath: $0)) }
    } catch let error as StoreError {
      throw CLIError("cannot write \(path ?? ""): \(error.description)")
    }
  }

  var isFile: Bool { file != nil }

  func write(_ data: Data) throws {
    guard let file else {
      try FileHandle.standardOutput.write(contentsOf: data)
      return
    }
    do {
      try file.write(data)
    } catch let error as StoreError {
      throw CLIError("cannot write \(path ?? ""): \(error.description)")
    }
  }

  /// Puts a file in place; nothing for standard output.
  func finish() throws {
    do {
      try file?.commit()
    } catch let error as StoreError {
      throw CLIError("cannot write \(path ?? ""): \(error.description)")
    }
  }
}
