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

  /// Every session, newest first: the same as `allSessions()`, read in three queries.
  public func allSessionsBulk() throws -> [Session] {
    try database.read { db in
      let decoder = ExchangeCoding.decoder
      var events: [String: [SessionEvent]] = [:]
      let eventRows = try Row.fetchCursor(
        db, sql: "SELECT session_id, kind, at, follow_up, on_demand, reason FROM session_event ORDER BY session_id, seq"
      )
      while let row = try eventRows.next() {
        guard let kind = SessionEvent.Kind(rawValue: row["kind"]) else { continue }
        let event = SessionEvent(
          kind, at: Date(storedTime: row["at"]), followUp: row["follow_up"], isOnDemand: row["on_demand"],
          reason: (row["reason"] as String?).flatMap(SessionEvent.PauseReason.init(rawValue:)))
        events[row["session_id"], default: []].append(event)
      }
      var marks: [String: [ChecklistMark]] = [:]
      let markRows = try Row.fetchCursor(
        db,
        sql: "SELECT session_id, phase_id, item, text, at FROM checklist_mark ORDER BY session_id, at, phase_id, item")
      while let row = try markRows.next() {
        let mark = ChecklistMark(
          phaseID: row["phase_id"], item: row["item"], text: row["text"], at: Date(storedTime: row["at"]))
        marks[row["session_id"], default: []].append(mark)
      }
      // Sessions of one format share its snapshot text: each distinct text is decoded once.
      var formats: [String: InterviewFormat] = [:]
      var sessions: [Session] = []
      let sessionRows = try Row.fetchCursor(db, sql: "SELECT * FROM session ORDER BY created_at DESC")
      while let row = try sessionRows.next() {
        let id: String = row["id"]
        let formatJSON: String = row["format_json"]
        let format: InterviewFormat
        if let known = formats[formatJSON] {
          format = known
        } else {
          format = try decoder.decode(InterviewFormat.self, from: Data(formatJSON.utf8))
          formats[formatJSON] = format
        }
        let assessment = try (row["assessment_json"] as String?).map {
          try decoder.decode(Assessment.self, from: Data($0.utf8))
        }
        sessions.append(
          Session(
            id: id, format: format,
            question: QuestionSnapshot(id: row["question_id"], title: row["question_title"], deckID: row["deck_id"]),
            level: (row["level"] as String?).flatMap(Level.init(rawValue:)),
            createdAt: Date(storedTime: row["created_at"]),
            events: events[id] ?? [], marks: marks[id] ?? [], notes: row["notes"], assessment: assessment,
            lastSeenAt: (row["last_seen_at"] as Double?).map(Date.init(storedTime:))))
      }
      return sessions
    }
  }
}
