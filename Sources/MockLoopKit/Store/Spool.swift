import Foundation

/// A temporary file without a name: created 0600 in a folder and unlinked at once, so it goes
/// away with the process whatever happens, and no other user can open it. Written first, then
/// read back from its start, as often as needed.
final class Spool {
  let descriptor: Int32
  /// The folder, to name in errors.
  private let folder: URL

  init(in folder: URL) throws {
    self.folder = folder
    var template = Array(folder.appendingPathComponent(".mockloop-spool-XXXXXX").path.utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else { throw StorageCheck.error(errno: errno, path: folder.path, isFolder: true) }
    template.withUnsafeBufferPointer { buffer in
      if let base = buffer.baseAddress { _ = unlink(base) }
    }
    self.descriptor = descriptor
  }

  func write(_ data: Data) throws {
    let failure = FileDescriptorIO.writeAll(data, to: descriptor)
    if failure != 0 { throw StorageCheck.error(errno: failure, path: folder.path, isFolder: true) }
  }

  /// Goes back to the start, to read what was written.
  func rewind() throws {
    if lseek(descriptor, 0, SEEK_SET) < 0 { throw StorageCheck.error(errno: errno, path: folder.path, isFolder: true) }
  }

  /// Everything from the current place to the end, to `body` in pieces of at most a mebibyte.
  func copy(to body: (Data) throws -> Void) throws {
    while true {
      let (bytes, failure) = FileDescriptorIO.read(descriptor, upTo: 1 << 20)
      if failure != 0 { throw StoreError.unreadable(path: folder.path, detail: String(cString: strerror(failure))) }
      if bytes.isEmpty { return }
      try body(Data(bytes))
    }
  }

  deinit { close(descriptor) }
}
