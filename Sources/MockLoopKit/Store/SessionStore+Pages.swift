import Foundation
import GRDB

/// Every session, newest first, a page at a time: the order and the skipped sessions of
/// `SessionStore.readAllSessionsBulk()`, with one page in memory instead of the whole store.
///
/// The rows are listed when the pages are made; each page is then a read of its own (three
/// queries), so a session deleted in between is left out, and one added in between is not in
/// the pages.
public struct SessionPages {
  /// Pages of this size keep the memory small and the queries few.
  public static let defaultSize = 200

  private let store: SessionStore
  private let rowIDs: [Int64]
  private let size: Int
  private var next = 0
  private var formats: [String: InterviewFormat] = [:]

  init(store: SessionStore, rowIDs: [Int64], size: Int) {
    self.store = store
    self.rowIDs = rowIDs
    self.size = max(1, size)
  }

  /// How many rows the pages go through, unreadable ones included.
  public var rowCount: Int { rowIDs.count }

  /// The next page's sessions and the bad ones among its rows; nil after the last page.
  public mutating func nextPage() throws -> PartialRead<Session>? {
    guard next < rowIDs.count else { return nil }
    let page = Array(rowIDs[next..<min(next + size, rowIDs.count)])
    next += page.count
    var formats = self.formats
    defer { self.formats = formats }
    return try store.reading { db in try SessionStore.readSessions(rowIDs: page, formats: &formats, db) }
  }
}

extension SessionStore {
  /// Every session in pages of at most `size`, newest first (see `SessionPages`).
  public func sessionPages(size: Int = SessionPages.defaultSize) throws -> SessionPages {
    let rowIDs = try reading { db in
      try Int64.fetchAll(db, sql: "SELECT rowid FROM session ORDER BY created_at DESC, rowid DESC")
    }
    return SessionPages(store: self, rowIDs: rowIDs, size: size)
  }
}
