import Foundation

/// A file written piece by piece that only the user can read, and that appears whole or not at
/// all: the pieces go to a temporary file beside the target, created 0600 whatever the umask,
/// which `commit()` renames over the target. A writer dropped without a commit (a failure part
/// way) removes its temporary file, so no half file is ever left under the target's name.
///
/// A writer holds an advisory lock (`flock`) on its temporary file, which the kernel drops when
/// the process ends in any way. A process killed part way (`kill -9`) leaves its temporary file
/// behind; the next writer to the same target removes every such file that no one holds, so
/// they do not pile up, and a process id used again cannot collide with a leftover.
public final class PrivateFileWriter {
  public let url: URL
  private let temporary: String
  private var descriptor: Int32

  /// Creates the temporary file beside `url`, after removing those that writers killed part way
  /// left there.
  public init(url: URL) throws {
    self.url = url
    let folder = url.deletingLastPathComponent()
    Self.removeAbandonedTemporaries(of: url.lastPathComponent, in: folder)
    temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw StorageCheck.error(errno: errno, path: url.path, isFolder: false) }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let failure = errno
      discard()
      throw StorageCheck.error(errno: failure, path: url.path, isFolder: false)
    }
  }

  /// Removes the temporary files of `name` (".NAME.PID.tmp") in `folder` that no live writer
  /// holds locked. One created a moment ago may not be locked yet, so only those left alone for
  /// a minute go.
  static func removeAbandonedTemporaries(of name: String, in folder: URL, now: Date = Date()) {
    guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
    let prefix = ".\(name)."
    for entry in entries where entry.hasPrefix(prefix) && entry.hasSuffix(".tmp") {
      let middle = entry.dropFirst(prefix.count).dropLast(4)
      guard !middle.isEmpty, middle.allSatisfy(\.isASCII), Int32(middle) != nil else { continue }
      let path = folder.appendingPathComponent(entry).path
      let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
      guard descriptor >= 0 else { continue }
      defer { close(descriptor) }
      var status = stat()
      guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
        now.timeIntervalSince1970 - Double(status.st_mtim.tv_sec) >= 60,
        flock(descriptor, LOCK_EX | LOCK_NB) == 0
      else { continue }
      unlink(path)
    }
  }

  /// Appends `data`.
  public func write(_ data: Data) throws {
    guard descriptor >= 0 else { throw StorageCheck.error(errno: EBADF, path: url.path, isFolder: false) }
    let failure = FileDescriptorIO.writeAll(data, to: descriptor)
    if failure != 0 {
      discard()
      throw StorageCheck.error(errno: failure, path: url.path, isFolder: false)
    }
  }

  /// Puts the file in place under its name, once everything is on the disk.
  public func commit() throws {
    guard descriptor >= 0 else { throw StorageCheck.error(errno: EBADF, path: url.path, isFolder: false) }
    var failure: Int32 = 0
    if fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    descriptor = -1
    if failure == 0, rename(temporary, url.path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw StorageCheck.error(errno: failure, path: url.path, isFolder: false)
    }
  }

  /// Gives the file up: the temporary file is removed and the target left as it was.
  public func discard() {
    guard descriptor >= 0 else { return }
    close(descriptor)
    descriptor = -1
    unlink(temporary)
  }

  deinit { discard() }
}

/// Whole writes and reads on a file descriptor, retried when a signal interrupts them.
enum FileDescriptorIO {
  /// Writes all of `data`; returns 0, or the `errno` of the write that failed.
  static func writeAll(_ data: Data, to descriptor: Int32) -> Int32 {
    data.withUnsafeBytes { buffer -> Int32 in
      guard let base = buffer.baseAddress else { return 0 }
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          return errno
        }
        offset += written
      }
      return 0
    }
  }

  /// Up to `count` bytes from `descriptor`: empty at the end, or the `errno` of the read that failed.
  static func read(_ descriptor: Int32, upTo count: Int) -> (bytes: [UInt8], failure: Int32) {
    while true {
      var failure: Int32 = 0
      let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
        let got = Foundation.read(descriptor, buffer.baseAddress, count)
        if got < 0 { failure = errno }
        initialized = max(got, 0)
      }
      if failure == EINTR { continue }
      if failure != 0 { return ([], failure) }
      return (bytes, 0)
    }
  }
}
