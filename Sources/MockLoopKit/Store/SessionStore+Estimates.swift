import Foundation
import GRDB

/// Estimation drill sets and their answers. A set is not a session: it has no owner row, and
/// its rows are keyed by its own id, added once and never overwritten (see `EstimateRun`).
extension SessionStore {
  /// Stores a new set (its answers too, when it has some, as after an import). A set already
  /// stored is left as it is.
  public func insertEstimateRun(_ run: EstimateRun) throws {
    try database.write { db in _ = try Self.insert(run, into: db) }
  }

  /// Stores the answer at one position of a set; the same answer twice is stored once.
  public func saveEstimateAnswer(_ answer: EstimateAnswer, runID: String) throws {
    try database.write { db in
      guard try Self.estimateRunExists(runID, db) else { throw OwnershipError.sessionGone(sessionID: runID) }
      try Self.insert(answer, runID: runID, into: db)
    }
  }

  /// Marks a set finished (the first finish counts).
  public func finishEstimateRun(id: String, at date: Date) throws {
    try database.write { db in
      try db.execute(
        sql: "UPDATE estimate_run SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
        arguments: [date.storedTime, id])
    }
  }

  /// Every set with its answers, newest first.
  public func estimateRuns() throws -> [EstimateRun] {
    try database.read { db in
      var answers: [String: [EstimateAnswer]] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT * FROM estimate_answer ORDER BY run_id, position") {
        answers[try row.decode(String.self, forColumn: "run_id"), default: []].append(try Self.answer(from: row))
      }
      return try Row.fetchAll(db, sql: "SELECT * FROM estimate_run ORDER BY started_at DESC, id").map { row in
        let id = try row.decode(String.self, forColumn: "id")
        let drills = try JSONDecoder().decode(
          [String].self, from: Data(try row.decode(String.self, forColumn: "drill_ids").utf8))
        return EstimateRun(
          id: id, startedAt: Date(storedTime: try row.decode(Double.self, forColumn: "started_at")),
          finishedAt: try row.decode(Double?.self, forColumn: "finished_at").map(Date.init(storedTime:)),
          plannedSeconds: try row.decode(Int.self, forColumn: "planned_seconds"),
          drillIDs: drills, answers: answers[id] ?? [])
      }
    }
  }

  /// How many times each drill was answered (skips included), for picking the next set.
  public func estimatePractice() throws -> [String: Int] {
    try database.read { db in
      var counts: [String: Int] = [:]
      for row in try Row.fetchAll(db, sql: "SELECT drill_id, COUNT(*) AS n FROM estimate_answer GROUP BY drill_id") {
        counts[try row.decode(String.self, forColumn: "drill_id")] = try row.decode(Int.self, forColumn: "n")
      }
      return counts
    }
  }

  /// Finds a set by its id or an unambiguous prefix of it.
  public func resolveEstimateRunID(_ reference: String) throws -> String? {
    let runs = try estimateRuns()
    if reference == "last" { return runs.first?.id }
    let matches = runs.filter { $0.id.hasPrefix(reference) }
    return matches.count == 1 ? matches[0].id : matches.first { $0.id == reference }?.id
  }

  /// Returns whether the set was added (false: it was already stored).
  static func insert(_ run: EstimateRun, into db: Database) throws -> Bool {
    let drillIDs = String(decoding: try JSONEncoder().encode(run.drillIDs), as: UTF8.self)
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO estimate_run (id, started_at, finished_at, planned_seconds, drill_ids)
        VALUES (?, ?, ?, ?, ?)
        """,
      arguments: [
        run.id, run.startedAt.storedTime, run.finishedAt?.storedTime, run.plannedSeconds,
        drillIDs,
      ])
    guard db.changesCount > 0 else { return false }
    for answer in run.answers { try insert(answer, runID: run.id, into: db) }
    return true
  }

  static func insert(_ answer: EstimateAnswer, runID: String, into db: Database) throws {
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO estimate_answer (run_id, position, drill_id, drill_title, topic, answer, answer_text,
          expected, grade, ratio, seconds, answered_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        runID, answer.position, answer.drillID, answer.drillTitle, answer.topic.rawValue, answer.answer,
        answer.answerText, answer.expected, answer.grade.rawValue, answer.ratio, answer.seconds,
        answer.answeredAt.storedTime,
      ])
  }

  static func estimateRunExists(_ id: String, _ db: Database) throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM estimate_run WHERE id = ?)", arguments: [id]) ?? false
  }

  /// A stored answer; an unknown topic or grade (from a newer MockLoop) is refused, not guessed.
  static func answer(from row: Row) throws -> EstimateAnswer {
    let topicText = try row.decode(String.self, forColumn: "topic")
    let gradeText = try row.decode(String.self, forColumn: "grade")
    guard let topic = EstimateTopic(rawValue: topicText), let grade = EstimateGrade(rawValue: gradeText) else {
      throw StoreError.corrupt(path: "estimate_answer", detail: "unknown topic '\(topicText)' or grade '\(gradeText)'")
    }
    return EstimateAnswer(
      position: try row.decode(Int.self, forColumn: "position"),
      drillID: try row.decode(String.self, forColumn: "drill_id"),
      drillTitle: try row.decode(String.self, forColumn: "drill_title"), topic: topic,
      answer: try row.decode(String.self, forColumn: "answer"),
      answerText: try row.decode(String?.self, forColumn: "answer_text"),
      expected: try row.decode(String.self, forColumn: "expected"), grade: grade,
      ratio: try row.decode(Double?.self, forColumn: "ratio"),
      seconds: try row.decode(Double.self, forColumn: "seconds"),
      answeredAt: Date(storedTime: try row.decode(Double.self, forColumn: "answered_at")))
  }
}

extension SessionStore {
  /// The calculations and drill sets of an export, added inside the import's transaction; what
  /// is already stored is skipped.
  static func importEstimation(_ document: ExportDocument, into db: Database) throws {
    _ = try importCalculations(document.calculations ?? [], into: db)
    for run in document.estimateRuns ?? [] { _ = try insert(run, into: db) }
  }
}
