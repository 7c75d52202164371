import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Proof that a process is alive: an advisory lock (`flock`) it holds on a file of its own in
/// the data folder's `owners/` for as long as it runs.
///
/// The kernel drops the lock when the process ends in any way (quit, crash, `kill -9`, power
/// loss), so a crash can never leave a session stuck as owned: another process that finds the
/// lock free knows the owner is gone. A stopped process (SIGSTOP, a suspended laptop) still
/// holds its lock; taking a session over from it needs `--take-over`.
final class ProcessPresence: @unchecked Sendable {
  let owner: SessionOwner
  private let folder: URL
  private let lock = NSLock()
  private var descriptor: Int32 = -1

  init(folder: URL, now: Date) {
    self.folder = folder
    var bytes = [UInt8](repeating: 0, count: 16)
    if getentropy(&bytes, bytes.count) != 0 {
      var fallback = SplitMix64(seed: UInt64(bitPattern: Int64(now.timeIntervalSince1970 * 1e6)) ^ UInt64(getpid()))
      bytes = bytes.map { _ in UInt8(truncatingIfNeeded: fallback.next()) }
    }
    let token = bytes.map { String(format: "%02x", $0) }.joined()
    owner = SessionOwner(
      token: token, pid: getpid(), terminal: Self.controllingTerminal(),
      host: ProcessInfo.processInfo.hostName, since: now.roundedToMilliseconds)
  }

  deinit { release() }

  static func lockFile(token: String, folder: URL) -> URL {
    folder.appendingPathComponent("owners", isDirectory: true).appendingPathComponent("\(token).lock")
  }

  /// Takes this process's lock, creating its file (0600, in a 0700 folder) the first time.
  func hold() throws {
    try lock.withLock {
      guard descriptor < 0 else { return }
      let owners = folder.appendingPathComponent("owners", isDirectory: true)
      if !FileManager.default.fileExists(atPath: owners.path) {
        try FileManager.default.createDirectory(
          at: owners, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
      }
      let path = Self.lockFile(token: owner.token, folder: folder).path
      let opened = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard opened >= 0 else { throw OwnershipError.presence(path: path, detail: String(cString: strerror(errno))) }
      guard flock(opened, LOCK_EX | LOCK_NB) == 0 else {
        close(opened)
        throw OwnershipError.presence(path: path, detail: String(cString: strerror(errno)))
      }
      descriptor = opened
    }
  }

  /// Drops the lock and removes the file. Idempotent.
  func release() {
    lock.withLock {
      guard descriptor >= 0 else { return }
      unlink(Self.lockFile(token: owner.token, folder: folder).path)
      close(descriptor)
      descriptor = -1
    }
  }

  /// Whether the process with `token` still runs: its lock file exists and is locked. A file
  /// found unlocked belongs to a dead process and is removed.
  static func isAlive(token: String, folder: URL) -> Bool {
    let path = lockFile(token: token, folder: folder).path
    let opened = open(path, O_RDWR | O_CLOEXEC)
    guard opened >= 0 else { return false }
    defer { close(opened) }
    if flock(opened, LOCK_EX | LOCK_NB) == 0 {
      unlink(path)
      return false
    }
    return errno == EWOULDBLOCK
  }

  private static func controllingTerminal() -> String? {
    for descriptor: Int32 in [0, 1, 2] where isatty(descriptor) == 1 {
      if let name = ttyname(descriptor) { return String(cString: name) }
    }
    return nil
  }
}
