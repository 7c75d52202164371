/// Why the store refused to open or write. Each case names the path and what the user can do;
/// a database that triggers one of these is never written to.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
  case newerDatabase(path: String, found: Int32, supported: Int32)
  case corrupt(path: String, detail: String)
  case notWritable(path: String, detail: String)
  case sessionNotFound(String)
  case invalidExport(String)

  public var description: String {
    switch self {
    case .newerDatabase(let path, let found, let supported):
      return "\(path) was written by a newer MockLoop (schema \(found); this one knows up to \(supported)). "
        + "Upgrade MockLoop, or point MOCKLOOP_HOME at another folder. The file was not changed."
    case .corrupt(let path, let detail):
      return "\(path) is not a readable MockLoop database (\(detail)). "
        + "Move it aside (keep it: it may be recoverable with sqlite3 '.recover') and start again. The file was not changed."
    case .notWritable(let path, let detail):
      return "cannot write to \(path) (\(detail)). Fix its permissions or set MOCKLOOP_HOME to a folder you can write."
    case .sessionNotFound(let id):
      return "no session '\(id)' (see 'mockloop history')"
    case .invalidExport(let detail):
      return "not a MockLoop export: \(detail)"
    }
  }
}
