import Foundation
import GRDB

/// One row of the `session_summary` table, decoded strictly: a value of the wrong type, a
/// malformed compact column or an unknown level makes `init` throw, and the reader then reads
/// that session in full instead (which names what is wrong with it, if anything is).
///
/// Rows are read straight from the statement (`StatementColumns`), their compact columns from
/// SQLite's bytes, and what they repeat (titles, phase ids, scores, checklists) decoded once
/// per scan (`Caches`).
struct SummaryRow {
  private static let commonColumns = [
    "session_id", "created_at", "question_id", "question_title", "deck_id", "level", "format_snapshot_id",
    "finished_at", "active_seconds", "rubric_id", "scores", "graded_at",
  ]
  private static let detailColumns = ["started_at", "paused_seconds", "away_seconds", "phase_seconds", "checked"]

  /// The columns of a history line, in the order `init` reads them.
  static let historySelection = commonColumns.joined(separator: ", ")
  /// The columns of a whole digest.
  static let digestSelection = (commonColumns + detailColumns).joined(separator: ", ")
  /// How many columns `digestSelection` has.
  static let digestColumnCount = commonColumns.count + detailColumns.count

  /// What rows repeat (names, titles, scores, checklists), each decoded once for a whole scan.
  struct Caches {
    /// Question ids, titles, deck ids and rubric ids.
    var texts = TextCache<String>()
    var phaseIDs = TextCache<String>()
    /// Scores must lie in `SessionRules.anyScore`, as the store writes them.
    var scores = ScoreText.Reader(range: SessionRules.anyScore)
    var checked = TextCache<ChecklistTicks>()
  }

  /// Why a row could not be read: its session (nil when the id itself is not text) and the column.
  struct Problem: Error {
    var sessionID: String?
    var column: ColumnProblem
  }

  var sessionID: String
  var createdAt: Date
  var question: QuestionSnapshot
  var level: Level?
  var formatSnapshotID: Int
  var finishedAt: Date?
  var activeSeconds: Double
  var grade: SessionDigest.Grade?
  /// Whether the row was read with `digestSelection`, which sets the fields below.
  var hasDetail = false
  var startedAt: Date?
  var pausedSeconds = 0.0
  var awaySeconds = 0.0
  /// Each phase's actual seconds; the planned ones are the format's, set by `digest(format:)`.
  var phases: [SessionTimeline.PhaseTiming] = []
  var checked = ChecklistTicks()

  /// The row the statement stands on, read with `historySelection` or, when `isDigest`,
  /// `digestSelection`.
  init(_ columns: StatementColumns, isDigest: Bool, caches: inout Caches) throws(Problem) {
    let id: String
    do throws(ColumnProblem) {
      id = try columns.text(0, "session_id")
    } catch {
      throw Problem(sessionID: nil, column: error)
    }
    sessionID = id
    do throws(ColumnProblem) {
      createdAt = try columns.time(1, "created_at")
      question = QuestionSnapshot(
        id: caches.texts.text(try columns.bytes(2, "question_id")),
        title: caches.texts.text(try columns.bytes(3, "question_title")),
        deckID: caches.texts.text(try columns.bytes(4, "deck_id")))
      level = try columns.optionalText(5, "level").map { text throws(ColumnProblem) in
        guard let level = Level(rawValue: text) else {
          throw ColumnProblem(column: "level", problem: "holds '\(StrictColumns.excerpt(text))', not L6 or L7")
        }
        return level
      }
      formatSnapshotID = try columns.integer(6, "format_snapshot_id")
      finishedAt = try columns.optionalTime(7, "finished_at")
      activeSeconds = try columns.seconds(8, "active_seconds")
      grade = try Self.grade(columns, &caches)
      if isDigest { try readDetail(columns, &caches) }
    } catch {
      throw Problem(sessionID: id, column: error)
    }
  }

  private mutating func readDetail(_ columns: StatementColumns, _ caches: inout Caches) throws(ColumnProblem) {
    startedAt = try columns.optionalTime(12, "started_at")
    pausedSeconds = try columns.seconds(13, "paused_seconds")
    awaySeconds = try columns.seconds(14, "away_seconds")
    let phaseText = try columns.bytes(15, "phase_seconds")
    let phases = SummaryText.decodePhaseSeconds(phaseText) {
      SessionTimeline.PhaseTiming(plannedSeconds: 0, actualSeconds: $0)
    }
    guard let phases else { throw Self.malformed("phase_seconds", phaseText, expected: "seconds,…") }
    self.phases = phases
    let checkedText = try columns.bytes(16, "checked")
    let checked = caches.checked.value(checkedText) { text in
      SummaryText.decodeChecked(text, phaseIDs: &caches.phaseIDs)
    }
    guard let checked else { throw Self.malformed("checked", checkedText, expected: "phase:item,…;…") }
    self.checked = checked
    hasDetail = true
  }

  private static func malformed(_ column: String, _ bytes: UnsafeBufferPointer<UInt8>, expected: String)
    -> ColumnProblem
  {
    let text = String(decoding: bytes, as: UTF8.self)
    return ColumnProblem(column: column, problem: "holds '\(StrictColumns.excerpt(text))', not \(expected)")
  }

  private static func grade(_ columns: StatementColumns, _ caches: inout Caches) throws(ColumnProblem)
    -> SessionDigest.Grade?
  {
    let rubricID = try columns.optionalBytes(9, "rubric_id").map { caches.texts.text($0) }
    let scoreText = try columns.optionalBytes(10, "scores")
    let gradedAt = try columns.optionalTime(11, "graded_at")
    switch (rubricID, scoreText, gradedAt) {
    case (nil, nil, nil):
      return nil
    case (let rubricID?, let text?, let gradedAt?):
      guard let scores = caches.scores.scores(text) else {
        throw malformed("scores", text, expected: "'dimension=score,…'")
      }
      return SessionDigest.Grade(rubricID: rubricID, scores: scores, gradedAt: gradedAt)
    default:
      throw ColumnProblem(column: "rubric_id", problem: "is set without scores and a time, or they without it")
    }
  }

  /// The history line this row holds, given its format's id.
  consuming func historyLine(formatID: String) -> SessionSummary {
    SessionSummary(
      id: sessionID, createdAt: createdAt, formatID: formatID, questionID: question.id, questionTitle: question.title,
      deckID: question.deckID, level: level, finishedAt: finishedAt,
      activeSeconds: finishedAt == nil ? nil : activeSeconds,
      isGraded: grade != nil, rubricID: grade?.rubricID, scores: grade?.scores)
  }

  /// The digest a row read with `digestSelection` holds, given its format snapshot; throws when
  /// the phase seconds do not match the format's phases.
  consuming func digest(format: InterviewFormat) throws(ColumnProblem) -> SessionDigest {
    guard hasDetail else { throw ColumnProblem(column: "phase_seconds", problem: "was not read") }
    guard phases.isEmpty || phases.count == format.phases.count else {
      throw ColumnProblem(
        column: "phase_seconds", problem: "holds \(phases.count) phases where the format has \(format.phases.count)")
    }
    for index in phases.indices { phases[index].plannedSeconds = format.phases[index].plannedSeconds }
    return SessionDigest(
      id: sessionID, createdAt: createdAt, question: question, level: level, format: format, startedAt: startedAt,
      finishedAt: finishedAt, phases: phases, activeSeconds: activeSeconds, pausedSeconds: pausedSeconds,
      awaySeconds: awaySeconds, checked: checked, grade: grade)
  }
}
