import Foundation
import GRDB

/// One row of the `session_summary` table, decoded strictly: a value of the wrong type, a
/// malformed compact column or an unknown level makes `init(row:)` throw, and the reader then
/// reads that session in full instead (which names what is wrong with it, if anything is).
struct SummaryRow {
  private static let commonColumns: [(name: String, kind: StrictColumns.Kind)] = [
    ("session_id", .text), ("created_at", .number), ("question_id", .text), ("question_title", .text),
    ("deck_id", .text), ("level", .optionalText), ("format_snapshot_id", .integer), ("finished_at", .optionalNumber),
    ("active_seconds", .number), ("rubric_id", .optionalText), ("scores", .optionalText),
    ("graded_at", .optionalNumber),
  ]
  private static let detailColumns: [(name: String, kind: StrictColumns.Kind)] = [
    ("started_at", .optionalNumber), ("paused_seconds", .number), ("away_seconds", .number), ("phase_seconds", .text),
    ("checked", .text),
  ]

  /// The columns of a history line, in the order `init(row:)` reads them, then whether each
  /// has its storage type.
  static let historySelection = selection(commonColumns)
  /// The columns of a whole digest.
  static let digestSelection = selection(commonColumns + detailColumns)

  private static func selection(_ columns: [(name: String, kind: StrictColumns.Kind)]) -> String {
    columns.map(\.name).joined(separator: ", ") + ", " + StrictColumns.typesCheck(columns)
  }

  /// Why a row could not be read: its session (nil when the id itself is not text) and the column.
  struct Problem: Error {
    var sessionID: String?
    var column: ColumnProblem
  }

  /// What a digest needs beyond a history line.
  struct Detail {
    var startedAt: Date?
    var pausedSeconds: Double
    var awaySeconds: Double
    var phaseSeconds: [Double]
    var checked: Set<SessionDigest.ChecklistItemKey>
  }

  var sessionID: String
  var createdAt: Date
  var question: QuestionSnapshot
  var level: Level?
  var formatSnapshotID: Int
  var finishedAt: Date?
  var activeSeconds: Double
  var grade: SessionDigest.Grade?
  /// Set when the row was read with `digestSelection`.
  var detail: Detail?

  init(row: Row) throws(Problem) {
    let isDigest = row.count > Self.commonColumns.count + 1
    var columns = StrictColumns(row: row)
    columns.isTyped = columns.flag(row.count - 1)
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
        id: try columns.text(2, "question_id"), title: try columns.text(3, "question_title"),
        deckID: try columns.text(4, "deck_id"))
      level = try columns.optionalText(5, "level").map { text throws(ColumnProblem) in
        guard let level = Level(rawValue: text) else {
          throw ColumnProblem(column: "level", problem: "holds '\(StrictColumns.excerpt(text))', not L6 or L7")
        }
        return level
      }
      formatSnapshotID = try columns.integer(6, "format_snapshot_id")
      finishedAt = try columns.optionalTime(7, "finished_at")
      activeSeconds = try Self.seconds(columns, 8, "active_seconds")
      grade = try Self.grade(
        rubricID: columns.optionalText(9, "rubric_id"), scores: columns.optionalText(10, "scores"),
        gradedAt: columns.optionalTime(11, "graded_at"))
      if isDigest { detail = try Self.detail(columns) }
    } catch {
      throw Problem(sessionID: id, column: error)
    }
  }

  private static func detail(_ columns: StrictColumns) throws(ColumnProblem) -> Detail {
    let phaseText = try columns.text(15, "phase_seconds")
    guard let phaseSeconds = SummaryText.decodePhaseSeconds(phaseText) else {
      throw ColumnProblem(
        column: "phase_seconds", problem: "holds '\(StrictColumns.excerpt(phaseText))', not seconds,…")
    }
    let checkedText = try columns.text(16, "checked")
    guard let checked = SummaryText.decodeChecked(checkedText) else {
      throw ColumnProblem(
        column: "checked", problem: "holds '\(StrictColumns.excerpt(checkedText))', not phase:item,…;…")
    }
    return Detail(
      startedAt: try columns.optionalTime(12, "started_at"), pausedSeconds: try seconds(columns, 13, "paused_seconds"),
      awaySeconds: try seconds(columns, 14, "away_seconds"), phaseSeconds: phaseSeconds, checked: checked)
  }

  private static func seconds(_ columns: StrictColumns, _ index: Int, _ name: String) throws(ColumnProblem) -> Double {
    guard let seconds = try columns.optionalSeconds(index, name) else {
      throw ColumnProblem(column: name, problem: "is NULL where a number of seconds belongs")
    }
    return seconds
  }

  private static func grade(rubricID: String?, scores: String?, gradedAt: Date?) throws(ColumnProblem)
    -> SessionDigest.Grade?
  {
    switch (rubricID, scores, gradedAt) {
    case (nil, nil, nil):
      return nil
    case (let rubricID?, let text?, let gradedAt?):
      guard let scores = ScoreText.decode(text), SessionRules.problem(with: scores) == nil else {
        throw ColumnProblem(
          column: "scores", problem: "holds '\(StrictColumns.excerpt(text))', not 'dimension=score,…'")
      }
      return SessionDigest.Grade(rubricID: rubricID, scores: scores, gradedAt: gradedAt)
    default:
      throw ColumnProblem(column: "rubric_id", problem: "is set without scores and a time, or they without it")
    }
  }

  /// The history line this row holds, given its format's id.
  func historyLine(formatID: String) -> SessionSummary {
    SessionSummary(
      id: sessionID, createdAt: createdAt, formatID: formatID, questionID: question.id, questionTitle: question.title,
      deckID: question.deckID, level: level, finishedAt: finishedAt,
      activeSeconds: finishedAt == nil ? nil : activeSeconds,
      isGraded: grade != nil, rubricID: grade?.rubricID, scores: grade?.scores)
  }

  /// The digest a row read with `digestSelection` holds, given its format snapshot; throws when
  /// the phase seconds do not match the format's phases.
  func digest(format: InterviewFormat) throws(ColumnProblem) -> SessionDigest {
    guard let detail else { throw ColumnProblem(column: "phase_seconds", problem: "was not read") }
    let phaseSeconds = detail.phaseSeconds
    guard phaseSeconds.isEmpty || phaseSeconds.count == format.phases.count else {
      throw ColumnProblem(
        column: "phase_seconds",
        problem: "holds \(phaseSeconds.count) phases where the format has \(format.phases.count)")
    }
    let phases = zip(format.phases, phaseSeconds).map { phase, seconds in
      SessionTimeline.PhaseTiming(plannedSeconds: phase.plannedSeconds, actualSeconds: seconds)
    }
    return SessionDigest(
      id: sessionID, createdAt: createdAt, question: question, level: level, format: format,
      startedAt: detail.startedAt, finishedAt: finishedAt, phases: phases, activeSeconds: activeSeconds,
      pausedSeconds: detail.pausedSeconds, awaySeconds: detail.awaySeconds, checked: detail.checked, grade: grade)
  }
}
