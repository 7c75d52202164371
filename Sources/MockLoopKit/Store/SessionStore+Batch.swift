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
      let events = try Self.fetchAllEvents(db)
      let marks = try Self.fetchAllMarks(db)
      let decoder = ExchangeCoding.sharedDecoder
      // Sessions of one format share its snapshot text: each distinct text is decoded once.
      var formats: [String: InterviewFormat] = [:]
      var sessions: [Session] = []
      var assessmentTexts: [String] = []
      var assessed: [Int] = []
      let rows = try Row.fetchCursor(
        db,
        sql: """
          SELECT id, format_json, question_id, question_title, deck_id, level, created_at, notes, last_seen_at,
            assessment_json
          FROM session ORDER BY created_at DESC
          """)
      while let row = try rows.next() {
        let id: String = row[0]
        let formatText: String = row[1]
        let format: InterviewFormat
        if let known = formats[formatText] {
          format = known
        } else {
          format = try decoder.decode(InterviewFormat.self, from: Data(formatText.utf8))
          formats[formatText] = format
        }
        if let text = row[9] as String? {
          assessmentTexts.append(text)
          assessed.append(sessions.count)
        }
        sessions.append(
          Session(
            id: id, format: format, question: QuestionSnapshot(id: row[2], title: row[3], deckID: row[4]),
            level: (row[5] as String?).flatMap(Level.init(rawValue:)), createdAt: Date(storedTime: row[6]),
            events: events[id] ?? [], marks: marks[id] ?? [], notes: row[7],
            lastSeenAt: (row[8] as Double?).map(Date.init(storedTime:))))
      }
      // One decode of all the assessments as a JSON array costs far less than one decode each.
      let assessments = try decoder.decode(
        [Assessment].self, from: Data(("[" + assessmentTexts.joined(separator: ",") + "]").utf8))
      for (index, assessment) in zip(assessed, assessments) { sessions[index].assessment = assessment }
      return sessions
    }
  }

  /// Every event, grouped by session id, each session's in log order.
  private static func fetchAllEvents(_ db: Database) throws -> [String: [SessionEvent]] {
    var events: [String: [SessionEvent]] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT session_id, kind, at, follow_up, on_demand, reason FROM session_event ORDER BY session_id, seq")
    while let row = try rows.next() {
      guard let kind = SessionEvent.Kind(rawValue: row[1]) else { continue }
      let event = SessionEvent(
        kind, at: Date(storedTime: row[2]), followUp: row[3], isOnDemand: row[4],
        reason: (row[5] as String?).flatMap(SessionEvent.PauseReason.init(rawValue:)))
      events[row[0], default: []].append(event)
    }
    return events
  }

  /// Every checklist mark, grouped by session id, in the order `session(id:)` reads them.
  private static func fetchAllMarks(_ db: Database) throws -> [String: [ChecklistMark]] {
    var marks: [String: [ChecklistMark]] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT session_id, phase_id, item, text, at FROM checklist_mark ORDER BY session_id, at, phase_id, item"
    )
    while let row = try rows.next() {
      marks[row[0], default: []].append(
        ChecklistMark(phaseID: row[1], item: row[2], text: row[3], at: Date(storedTime: row[4])))
    }
    return marks
  }
}
