import Foundation

/// Writes files that hold a user's notes so that only the user can read them: created 0600
/// whatever the umask, written to a temporary file beside the target and renamed over it, so a
/// reader sees the old file or the new one, never half of one.
public enum PrivateFile {
  public static func write(_ data: Data, to url: URL) throws {
    let temporary = url.deletingLastPathComponent()
      .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_TRUNC, 0o600)
    guard descriptor >= 0 else { throw StorageCheck.error(errno: errno, path: url.path, isFolder: false) }
    var failure: Int32 = 0
    data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          failure = errno
          return
        }
        offset += written
      }
    }
    if failure == 0, fsync(descriptor) != 0 { failure = errno }
    close(descriptor)
    if failure == 0, rename(temporary, url.path) != 0 { failure = errno }
    if failure != 0 {
      unlink(temporary)
      throw StorageCheck.error(errno: failure, path: url.path, isFolder: false)
    }
  }
}
