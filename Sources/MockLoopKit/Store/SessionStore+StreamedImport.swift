import Foundation

/// Importing a checked export: the sessions of one read a session at a time go in pages of
/// `SessionPages.defaultSize`, each through `insertInBatches`, so memory holds one page.
extension SessionStore {
  /// Adds the sessions of `export` the store does not have yet, then its calculations, drill
  /// sets and interviewer rows.
  ///
  /// A failure part-way keeps what was committed and throws `StoreError.importStopped` with how
  /// many were added, as `insertInBatches` does; running it again skips those. A file that
  /// changed since it was checked is refused before anything is added.
  public func importExport(_ export: CheckedExport) throws -> ImportResult {
    switch export.content {
    case .whole(let document):
      return try importChecked(document)
    case .streamed(let frame, let count, let stamp):
      guard export.file.stamp() == stamp else {
        throw StoreError.invalidExport("the file changed after it was checked; nothing was imported")
      }
      try export.file.rewind()
      let result = try insertSessions(of: export.file, expected: count)
      try database.write { db in
        try Self.importEstimation(frame, into: db)
        try Self.importInterviewers(frame.interviewers ?? [], into: db)
      }
      return result
    }
  }

  /// Reads the sessions of `file` again and inserts them a page at a time.
  private func insertSessions(of file: ImportFile, expected: Int) throws -> ImportResult {
    var result = ImportResult(added: 0, skipped: 0)
    var page: [Session] = []
    var read = 0
    let decoder = ExchangeCoding.decoder
    func insertPage() throws {
      guard !page.isEmpty else { return }
      if read > page.count { Thread.sleep(forTimeInterval: Self.batchPause) }
      do {
        let added = try insertInBatches(page)
        result.added += added.added
        result.skipped += added.skipped
      } catch StoreError.importStopped(let added, let cause) {
        throw StoreError.importStopped(added: result.added + added, cause: cause)
      } catch let error as StoreError where result.added > 0 {
        throw StoreError.importStopped(added: result.added, cause: error)
      }
      page.removeAll(keepingCapacity: true)
    }
    func stopped(_ detail: String) -> StoreError {
      let cause = StoreError.invalidExport(detail)
      return result.added > 0 ? .importStopped(added: result.added, cause: cause) : cause
    }
    let frame = try ExportReader.read(file.descriptor, source: file.source) { text in
      guard let session = try? decoder.decode(Session.self, from: text) else {
        throw stopped("sessions[\(read)] no longer reads as it did when the file was checked")
      }
      page.append(session)
      read += 1
      if page.count >= SessionPages.defaultSize { try insertPage() }
      return true
    }
    try insertPage()
    guard frame != nil, read == expected else { throw stopped("the file changed while it was imported") }
    return result
  }
}
