import Foundation

/// One thing an import refuses, named by the session (its place in the file and its id) and
/// the field: "sessions[3] (id 1a2b3c4d): assessment.scores.requirements: 9 is outside 1–4".
public struct ImportProblem: Sendable, Equatable, CustomStringConvertible {
  /// The session's place in the file's `sessions` list.
  public var index: Int
  public var sessionID: String
  /// Where in the session, as a path: "events[4].at", "format.phases".
  public var field: String
  public var message: String

  public init(index: Int, sessionID: String, field: String, message: String) {
    self.index = index
    self.sessionID = sessionID
    self.field = field
    self.message = message
  }

  public var description: String {
    "sessions[\(index)] (id \(StrictColumns.excerpt(sessionID))): \(field): \(message)"
  }
}

extension ExportDocument {
  /// Everything in this document an import refuses, in file order: ids that are empty or
  /// repeat, formats without phases (or with phases of impossible length), event times that go
  /// backwards, times outside 1970–9999, and scores outside their rubric's scale (`rubrics` are
  /// the ones this machine knows; scores of another rubric must stay within
  /// `SessionRules.anyScore`). Empty when it can be imported.
  public func problems(rubrics: [Rubric]) -> [ImportProblem] {
    var check = ImportCheck(rubrics: rubrics)
    for session in sessions { check.add(session) }
    return check.problems(interviewers: interviewers ?? [])
  }
}

/// The rules of `ExportDocument.problems(rubrics:)` applied one session at a time, so that an
/// export read in pieces is checked by the very same code: `add` each session in file order,
/// then `problems(interviewers:)`.
struct ImportCheck {
  let rubrics: [Rubric]
  /// The place of each id's first session.
  private(set) var firstIndex: [String: Int] = [:]
  /// How many sessions were added.
  private(set) var count = 0
  private var sessionProblems: [ImportProblem] = []

  init(rubrics: [Rubric]) { self.rubrics = rubrics }

  mutating func add(_ session: Session) {
    let index = count
    count += 1
    var problems: [ImportProblem] = []
    func refuse(_ field: String, _ message: String) {
      problems.append(ImportProblem(index: index, sessionID: session.id, field: field, message: message))
    }
    if session.id.isEmpty { refuse("id", "is empty") }
    if let first = firstIndex[session.id] {
      refuse("id", "is also the id of sessions[\(first)]: an export holds each session once")
    } else {
      firstIndex[session.id] = index
    }
    if let problem = SessionRules.problem(with: session.format) { refuse("format", "the format \(problem)") }
    Self.checkTimes(of: session, refuse: refuse)
    if let assessment = session.assessment {
      let rubric = rubrics.first { $0.id == assessment.rubricID }
      let range = rubric.map { $0.scale.minimum...$0.scale.maximum } ?? SessionRules.anyScore
      for (dimension, score) in assessment.scores.sorted(by: { $0.key < $1.key }) where !range.contains(score) {
        let scale = rubric.map { "the scale of rubric '\($0.id)'" } ?? "any scale MockLoop accepts"
        refuse(
          "assessment.scores.\(dimension)", "\(score) is outside \(scale) (\(range.lowerBound)–\(range.upperBound))")
      }
    }
    sessionProblems += problems
  }

  /// Every problem found, the sessions' in file order, then those of the interviewers' entries.
  func problems(interviewers: [InterviewerExport]) -> [ImportProblem] {
    sessionProblems
      + ExportDocument.interviewerProblems(interviewers, sessionIndex: firstIndex, rubrics: rubrics)
  }

  private static func checkTimes(of session: Session, refuse: (String, String) -> Void) {
    func inRange(_ date: Date, _ field: String) {
      if !StrictColumns.timeRange.contains(date.timeIntervalSince1970) {
        refuse(field, "\(MillisecondTimestamp.text(date)) is not between 1970 and 9999")
      }
    }
    inRange(session.createdAt, "createdAt")
    if let lastSeenAt = session.lastSeenAt { inRange(lastSeenAt, "lastSeenAt") }
    if let gradedAt = session.assessment?.gradedAt { inRange(gradedAt, "assessment.gradedAt") }
    for (index, mark) in session.marks.enumerated() { inRange(mark.at, "marks[\(index)].at") }
    for (index, event) in session.events.enumerated() {
      inRange(event.at, "events[\(index)].at")
      if index > 0, event.at < session.events[index - 1].at {
        refuse(
          "events[\(index)].at",
          "\(MillisecondTimestamp.text(event.at)) is before the event above it "
            + "(\(MillisecondTimestamp.text(session.events[index - 1].at))): times in a log never go back")
      }
    }
  }
}
