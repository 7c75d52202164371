import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the operating system says about a place MockLoop writes: free space, a read-only
/// mount, write permission. Used to diagnose a failed write and by `doctor`; it asks, and
/// only `probeWrite` writes (a temporary file it removes at once).
public enum StorageCheck {
  /// Below this much free space `doctor` reports a problem.
  public static let lowSpaceBytes: UInt64 = 16 * 1024 * 1024

  /// Bytes an unprivileged user may still write on the file system holding `url`.
  public static func freeBytes(at url: URL) -> UInt64? {
    var info = statvfs()
    guard statvfs(existingAncestor(of: url.path), &info) == 0 else { return nil }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize)
  }

  /// Whether the file system holding `path` is mounted read-only.
  public static func isReadOnlyFileSystem(_ path: String) -> Bool {
    var info = statvfs()
    guard statvfs(existingAncestor(of: path), &info) == 0 else { return false }
    return info.f_flag & UInt(ST_RDONLY) != 0
  }

  /// Why `path` (a file, or a folder that must take new files) cannot be written, or nil
  /// when the system allows it.
  public static func writeProblem(at path: String, isFolder: Bool) -> ReadOnlyCause? {
    if isReadOnlyFileSystem(path) { return .fileSystem }
    guard access(path, isFolder ? W_OK | X_OK : W_OK) != 0 else { return nil }
    return cause(errno: errno, path: path, isFolder: isFolder)
  }

  /// Really writes a small temporary file in `folder`, syncs and removes it: the one check that
  /// catches what permission bits do not show (a full disk, an immutable folder, a policy).
  public static func probeWrite(folder: URL) -> StoreError? {
    let path = folder.appendingPathComponent(".mockloop-write-check-\(getpid())").path
    let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
    guard descriptor >= 0 else { return error(errno: errno, path: folder.path, isFolder: true) }
    defer { unlink(path) }
    var byte: UInt8 = 0x2E
    let wrote = write(descriptor, &byte, 1) == 1 && fsync(descriptor) == 0
    let failure = errno
    close(descriptor)
    return wrote ? nil : error(errno: failure, path: folder.path, isFolder: true)
  }

  /// A failed file operation's errno as a store error.
  static func error(errno code: Int32, path: String, isFolder: Bool) -> StoreError {
    switch code {
    case ENOSPC, EDQUOT: return .diskFull(path: path)
    case EIO: return .ioError(path: path, detail: String(cString: strerror(code)))
    default:
      if let cause = cause(errno: code, path: path, isFolder: isFolder) { return .readOnly(path: path, cause: cause) }
      return .notWritable(path: path, detail: String(cString: strerror(code)))
    }
  }

  private static func cause(errno code: Int32, path: String, isFolder: Bool) -> ReadOnlyCause? {
    switch code {
    case EROFS: return .fileSystem
    case EPERM: return .notPermitted(path: path)
    case EACCES:
      var info = stat()
      guard stat(path, &info) == 0 else { return nil }
      return .permission(
        path: path, isFolder: isFolder, mode: UInt16(info.st_mode & 0o7777), ownerID: info.st_uid, userID: geteuid())
    default: return nil
    }
  }

  /// "12.5 MB".
  public static func megabytes(_ bytes: UInt64) -> String {
    String(format: "%.1f MB", Double(bytes) / (1024 * 1024))
  }

  /// The path itself, or the nearest folder above it that exists.
  private static func existingAncestor(of path: String) -> String {
    var candidate = URL(fileURLWithPath: path)
    while !FileManager.default.fileExists(atPath: candidate.path), candidate.path != "/" {
      candidate = candidate.deletingLastPathComponent()
    }
    return candidate.path
  }
}
