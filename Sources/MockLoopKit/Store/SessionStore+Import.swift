import Foundation
import GRDB

/// Adding many sessions without holding the write lock for long: the sessions go in
/// transactions of at most `batchBudget` each, with a short pause between them, so a running
/// mock's next write waits milliseconds, not the length of the import.
extension SessionStore {
  /// How long one transaction of a batched insert may run before it commits.
  public static let batchBudget: Duration = .milliseconds(50)
  /// The pause between two such transactions, in which other processes get the lock.
  static let batchPause: TimeInterval = 0.005

  /// Checks the document (`ExportDocument.problems(rubrics:)`; any problem refuses it all with
  /// `StoreError.refusedImport`), then adds the sessions the store does not have yet.
  public func importDocument(_ document: ExportDocument, rubrics: [Rubric] = []) throws -> ImportResult {
    let problems = document.problems(rubrics: rubrics)
    guard problems.isEmpty else { throw StoreError.refusedImport(problems) }
    return try importChecked(document)
  }

  /// Adds what a document found importable holds: its sessions in batches, then the rest.
  func importChecked(_ document: ExportDocument) throws -> ImportResult {
    let result = try insertInBatches(document.sessions)
    // The calculations and drill sets are small: one short transaction after the sessions.
    try database.write { db in
      try Self.importEstimation(document, into: db)
      try Self.importInterviewers(document.interviewers ?? [], into: db)
    }
    return result
  }

  /// Adds the sessions the store does not have yet (by id) in short transactions.
  ///
  /// A failure part-way keeps the transactions already committed and throws
  /// `StoreError.importStopped` with how many were added; running it again skips those.
  @discardableResult
  public func insertInBatches(_ sessions: [Session]) throws -> ImportResult {
    var result = ImportResult(added: 0, skipped: 0)
    var next = 0
    let clock = ContinuousClock()
    while next < sessions.count {
      if next > 0 { Thread.sleep(forTimeInterval: Self.batchPause) }
      do {
        (next, result) = try database.write { db in
          var index = next
          var batch = result
          let started = clock.now
          repeat {
            let session = sessions[index]
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM session WHERE id = ?", arguments: [session.id]) == true {
              batch.skipped += 1
            } else {
              try Self.insert(session, into: db)
              batch.added += 1
            }
            index += 1
          } while index < sessions.count && clock.now - started < Self.batchBudget
          return (index, batch)
        }
      } catch {
        let cause = StoreError.diagnosing(error, databaseURL: databaseURL, isReadOnlyStore: isReadOnly)
        throw result.added == 0 ? cause : StoreError.importStopped(added: result.added, cause: cause)
      }
    }
    return result
  }

  /// The sessions with the given ids (all of them when nil), as an export document.
  public func exportDocument(sessionIDs: [String]? = nil, at now: Date) throws -> ExportDocument {
    let sessions = try sessionIDs.map { ids in try ids.compactMap { try session(id: $0) } } ?? allSessions()
    return ExportDocument(
      exportedAt: now, sessions: sessions, calculations: try calculations(sessionIDs: sessions.map(\.id)),
      estimateRuns: sessionIDs == nil ? try estimateRuns() : nil,
      interviewers: try interviewerExports(sessionIDs: sessions.map(\.id)))
  }
}
