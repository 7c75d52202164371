import Foundation
import GRDB

/// `export --all` as JSON, written session by session: the bytes `ExportDocument.encoded()`
/// gives for every readable session (with the calculations, drill sets and interviewer rows),
/// with one page of sessions in memory, never the whole store.
///
/// The document's keys are sorted, so the calculations and the interviewers' entries of the
/// exported sessions come before the sessions, yet which sessions are exported is known only
/// once each has been read. The sessions' text therefore goes first to a spool (an unnamed
/// temporary file in `spoolFolder`), and the document is written from it: head, sessions, tail.
extension SessionStore {
  /// What a streamed export wrote.
  public struct StreamedExport: Sendable {
    /// How many sessions the document holds.
    public var sessions: Int
    /// The sessions that could not be read and were left out, in store order.
    public var skipped: [StoreError]
  }

  /// Writes every readable session's export to `write`, in pieces, each passed through
  /// `transform` first (the command escapes control characters there); `skipped` hears of each
  /// page's unreadable sessions as they are found.
  public func writeExport(
    exportedAt: Date, pageSize: Int = SessionPages.defaultSize, spoolFolder: URL,
    transform: (String) -> String = { $0 }, skipped report: ([StoreError]) -> Void = { _ in },
    to write: (Data) throws -> Void
  ) throws -> StreamedExport {
    let encoder = ExchangeCoding.encoder
    let spool = try Spool(in: spoolFolder)
    var pages = try sessionPages(size: pageSize)
    var ids: [String] = []
    var skipped: [StoreError] = []
    while let page = try pages.nextPage() {
      report(page.skipped)
      skipped += page.skipped
      var chunk = ""
      for session in page.values {
        chunk += (ids.isEmpty ? "\n" : ",\n") + (try ExportLayout.element(session, encoder: encoder))
        ids.append(session.id)
      }
      if !chunk.isEmpty { try spool.write(Data(transform(chunk).utf8)) }
    }
    let document = ExportDocument(
      exportedAt: exportedAt, sessions: [], calculations: try calculations(inSessionOrder: ids),
      estimateRuns: try estimateRuns(), interviewers: try interviewerExports(amongSessions: ids))
    guard !ids.isEmpty else {
      try write(Data(transform(String(decoding: try encoder.encode(document), as: UTF8.self)).utf8))
      return StreamedExport(sessions: 0, skipped: skipped)
    }
    let (head, tail) = try ExportLayout.frame(of: document, encoder: encoder)
    try write(Data(transform(head).utf8))
    try spool.rewind()
    try spool.copy(to: write)
    try write(Data(transform(tail).utf8))
    return StreamedExport(sessions: ids.count, skipped: skipped)
  }

  /// The calculations of these sessions, session by session in the order given, each session's
  /// oldest first: what `calculations(sessionIDs:)` gives, read in one query.
  func calculations(inSessionOrder ids: [String]) throws -> [Calculation] {
    let wanted = Set(ids)
    var bySession: [String: [Calculation]] = [:]
    try reading { db in
      let rows = try Row.fetchCursor(db, sql: "SELECT * FROM calculation ORDER BY at, id")
      while let row = try rows.next() {
        // Only the rows of exported sessions are decoded, as the read of each session's would.
        guard let sessionID = try? row.decode(String.self, forColumn: "session_id"), wanted.contains(sessionID)
        else { continue }
        bySession[sessionID, default: []].append(try Self.calculation(from: row))
      }
    }
    return ids.flatMap { bySession[$0] ?? [] }
  }

  /// What `interviewerExports(sessionIDs:)` gives, asked only of the sessions an interviewer
  /// wrote anything about (most have none, and each costs several queries).
  func interviewerExports(amongSessions ids: [String]) throws -> [InterviewerExport] {
    let written = try reading { db -> Set<String> in
      guard try Self.hasParticipantTables(db) else { return [] }
      return Set(
        try String.fetchAll(
          db,
          sql: """
            SELECT session_id FROM interviewer_followup WHERE typeof(session_id) = 'text'
            UNION SELECT session_id FROM interviewer_note WHERE typeof(session_id) = 'text'
            UNION SELECT session_id FROM interviewer_grade WHERE typeof(session_id) = 'text'
            """))
    }
    return try interviewerExports(sessionIDs: ids.filter(written.contains))
  }
}
