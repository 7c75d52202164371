import Foundation

/// Why the store could not open, read or write, told apart so that the advice fits the fault:
/// a damaged file is moved aside, a newer one needs an upgrade, a full disk needs space (and
/// nothing is lost), a read-only place needs its permission or mount fixed. A healthy file is
/// never called damaged. Each description names the path and what the user can do.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Written by a newer MockLoop (a migration this build does not know, or a higher `user_version`).
  case newerDatabase(path: String, found: Int32, supported: Int32)
  /// Not an SQLite file, or one SQLite reports as damaged (SQLITE_NOTADB, SQLITE_CORRUPT).
  case corrupt(path: String, detail: String)
  /// No space left on the device (SQLITE_FULL, ENOSPC). Nothing already stored is lost.
  case diskFull(path: String)
  /// The file or its folder cannot be written, and why; reading still works.
  case readOnly(path: String, cause: ReadOnlyCause)
  /// The database file exists but cannot be read (no read permission, or another failure).
  case unreadable(path: String, detail: String)
  /// A folder or file could not be created for another reason.
  case notWritable(path: String, detail: String)
  /// The operating system reported an I/O error (SQLITE_IOERR with EIO): a disk problem.
  case ioError(path: String, detail: String)
  /// Another process held the database's lock longer than the busy timeout.
  case busy(path: String)
  /// Any other SQLite failure, quoted as it is; not a judgement on the file.
  case sqlite(path: String, detail: String)
  /// An older database that a read-only store cannot upgrade.
  case needsUpgrade(path: String, found: Int32)
  /// One stored session cannot be read; `detail` names the table and column.
  case badSession(id: String, detail: String)
  case sessionNotFound(String)
  case invalidExport(String)
  /// An export whose sessions break the rules an import checks; nothing was imported.
  case refusedImport([ImportProblem])
  /// An input larger than MockLoop reads.
  case tooLarge(source: String, limit: Int)
  /// An import stopped part-way by a failure; the sessions before it are stored.
  indirect case importStopped(added: Int, cause: StoreError)

  public var description: String {
    switch self {
    case .newerDatabase(let path, let found, let supported):
      return "\(path) was written by a newer MockLoop (schema \(found); this one knows up to \(supported)). "
        + "Upgrade MockLoop, or point MOCKLOOP_HOME at another folder. The file was not changed."
    case .corrupt(let path, let detail):
      return "\(path) is not a readable MockLoop database (\(detail)). The file was not changed. "
        + "Move it aside and MockLoop starts a new one:\n  \(Self.moveAsideCommand(path))\n"
        + "Keep the moved file: 'sqlite3 \(Self.shellQuoted(path + ".damaged")) .recover' may get sessions back."
    case .diskFull(let path):
      return "the disk holding \(path) is full (\(Self.freeSpace(path))). Nothing already saved was lost and the "
        + "database is not damaged: free some space and try again."
    case .readOnly(let path, let cause):
      return cause.explanation(path: path)
    case .unreadable(let path, let detail):
      return "cannot read \(path) (\(detail)). Check its permissions with 'ls -l \(Self.shellQuoted(path))'; "
        + "the file was not changed."
    case .notWritable(let path, let detail):
      return "cannot write to \(path) (\(detail)). Fix its permissions or set MOCKLOOP_HOME to a folder you can write."
    case .ioError(let path, let detail):
      return "the disk reported an I/O error on \(path) (\(detail)): it may be failing. Nothing was changed on "
        + "purpose; copy the data folder to another disk before anything else."
    case .busy(let path):
      return "\(path) is locked by another MockLoop (a long import or a running mock) for too long; try again."
    case .sqlite(let path, let detail):
      return "SQLite failed on \(path): \(detail)"
    case .needsUpgrade(let path, let found):
      return "\(path) uses the older schema \(found) and must be upgraded once by a MockLoop that can write to it."
    case .badSession(let id, let detail):
      return "session \(id) cannot be read: \(detail). The other sessions are fine; "
        + "'mockloop delete \(id)' removes this one."
    case .sessionNotFound(let id):
      return "no session '\(id)' (see 'mockloop history')"
    case .invalidExport(let detail):
      return "not a MockLoop export: \(detail)"
    case .refusedImport(let problems):
      let shown = problems.prefix(20).map { "  \($0)" }
      let more = problems.count > shown.count ? ["  … and \(problems.count - shown.count) more"] : []
      return "the export breaks \(problems.count == 1 ? "a rule" : problems.count.counted("rule")); "
        + "nothing was imported:\n" + (shown + more).joined(separator: "\n")
    case .tooLarge(let source, let limit):
      return "\(source) is larger than \(limit / (1024 * 1024)) MB, more than MockLoop reads; nothing was imported."
    case .importStopped(let added, let cause):
      return "the import stopped after \(added.counted("session")): \(cause.description)\n"
        + "Run the same import again once that is fixed: sessions already imported are skipped."
    }
  }

  /// Whether this failure leaves stored data readable (a read-only store can still serve it).
  public var allowsReading: Bool {
    switch self {
    case .readOnly, .diskFull: true
    default: false
    }
  }

  /// The shell line that moves a database aside with its write-ahead log and shared memory.
  static func moveAsideCommand(_ path: String) -> String {
    var moves = ["mv \(shellQuoted(path)) \(shellQuoted(path + ".damaged"))"]
    for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
      moves.append("mv \(shellQuoted(path + suffix)) \(shellQuoted(path + ".damaged" + suffix))")
    }
    return moves.joined(separator: " && ")
  }

  static func shellQuoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  private static func freeSpace(_ path: String) -> String {
    guard let bytes = StorageCheck.freeBytes(at: URL(fileURLWithPath: path).deletingLastPathComponent()) else {
      return "no free space"
    }
    return "\(StorageCheck.megabytes(bytes)) free"
  }
}

/// Why a path cannot be written.
public enum ReadOnlyCause: Sendable, Equatable {
  /// The file system is mounted read-only.
  case fileSystem
  /// The user lacks write permission on `path` (the database file, or its folder, which
  /// SQLite needs to write for its journal). `mode` is the path's permission bits.
  case permission(path: String, isFolder: Bool, mode: UInt16, ownerID: UInt32, userID: UInt32)
  /// The operating system refuses writes whatever the permissions (EPERM: an immutable or
  /// append-only attribute, or a security policy).
  case notPermitted(path: String)
  /// The store was opened read-only on purpose.
  case openedReadOnly

  func explanation(path: String) -> String {
    let reading = "Sessions can still be read; nothing can be saved."
    switch self {
    case .fileSystem:
      return "\(path) is on a read-only file system. \(reading) Remount it read-write, or set MOCKLOOP_HOME to "
        + "a folder on a writable disk."
    case .permission(let blocked, let isFolder, let mode, let ownerID, let userID):
      let what = isFolder ? "the folder" : "the database file"
      let why = isFolder ? " (SQLite writes its journal beside the database)" : ""
      let owner = ownerID == userID ? "yours" : "owned by uid \(ownerID); you are uid \(userID)"
      let fix =
        ownerID == userID
        ? "Run: chmod u+w \(StoreError.shellQuoted(blocked))"
        : "Ask its owner to give you write permission, or set MOCKLOOP_HOME to a folder you own."
      return "no write permission on \(what) \(blocked)\(why): mode \(String(mode, radix: 8)), \(owner). "
        + "\(reading) \(fix)"
    case .notPermitted(let blocked):
      return "the system refuses writes to \(blocked) whatever its permissions (an immutable attribute? see "
        + "'lsattr \(StoreError.shellQuoted(blocked))'). \(reading)"
    case .openedReadOnly:
      return "\(path) was opened read-only: nothing can be saved."
    }
  }
}
