import Foundation
import GRDB

/// Writing and reading many sessions at once: one transaction for a batch insert, and three
/// queries (sessions, events, marks) to load everything, instead of three per session.
extension SessionStore {
  /// Saves whole sessions in one transaction: all of them or, on any error, none.
  public func insert(_ sessions: [Session]) throws {
    try database.write { db in
      for session in sessions { try Self.insert(session, into: db) }
    }
  }

  /// Every session that can be read, newest first: the same as `allSessions()`, read in three queries.
  public func allSessionsBulk() throws -> [Session] { try readAllSessionsBulk().values }

  /// Every session, newest first, read in three queries; the bad ones skipped and reported
  /// (see `readSessions(rowIDs:formats:_:)`).
  public func readAllSessionsBulk() throws -> PartialRead<Session> {
    try reading { db in
      var formats: [String: InterviewFormat] = [:]
      return try Self.readSessions(rowIDs: nil, formats: &formats, db)
    }
  }

  /// The sessions of the rows `rowIDs` names (every row when nil), newest first, read in three
  /// queries; the bad ones skipped and reported. `formats` keeps each distinct format decoded
  /// once, across calls too.
  ///
  /// Rows are matched to their session by id, never by position, so one bad row can only
  /// make its own session bad.
  static func readSessions(
    rowIDs: [Int64]?, formats: inout [String: InterviewFormat], _ db: Database
  ) throws -> PartialRead<Session> {
    var problems = BadSessions()
    let rowFilter = rowIDs.map { "WHERE rowid IN (\(Array(repeating: "?", count: $0.count).joined(separator: ",")))" }
    let arguments = StatementArguments(rowIDs ?? [])
    let ownerFilter = rowFilter.map { "WHERE session_id IN (SELECT id FROM session \($0))" } ?? ""
    let events = try Self.fetchAllEvents(db, filter: ownerFilter, arguments: arguments, problems: &problems)
    let marks = try Self.fetchAllMarks(db, filter: ownerFilter, arguments: arguments, problems: &problems)
    var rows: [SessionRow] = []
    var order: [String] = []
    let cursor = try Row.fetchCursor(
      db,
      sql: "SELECT \(SessionRow.sessionSelection) FROM session \(rowFilter ?? "") ORDER BY created_at DESC, rowid DESC",
      arguments: arguments)
    while let row = try cursor.next() {
      do {
        let sessionRow = try SessionRow(row: row)
        order.append(sessionRow.id)
        rows.append(sessionRow)
      } catch let error as StoreError {
        if case .badSession(let id, _) = error { order.append(id) }
        problems.note(error)
      }
    }
    rows.removeAll { problems.contains($0.id) }
    let assessments = Self.decodeAssessments(of: rows, problems: &problems)
    var sessions: [Session] = []
    sessions.reserveCapacity(rows.count)
    for (row, assessment) in zip(rows, assessments) where !problems.contains(row.id) {
      do throws(StoreError) {
        sessions.append(
          try row.session(
            events: events[row.id] ?? [], marks: marks[row.id] ?? [], formats: &formats, assessment: assessment))
      } catch {
        problems.note(error)
      }
    }
    return PartialRead(values: sessions, skipped: problems.inOrder(order))
  }

  /// The first error of each bad session, by id.
  private struct BadSessions {
    private var errors: [String: StoreError] = [:]

    mutating func note(_ error: StoreError) {
      guard case .badSession(let id, _) = error, errors[id] == nil else { return }
      errors[id] = error
    }

    func contains(_ id: String) -> Bool { errors[id] != nil }

    /// The errors of the sessions in `order` (rows of other tables that name no session are left out).
    func inOrder(_ order: [String]) -> [StoreError] {
      guard !errors.isEmpty else { return [] }
      return order.compactMap { errors[$0] }
    }
  }

  /// Each row's assessment (nil when it has none or it is bad), index for index.
  ///
  /// One decode of many assessments as a JSON array costs far less than one decode each. It is
  /// safe because each text joined has been checked to be of the shape of one JSON object
  /// (`JSONShape`), so the array has one element per text; should the count still differ, or
  /// any element fail, each is decoded on its own so that only the bad ones are reported.
  private static func decodeAssessments(of rows: [SessionRow], problems: inout BadSessions) -> [Assessment?] {
    var result = [Assessment?](repeating: nil, count: rows.count)
    var texts: [String] = []
    var indices: [Int] = []
    for (index, row) in rows.enumerated() {
      guard let text = row.detail?.assessmentJSON else { continue }
      guard JSONShape.isSingleObject(text) else {
        do throws(StoreError) { _ = try row.decodeAssessment(text) } catch { problems.note(error) }
        continue
      }
      texts.append(text)
      indices.append(index)
    }
    if let batch = try? ExchangeCoding.sharedDecoder.decode(
      [Assessment].self, from: Data(("[" + texts.joined(separator: ",") + "]").utf8)),
      batch.count == texts.count
    {
      for (index, assessment) in zip(indices, batch) {
        do throws(StoreError) {
          try rows[index].check(assessment)
          result[index] = assessment
        } catch {
          problems.note(error)
        }
      }
      return result
    }
    for (index, text) in zip(indices, texts) {
      do throws(StoreError) {
        result[index] = try rows[index].decodeAssessment(text)
      } catch {
        problems.note(error)
      }
    }
    return result
  }

  /// Every event (of the sessions `filter` picks, when it is not empty), grouped by session id,
  /// each session's in log order.
  ///
  /// Read in the table's own order and put in log order here: an ORDER BY would make SQLite
  /// look each row up again through the primary key's index, which cost more than the rest of
  /// reading the row. Rows are nearly always stored in log order already, so that is checked
  /// before anything is sorted.
  private static func fetchAllEvents(
    _ db: Database, filter: String, arguments: StatementArguments, problems: inout BadSessions
  ) throws -> [String: [SessionEvent]] {
    var grouped: [String: [(seq: Int, event: SessionEvent)]] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT \(EventRow.selection) FROM session_event \(filter)", arguments: arguments)
    while let row = try rows.next() {
      do {
        let event = try EventRow(row: row)
        grouped[event.sessionID, default: []].append((event.seq, event.event))
      } catch let error as StoreError {
        problems.note(error)
      }
    }
    return grouped.mapValues { entries in
      let isInOrder = zip(entries, entries.dropFirst()).allSatisfy { $0.seq < $1.seq }
      return (isInOrder ? entries : entries.sorted { $0.seq < $1.seq }).map(\.event)
    }
  }

  /// Every checklist mark (of the sessions `filter` picks), grouped by session id, in the order `session(id:)` reads them
  /// (`MarkRow.order`: time, then phase id as bytes, then item), put in that order here for
  /// the reason events are.
  private static func fetchAllMarks(
    _ db: Database, filter: String, arguments: StatementArguments, problems: inout BadSessions
  ) throws -> [String: [ChecklistMark]] {
    var marks: [String: [ChecklistMark]] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT \(MarkRow.selection) FROM checklist_mark \(filter)", arguments: arguments)
    while let row = try rows.next() {
      do {
        let mark = try MarkRow(row: row)
        marks[mark.sessionID, default: []].append(mark.mark)
      } catch let error as StoreError {
        problems.note(error)
      }
    }
    return marks.mapValues { marks in
      let isInOrder = zip(marks, marks.dropFirst()).allSatisfy { !MarkRow.isOrdered($1, before: $0) }
      return isInOrder ? marks : marks.sorted { MarkRow.isOrdered($0, before: $1) }
    }
  }
}
