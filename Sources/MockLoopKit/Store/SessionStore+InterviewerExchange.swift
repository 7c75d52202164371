import Foundation
import GRDB

/// What an interviewer wrote about one session, as an export carries it: the follow-ups asked,
/// the notes and the grade (not the process that wrote them).
public struct InterviewerExport: Sendable, Codable, Equatable {
  public var sessionID: String
  public var followUps: [InterviewerFollowUp]
  public var notes: String
  public var grade: Assessment?

  public init(sessionID: String, followUps: [InterviewerFollowUp], notes: String, grade: Assessment?) {
    self.sessionID = sessionID
    self.followUps = followUps
    self.notes = notes
    self.grade = grade
  }
}

/// Export and import of the interviewer's rows. An import adds what the store lacks and never
/// replaces what an interviewer already wrote here, so importing twice adds nothing.
extension SessionStore {
  /// The interviewer rows of these sessions, one entry per session that has any.
  public func interviewerExports(sessionIDs: [String]) throws -> [InterviewerExport] {
    try reading { db in
      try sessionIDs.compactMap { id in
        let side = try Self.fetchInterviewerSide(id, db)
        guard !side.followUps.isEmpty || !side.notes.isEmpty || side.grade != nil else { return nil }
        return InterviewerExport(sessionID: id, followUps: side.followUps, notes: side.notes, grade: side.grade)
      }
    }
  }

  /// The interviewer's part of a session's record as the candidate may see it; nil when no
  /// interviewer wrote anything.
  public func interviewerReport(of session: Session, rubric: Rubric?) throws -> InterviewerReport? {
    let side = try interviewerSide(of: session.id)
    guard !side.isEmpty else { return nil }
    return InterviewerReport(side: side, candidateGrade: session.assessment, level: session.level, rubric: rubric)
  }

  static func importInterviewers(_ entries: [InterviewerExport], into db: Database) throws {
    for entry in entries where try sessionExists(entry.sessionID, db) {
      for asked in entry.followUps {
        try db.execute(
          sql: """
            INSERT OR IGNORE INTO interviewer_followup (session_id, id, text, answer, improvised, asked_at)
            VALUES (?, ?, ?, ?, ?, ?)
            """,
          arguments: [
            entry.sessionID, asked.id, asked.text, asked.answer, asked.isImprovised, asked.askedAt.storedTime,
          ])
      }
      if !entry.notes.isEmpty {
        try db.execute(
          sql: "INSERT OR IGNORE INTO interviewer_note (session_id, text, updated_at) VALUES (?, ?, ?)",
          arguments: [entry.sessionID, entry.notes, Date().storedTime])
      }
      if let grade = entry.grade {
        let json = String(decoding: try ExchangeCoding.storageEncoder.encode(grade), as: UTF8.self)
        try db.execute(
          sql: "INSERT OR IGNORE INTO interviewer_grade (session_id, assessment_json, saved_at) VALUES (?, ?, ?)",
          arguments: [entry.sessionID, json, grade.gradedAt.storedTime])
      }
    }
  }
}

extension ExportDocument {
  /// What an import refuses in the interviewers' entries: an entry for a session the document
  /// does not hold, a session given twice, follow-ups without an id or text or with a repeated
  /// id, and grade scores outside their rubric's scale.
  /// `indexOf` gives the place of each id's first session in the document.
  static func interviewerProblems(
    _ interviewers: [InterviewerExport], sessionIndex indexOf: [String: Int], rubrics: [Rubric]
  ) -> [ImportProblem] {
    var problems: [ImportProblem] = []
    var seen: Set<String> = []
    for (place, entry) in interviewers.enumerated() {
      let index = indexOf[entry.sessionID] ?? -1
      func refuse(_ field: String, _ message: String) {
        problems.append(
          ImportProblem(
            index: index, sessionID: entry.sessionID, field: "interviewers[\(place)].\(field)", message: message))
      }
      if index < 0 { refuse("sessionID", "names a session this export does not hold") }
      if !seen.insert(entry.sessionID).inserted { refuse("sessionID", "is given twice") }
      var ids: Set<String> = []
      for (number, asked) in entry.followUps.enumerated() {
        if asked.id.isEmpty { refuse("followUps[\(number)].id", "is empty") }
        if asked.text.isEmpty { refuse("followUps[\(number)].text", "is empty") }
        if !ids.insert(asked.id).inserted { refuse("followUps[\(number)].id", "repeats") }
      }
      if let grade = entry.grade {
        let rubric = rubrics.first { $0.id == grade.rubricID }
        let range = rubric.map { $0.scale.minimum...$0.scale.maximum } ?? SessionRules.anyScore
        for (dimension, score) in grade.scores.sorted(by: { $0.key < $1.key }) where !range.contains(score) {
          refuse("grade.scores.\(dimension)", "\(score) is outside \(range.lowerBound)–\(range.upperBound)")
        }
      }
    }
    return problems
  }
}

extension SessionStore {
  /// The candidate's and the interviewer's grades of every finished session an interviewer
  /// graded (of those in `sessionIDs`, when given), oldest first, for calibration. A grade that
  /// cannot be read leaves its session out.
  public func gradePairs(among sessionIDs: Set<String>? = nil) throws -> [GradePair] {
    try reading { db in
      guard try Self.hasParticipantTables(db) else { return [] }
      // CROSS JOIN keeps the interviewers' grades (a few) as the outer loop: with a plain JOIN
      // SQLite walked every session in created_at order to avoid sorting, a look-up per session.
      // Sessions of one instant keep the index's order (by rowid).
      let rows = try Row.fetchAll(
        db,
        sql: """
          SELECT s.id, s.assessment_json AS mine, g.assessment_json AS theirs FROM interviewer_grade g
          CROSS JOIN session s ON s.id = g.session_id WHERE s.finished_at IS NOT NULL ORDER BY s.created_at, s.rowid
          """)
      return rows.compactMap { row -> GradePair? in
        if let sessionIDs {
          guard let id = try? row.decode(String?.self, forColumn: "id"), sessionIDs.contains(id) else { return nil }
        }
        func grade(_ column: String) -> Assessment? {
          guard let json = try? row.decode(String?.self, forColumn: column) else { return nil }
          return try? ExchangeCoding.sharedDecoder.decode(Assessment.self, from: Data(json.utf8))
        }
        guard let theirs = grade("theirs") else { return nil }
        return GradePair(candidate: grade("mine"), interviewer: theirs)
      }
    }
  }

  /// Calibration of the candidate's own grades against their interviewers', on `rubric`'s
  /// dimensions, over the sessions in `sessionIDs` (all, when nil); nil when no session was
  /// graded by both.
  public func calibration(rubric: Rubric?, among sessionIDs: Set<String>? = nil) throws -> Calibration? {
    let calibration = Calibration(pairs: try gradePairs(among: sessionIDs), dimensions: rubric?.dimensions ?? [])
    return calibration.sessions == 0 ? nil : calibration
  }
}
