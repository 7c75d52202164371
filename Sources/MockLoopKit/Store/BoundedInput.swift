import Foundation

/// Reads a whole input (a file or standard input) piece by piece, up to a limit: past it the
/// read stops with `StoreError.tooLarge`, so an endless stream costs at most the limit in
/// memory, never everything it sends.
public enum BoundedInput {
  /// The largest import MockLoop reads: far more than years of sessions take.
  public static let importLimit = 256 * 1024 * 1024

  /// Everything `handle` gives until its end; `source` names it in the error ("standard input").
  public static func read(_ handle: FileHandle, source: String, limit: Int = importLimit) throws -> Data {
    var data = Data()
    let chunk = min(1 << 20, limit + 1)
    while true {
      let piece: Data
      do {
        piece = try handle.read(upToCount: chunk) ?? Data()
      } catch {
        throw StoreError.unreadable(path: source, detail: error.localizedDescription)
      }
      if piece.isEmpty { return data }
      data.append(piece)
      if data.count > limit { throw StoreError.tooLarge(source: source, limit: limit) }
    }
  }

  /// The contents of the file at `path`, refused before reading when it is already too large.
  public static func read(path: String, limit: Int = importLimit) throws -> Data {
    var info = stat()
    if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > limit {
      throw StoreError.tooLarge(source: path, limit: limit)
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw StoreError.unreadable(path: path, detail: String(cString: strerror(errno)))
    }
    defer { try? handle.close() }
    return try read(handle, source: path, limit: limit)
  }
}
