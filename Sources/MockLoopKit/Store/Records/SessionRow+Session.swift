import Foundation

extension SessionRow {
  /// The whole session of a row read with `sessionSelection`, given its events and marks.
  ///
  /// `formats` keeps each distinct format text decoded once across many rows. `assessment`,
  /// when given, is this row's assessment already decoded (by a batch); otherwise it is
  /// decoded here. Throws `StoreError.badSession` naming the column at fault.
  func session(
    events: [SessionEvent], marks: [ChecklistMark], formats: inout [String: InterviewFormat],
    assessment decoded: Assessment? = nil
  ) throws(StoreError) -> Session {
    guard let detail else {
      throw StoreError.badSession(id: id, detail: "read without its format and notes")
    }
    let format: InterviewFormat
    if let known = formats[detail.formatJSON] {
      format = known
    } else {
      format = try decodeFormat(detail.formatJSON)
      formats[detail.formatJSON] = format
    }
    var assessment = decoded
    if assessment == nil, let text = detail.assessmentJSON {
      assessment = try decodeAssessment(text)
    }
    return Session(
      id: id, format: format, question: QuestionSnapshot(id: questionID, title: questionTitle, deckID: deckID),
      level: level, createdAt: createdAt, events: events, marks: marks, notes: detail.notes, assessment: assessment,
      lastSeenAt: detail.lastSeenAt)
  }

  private func decodeFormat(_ text: String) throws(StoreError) -> InterviewFormat {
    let format: InterviewFormat
    do {
      format = try ExchangeCoding.sharedDecoder.decode(InterviewFormat.self, from: Data(text.utf8))
    } catch {
      throw StoreError.badSession(
        id: id, detail: "session.format_json does not hold a format: \(DecodingProblem.describe(error))")
    }
    if let problem = SessionRules.problem(with: format) {
      throw StoreError.badSession(id: id, detail: "session.format_json holds a format that \(problem)")
    }
    return format
  }

  /// Decodes one assessment text.
  func decodeAssessment(_ text: String) throws(StoreError) -> Assessment {
    guard JSONShape.isSingleObject(text) else {
      throw StoreError.badSession(
        id: id, detail: "session.assessment_json is not one JSON object ('\(StrictColumns.excerpt(text))')")
    }
    let assessment: Assessment
    do {
      assessment = try ExchangeCoding.sharedDecoder.decode(Assessment.self, from: Data(text.utf8))
    } catch {
      throw StoreError.badSession(
        id: id, detail: "session.assessment_json does not hold an assessment: \(DecodingProblem.describe(error))")
    }
    try check(assessment)
    return assessment
  }

  /// Rejects scores that no scale has (their sums could overflow).
  func check(_ assessment: Assessment) throws(StoreError) {
    if let (dimension, message) = SessionRules.problem(with: assessment.scores) {
      throw StoreError.badSession(
        id: id, detail: "session.assessment_json gives '\(dimension.terminalSafe)' a score: \(message)")
    }
  }
}
