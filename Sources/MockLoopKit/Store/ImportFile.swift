import Foundation

/// An export to import, open for reading from its start as often as the import needs: a
/// regular file is read in place; anything else (standard input, a pipe) is first copied to an
/// unnamed temporary file. Either way it may hold at most `BoundedInput.importLimit` bytes.
public final class ImportFile {
  /// The file or "standard input", for errors.
  public let source: String
  let descriptor: Int32
  /// The copy of an input that cannot be read twice, kept open as long as this file.
  private let spool: Spool?

  /// Opens the file at `path`, refused when it is larger than `limit`.
  public init(path: String, limit: Int = BoundedInput.importLimit) throws {
    source = path
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { throw StoreError.unreadable(path: path, detail: String(cString: strerror(errno))) }
    var info = stat()
    if fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
      if Int(info.st_size) > limit {
        close(descriptor)
        throw StoreError.tooLarge(source: path, limit: limit)
      }
      self.descriptor = descriptor
      spool = nil
    } else {
      defer { close(descriptor) }
      let spool = try Self.copy(descriptor, source: path, limit: limit)
      self.descriptor = spool.descriptor
      self.spool = spool
    }
  }

  /// Copies all `handle` gives (standard input, say) to a temporary file in `folder`, refused
  /// past `limit` bytes; `source` names it in errors.
  public init(
    copying handle: FileHandle, source: String, limit: Int = BoundedInput.importLimit,
    folder: URL = FileManager.default.temporaryDirectory
  ) throws {
    self.source = source
    let spool = try Self.copy(handle.fileDescriptor, source: source, limit: limit, folder: folder)
    descriptor = spool.descriptor
    self.spool = spool
  }

  deinit { if spool == nil { close(descriptor) } }

  /// Goes back to the start.
  func rewind() throws {
    if lseek(descriptor, 0, SEEK_SET) < 0 {
      throw StoreError.unreadable(path: source, detail: String(cString: strerror(errno)))
    }
  }

  /// The size and the modification time now, to tell whether the file changed between two reads.
  func stamp() -> [Int] {
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { return [] }
    return [Int(info.st_size), Int(info.st_mtim.tv_sec), Int(info.st_mtim.tv_nsec)]
  }

  /// Everything from the start, for an export that is read whole.
  func wholeData() throws -> Data {
    try rewind()
    return try BoundedInput.read(FileHandle(fileDescriptor: descriptor, closeOnDealloc: false), source: source)
  }

  private static func copy(
    _ descriptor: Int32, source: String, limit: Int, folder: URL = FileManager.default.temporaryDirectory
  ) throws -> Spool {
    let spool = try Spool(in: folder)
    var total = 0
    while true {
      let (bytes, failure) = FileDescriptorIO.read(descriptor, upTo: 1 << 20)
      if failure != 0 { throw StoreError.unreadable(path: source, detail: String(cString: strerror(failure))) }
      if bytes.isEmpty { break }
      total += bytes.count
      if total > limit { throw StoreError.tooLarge(source: source, limit: limit) }
      try spool.write(Data(bytes))
    }
    try spool.rewind()
    return spool
  }
}
