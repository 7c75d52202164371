import Foundation
import Testing

@testable import MockLoopKit

@Suite("Export, import and calibration of the interviewer's rows")
struct InterviewerExchangeTests {
  static func finishedPair() throws -> (candidate: SessionStore, interviewer: SessionStore, session: Session) {
    let (candidate, interviewer, started) = try InterviewerStoreTests.pair()
    var session = started
    guard let finish = session.finish(at: session.createdAt + 600) else {
      throw CocoaError(.featureUnsupported)
    }
    try candidate.append(finish, to: session.id)
    let asked = InterviewerFollowUp(
      id: "f1", text: "What if the cache dies?", isImprovised: true, askedAt: session.createdAt + 60)
    try interviewer.askFollowUp(asked, sessionID: session.id)
    try interviewer.saveInterviewerNotes("calm under pressure", sessionID: session.id, at: Date())
    try interviewer.saveInterviewerGrade(
      Assessment(rubricID: "r", scores: ["requirements": 2], gradedAt: Date(timeIntervalSince1970: 5)),
      sessionID: session.id)
    try candidate.saveAssessment(
      Assessment(rubricID: "r", scores: ["requirements": 3], gradedAt: Date(timeIntervalSince1970: 6)),
      sessionID: session.id)
    return (candidate, interviewer, session)
  }

  static let rubric = Rubric(
    id: "r", title: "R", scale: RubricScale(minimum: 1, maximum: 4, labels: ["a", "b", "c", "d"]),
    dimensions: [CalibrationTests.dimension("requirements", "Requirements")], bars: [:])

  @Test("an export carries the interviewer's rows, and importing it twice adds them once")
  func exportImportRoundTrip() throws {
    let (candidate, _, session) = try Self.finishedPair()
    let document = try candidate.exportDocument(at: Date())
    #expect(document.interviewers?.count == 1)
    let decoded = try ExportDocument.decode(try document.encoded())
    let fresh = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(try fresh.importDocument(decoded).added == 1)
    #expect(try fresh.importDocument(decoded).added == 0)
    let side = try fresh.interviewerSide(of: session.id)
    #expect(side.followUps.map(\.text) == ["What if the cache dies?"])
    #expect(side.notes == "calm under pressure")
    #expect(side.grade?.scores == ["requirements": 2])
  }

  @Test("an import refuses an interviewer entry for a session it does not hold, and a score off the scale")
  func importRulesRefuseBadEntries() throws {
    let (candidate, _, session) = try Self.finishedPair()
    var document = try candidate.exportDocument(at: Date())
    document.interviewers?.append(InterviewerExport(sessionID: "nowhere", followUps: [], notes: "x", grade: nil))
    document.interviewers?[0].grade?.scores["requirements"] = 9
    let fields = document.problems(rubrics: [Self.rubric]).map(\.field)
    #expect(fields.contains("interviewers[1].sessionID"))
    #expect(fields.contains("interviewers[0].grade.scores.requirements"))
    #expect(throws: StoreError.self) {
      try SessionStore.open(folder: Fixtures.temporaryFolder()).importDocument(document)
    }
    _ = session
  }

  @Test("the store's calibration pairs the two grades of each session graded by both")
  func calibrationFromTheStore() throws {
    let (candidate, _, _) = try Self.finishedPair()
    let calibration = try #require(try candidate.calibration(rubric: Self.rubric))
    #expect(calibration.sessions == 1)
    #expect(calibration.overall?.meanDifference == 1)
    #expect(calibration.sentence?.contains("requirements 1.0 higher") == true)
  }

  @Test("calibration over chosen sessions leaves the others out, as report --all --since does")
  func calibrationAmongChosenSessions() throws {
    let (candidate, _, session) = try Self.finishedPair()
    #expect(try candidate.calibration(rubric: Self.rubric, among: [session.id])?.sessions == 1)
    #expect(try candidate.calibration(rubric: Self.rubric, among: ["another"]) == nil)
    let digests = try candidate.digests().values
    let started = try #require(digests.first?.startedAt)
    #expect(PracticeHTMLReport.countedSessionIDs(of: digests, since: started) == [session.id])
    #expect(PracticeHTMLReport.countedSessionIDs(of: digests, since: started + 1).isEmpty)
  }
}

@Suite("mockloop stats with interviewer grades")
struct InterviewerStatsCommandTests {
  @Test("stats --json carries the calibration and stats says it in a sentence")
  func statsCarriesCalibration() throws {
    let home = Fixtures.temporaryFolder()
    let clock = ManualClock()
    let store = try SessionStore.open(folder: home)
    let session = SessionStoreTests.playedSession(clock: clock)  // self: requirements 3
    try store.insert([session])
    let interviewer = try SessionStore.open(folder: home)
    try interviewer.joinAsInterviewer(session.id, at: clock.now)
    try interviewer.saveInterviewerGrade(
      Assessment(rubricID: "amazon-l6-l7", scores: ["requirements": 2], gradedAt: clock.now), sessionID: session.id)
    interviewer.releaseAll()

    let json = try CommandRun.run(["stats", "--json"], home: home)
    #expect(json.status == 0, "\(json.stderr)")
    let stats = try ExchangeCoding.decoder.decode(PracticeStats.self, from: Data(json.stdout.utf8))
    #expect(stats.calibration?.sessions == 1)
    #expect(stats.calibration?.dimensions.first?.dimensionID == "requirements")
    #expect(stats.calibration?.overall?.meanDifference == 1)
    let text = try CommandRun.run(["stats"], home: home)
    #expect(text.stdout.contains("higher than your interviewers do (over 1 session graded by both)"))
  }
}
