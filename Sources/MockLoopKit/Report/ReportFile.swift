import Foundation

/// Writes a report so that only its owner can read it: created 0600 whatever the umask, written
/// to a temporary file beside the target and renamed over it, so a reader never sees half a
/// report and a file that was there before is replaced, not rewritten in place.
public enum ReportFile {
  public struct WriteError: Error, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "cannot write \(path): \(reason)" }
  }

  public static func write(_ text: String, to url: URL) throws {
    let data = Data(text.utf8)
    let folder = url.deletingLastPathComponent()
    let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    unlink(temporary)
    let descriptor = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else { throw failure(errno, url) }
    var code: Int32 = 0
    data.withUnsafeBytes { buffer in
      guard let base = buffer.baseAddress else { return }
      var offset = 0
      while offset < buffer.count {
        let written = Foundation.write(descriptor, base + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          code = errno
          return
        }
        offset += written
      }
    }
    if code == 0, fchmod(descriptor, 0o600) != 0 { code = errno }
    if code == 0, fsync(descriptor) != 0 { code = errno }
    close(descriptor)
    if code == 0, rename(temporary, url.path) != 0 { code = errno }
    if code != 0 {
      unlink(temporary)
      throw failure(code, url)
    }
  }

  private static func failure(_ code: Int32, _ url: URL) -> WriteError {
    WriteError(path: url.path, reason: String(cString: strerror(code)))
  }
}
