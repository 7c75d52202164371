import Foundation
import GRDB

extension StoreError {
  /// The store error that explains `error`, a failure while opening, reading or writing the
  /// database at `databaseURL`. SQLite's result code says what kind of failure it was; the file
  /// system (free space, mount flags, permissions) says why. Only SQLITE_NOTADB and
  /// SQLITE_CORRUPT make a file "damaged".
  public static func diagnosing(_ error: any Error, databaseURL: URL, isReadOnlyStore: Bool = false) -> StoreError {
    let path = databaseURL.path
    if let error = error as? StoreError { return error }
    if let error = error as? DatabaseError {
      return diagnosing(error, databaseURL: databaseURL, isReadOnlyStore: isReadOnlyStore)
    }
    if let error = error as? CocoaError {
      switch error.code {
      case .fileWriteOutOfSpace: return .diskFull(path: path)
      case .fileWriteVolumeReadOnly: return .readOnly(path: path, cause: .fileSystem)
      case .fileWriteNoPermission: return writeProblem(databaseURL) ?? .notWritable(path: path, detail: "\(error)")
      default: break
      }
    }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain {
      return StorageCheck.error(errno: Int32(nsError.code), path: path, isFolder: false)
    }
    return .sqlite(path: path, detail: "\(error)")
  }

  /// The diagnosis of `error` when it is one of SQLite's, else nil.
  public static func diagnosingSQLite(_ error: any Error, databaseURL: URL) -> StoreError? {
    guard let error = error as? DatabaseError else { return nil }
    return diagnosing(error, databaseURL: databaseURL, isReadOnlyStore: false)
  }

  private static func diagnosing(_ error: DatabaseError, databaseURL: URL, isReadOnlyStore: Bool) -> StoreError {
    let path = databaseURL.path
    let detail = error.message ?? "SQLite error \(error.extendedResultCode.rawValue)"
    switch error.resultCode {
    case .SQLITE_FULL:
      return .diskFull(path: path)
    case .SQLITE_NOTADB, .SQLITE_CORRUPT:
      return .corrupt(path: path, detail: detail)
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return .busy(path: path)
    case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
      if let problem = writeProblem(databaseURL) { return problem }
      return isReadOnlyStore ? .readOnly(path: path, cause: .openedReadOnly) : .sqlite(path: path, detail: detail)
    case .SQLITE_CANTOPEN:
      if let problem = writeProblem(databaseURL) { return problem }
      return .notWritable(path: path, detail: detail)
    case .SQLITE_IOERR:
      // The extended code says which call failed; the file system says why.
      if let free = StorageCheck.freeBytes(at: databaseURL.deletingLastPathComponent()), free == 0 {
        return .diskFull(path: path)
      }
      if let problem = writeProblem(databaseURL) { return problem }
      return .ioError(path: path, detail: detail)
    default:
      return .sqlite(path: path, detail: detail)
    }
  }

  /// Why the database file or its folder cannot be written, if the system says so.
  static func writeProblem(_ databaseURL: URL) -> StoreError? {
    let folder = databaseURL.deletingLastPathComponent().path
    if FileManager.default.fileExists(atPath: databaseURL.path),
      let cause = StorageCheck.writeProblem(at: databaseURL.path, isFolder: false)
    {
      return .readOnly(path: databaseURL.path, cause: cause)
    }
    if let cause = StorageCheck.writeProblem(at: folder, isFolder: true) {
      return .readOnly(path: folder, cause: cause)
    }
    return nil
  }
}
