import Foundation
import GRDB

/// Reads rows of the `session_summary` table strictly: a value of the wrong type, a malformed
/// compact column, an unknown level or a format snapshot that does not fit makes a read throw,
/// and the reader then reads that session in full instead (which names what is wrong with it,
/// if anything is).
///
/// Rows are read straight from the statement (`StatementColumns`) into the value they become
/// (a `SessionSummary` or a `SessionDigest`), their compact columns from SQLite's bytes, and
/// what they repeat (titles, phase ids, scores, checklists) decoded once per scan (`Caches`).
enum SummaryRow {
  private static let commonColumns = [
    "session_id", "created_at", "question_id", "question_title", "deck_id", "level", "format_snapshot_id",
    "finished_at", "active_seconds", "rubric_id", "scores", "graded_at",
  ]
  private static let detailColumns = ["started_at", "paused_seconds", "away_seconds", "phase_seconds", "checked"]

  /// The columns of a history line, in the order the readers read them.
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

  /// The history line of the row the statement stands on, read with `historySelection` (or
  /// `digestSelection`); `formatIDs` holds each readable format snapshot's format id.
  static func historyLine(_ columns: StatementColumns, formatIDs: [Int: String], caches: inout Caches)
    throws(Problem) -> SessionSummary
  {
    try SessionSummary(summaryRow: columns, formatIDs: formatIDs, caches: &caches)
  }

  /// The digest of the row the statement stands on, read with `digestSelection`, with the
  /// format of its snapshot in `formats`; throws too when the phase seconds do not match the
  /// format's phases.
  static func digest(_ columns: StatementColumns, formats: [Int: InterviewFormat], caches: inout Caches)
    throws(Problem) -> SessionDigest
  {
    try SessionDigest(summaryRow: columns, formats: formats, caches: &caches)
  }

  /// The checked items of a row read with `digestSelection` once every column of it (but the
  /// format snapshot, which is not looked up) has read whole.
  static func checkedOfWholeRow(_ columns: StatementColumns, caches: inout Caches) throws(Problem) -> ChecklistTicks {
    let id = try sessionID(columns)
    do throws(ColumnProblem) {
      _ = try columns.time(1, "created_at")
      _ = try question(columns, &caches)
      _ = try level(columns)
      _ = try columns.integer(6, "format_snapshot_id")
      _ = try columns.optionalTime(7, "finished_at")
      _ = try columns.seconds(8, "active_seconds")
      _ = try grade(columns, &caches)
      _ = try columns.optionalTime(12, "started_at")
      _ = try columns.seconds(13, "paused_seconds")
      _ = try columns.seconds(14, "away_seconds")
      _ = try phaseSeconds(columns)
      return try checked(columns, &caches)
    } catch {
      throw Problem(sessionID: id, column: error)
    }
  }

  fileprivate static func sessionID(_ columns: StatementColumns) throws(Problem) -> String {
    do throws(ColumnProblem) {
      return try columns.text(0, "session_id")
    } catch {
      throw Problem(sessionID: nil, column: error)
    }
  }

  fileprivate static func question(_ columns: StatementColumns, _ caches: inout Caches) throws(ColumnProblem)
    -> QuestionSnapshot
  {
    QuestionSnapshot(
      id: caches.texts.text(try columns.bytes(2, "question_id")),
      title: caches.texts.text(try columns.bytes(3, "question_title")),
      deckID: caches.texts.text(try columns.bytes(4, "deck_id")))
  }

  /// The level, read from its bytes ("L6" or "L7"; no `String` is made for them).
  fileprivate static func level(_ columns: StatementColumns) throws(ColumnProblem) -> Level? {
    guard let bytes = try columns.optionalBytes(5, "level") else { return nil }
    if bytes.count == 2, bytes[0] == UInt8(ascii: "L") {
      if bytes[1] == UInt8(ascii: "6") { return .l6 }
      if bytes[1] == UInt8(ascii: "7") { return .l7 }
    }
    let text = String(decoding: bytes, as: UTF8.self)
    // Any other spelling Level knows (none today) is read as it would be from a `String`.
    if let level = Level(rawValue: text) { return level }
    throw ColumnProblem(column: "level", problem: "holds '\(StrictColumns.excerpt(text))', not L6 or L7")
  }

  /// What `known` holds for the row's format snapshot id.
  fileprivate static func snapshot<Value>(_ columns: StatementColumns, in known: [Int: Value]) throws(ColumnProblem)
    -> Value
  {
    guard let value = known[try columns.integer(6, "format_snapshot_id")] else {
      throw ColumnProblem(column: "format_snapshot_id", problem: "names no readable format snapshot")
    }
    return value
  }

  private static func phaseSeconds(_ columns: StatementColumns) throws(ColumnProblem) -> [Double] {
    let text = try columns.bytes(15, "phase_seconds")
    guard let seconds = SummaryText.decodePhaseSeconds(text) else {
      throw malformed("phase_seconds", text, expected: "seconds,…")
    }
    return seconds
  }

  /// Each phase's planned (the format's) and actual seconds.
  fileprivate static func phases(_ columns: StatementColumns, format: InterviewFormat) throws(ColumnProblem)
    -> [SessionTimeline.PhaseTiming]
  {
    let text = try columns.bytes(15, "phase_seconds")
    let decoded = SummaryText.decodePhaseSeconds(text) {
      SessionTimeline.PhaseTiming(plannedSeconds: 0, actualSeconds: $0)
    }
    guard var phases = decoded else { throw malformed("phase_seconds", text, expected: "seconds,…") }
    guard phases.isEmpty || phases.count == format.phases.count else {
      throw ColumnProblem(
        column: "phase_seconds", problem: "holds \(phases.count) phases where the format has \(format.phases.count)")
    }
    for index in phases.indices { phases[index].plannedSeconds = format.phases[index].plannedSeconds }
    return phases
  }

  fileprivate static func checked(_ columns: StatementColumns, _ caches: inout Caches) throws(ColumnProblem)
    -> ChecklistTicks
  {
    let text = try columns.bytes(16, "checked")
    let checked = caches.checked.value(text) { text in
      SummaryText.decodeChecked(text, phaseIDs: &caches.phaseIDs)
    }
    guard let checked else { throw malformed("checked", text, expected: "phase:item,…;…") }
    return checked
  }

  private static func malformed(_ column: String, _ bytes: UnsafeBufferPointer<UInt8>, expected: String)
    -> ColumnProblem
  {
    let text = String(decoding: bytes, as: UTF8.self)
    return ColumnProblem(column: column, problem: "holds '\(StrictColumns.excerpt(text))', not \(expected)")
  }

  fileprivate static func grade(_ columns: StatementColumns, _ caches: inout Caches) throws(ColumnProblem)
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
}

/// A history line made in place from a summary row (see `SummaryRow.historyLine`).
extension SessionSummary {
  fileprivate init(summaryRow columns: StatementColumns, formatIDs: [Int: String], caches: inout SummaryRow.Caches)
    throws(SummaryRow.Problem)
  {
    let id = try SummaryRow.sessionID(columns)
    do throws(ColumnProblem) {
      let createdAt = try columns.time(1, "created_at")
      let question = try SummaryRow.question(columns, &caches)
      let level = try SummaryRow.level(columns)
      let formatID = try SummaryRow.snapshot(columns, in: formatIDs)
      let finishedAt = try columns.optionalTime(7, "finished_at")
      let activeSeconds = try columns.seconds(8, "active_seconds")
      let grade = try SummaryRow.grade(columns, &caches)
      self.init(
        id: id, createdAt: createdAt, formatID: formatID, questionID: question.id, questionTitle: question.title,
        deckID: question.deckID, level: level, finishedAt: finishedAt,
        activeSeconds: finishedAt == nil ? nil : activeSeconds,
        isGraded: grade != nil, rubricID: grade?.rubricID, scores: grade?.scores)
    } catch {
      throw SummaryRow.Problem(sessionID: id, column: error)
    }
  }
}

/// A digest made in place from a summary row (see `SummaryRow.digest`).
extension SessionDigest {
  fileprivate init(
    summaryRow columns: StatementColumns, formats: [Int: InterviewFormat], caches: inout SummaryRow.Caches
  )
    throws(SummaryRow.Problem)
  {
    let id = try SummaryRow.sessionID(columns)
    do throws(ColumnProblem) {
      let createdAt = try columns.time(1, "created_at")
      let question = try SummaryRow.question(columns, &caches)
      let level = try SummaryRow.level(columns)
      let format = try SummaryRow.snapshot(columns, in: formats)
      let finishedAt = try columns.optionalTime(7, "finished_at")
      let activeSeconds = try columns.seconds(8, "active_seconds")
      let grade = try SummaryRow.grade(columns, &caches)
      let startedAt = try columns.optionalTime(12, "started_at")
      let pausedSeconds = try columns.seconds(13, "paused_seconds")
      let awaySeconds = try columns.seconds(14, "away_seconds")
      let phases = try SummaryRow.phases(columns, format: format)
      let checked = try SummaryRow.checked(columns, &caches)
      self.init(
        id: id, createdAt: createdAt, question: question, level: level, format: format, startedAt: startedAt,
        finishedAt: finishedAt, phases: phases, activeSeconds: activeSeconds, pausedSeconds: pausedSeconds,
        awaySeconds: awaySeconds, checked: checked, grade: grade)
    } catch {
      throw SummaryRow.Problem(sessionID: id, column: error)
    }
  }
}
