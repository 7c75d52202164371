import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// The candidate's process and the interviewer's as two stores on one real SQLite file: each
/// writes its own rows, and neither can write the other's.
@Suite("Interviewer as a second participant, on a real SQLite file")
struct InterviewerStoreTests {
  static func pair() throws -> (candidate: SessionStore, interviewer: SessionStore, session: Session) {
    let folder = Fixtures.temporaryFolder()
    let candidate = try SessionStore.open(folder: folder)
    let interviewer = try SessionStore.open(folder: folder)
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock)
    session.start(at: clock.now)
    try candidate.insert(session, claiming: true)
    try interviewer.joinAsInterviewer(session.id, at: clock.now)
    return (candidate, interviewer, session)
  }

  static let grade = Assessment(
    rubricID: "amazon-l6-l7", scores: ["requirements": 3, "architecture": 2], gradedAt: Date(timeIntervalSince1970: 1))

  @Test("each side writes its own rows and both read all of them")
  func bothWriteTheirOwnRows() throws {
    let (candidate, interviewer, session) = try Self.pair()
    let asked = InterviewerFollowUp(
      id: "f1", text: "How do you generate ids?", answer: "Counter ranges", isImprovised: false,
      askedAt: Date(timeIntervalSince1970: 1_800_000_060))
    try interviewer.askFollowUp(asked, sessionID: session.id)
    try interviewer.askFollowUp(asked, sessionID: session.id)  // a replay stores it once
    try interviewer.saveInterviewerNotes("Strong on scale", sessionID: session.id, at: Date())
    try candidate.saveNotes("my notes", sessionID: session.id, at: Date())
    let side = try candidate.interviewerSide(of: session.id)
    #expect(side.followUps == [asked])
    #expect(side.notes == "Strong on scale")
    #expect(side.participant?.token == interviewer.ownerIdentity.token)
    #expect(try interviewer.session(id: session.id)?.notes == "my notes")
    #expect(try candidate.interviewerIsPresent(in: session.id))
  }

  @Test("the interviewer cannot write the candidate's rows, nor the candidate the interviewer's")
  func fencingRefusesTheOtherSide() throws {
    let (candidate, interviewer, session) = try Self.pair()
    #expect(throws: OwnershipError.self) { try interviewer.saveNotes("overwrite", sessionID: session.id, at: Date()) }
    #expect(throws: OwnershipError.notInterviewer(sessionID: session.id)) {
      try candidate.saveInterviewerNotes("overwrite", sessionID: session.id, at: Date())
    }
    #expect(throws: OwnershipError.notInterviewer(sessionID: session.id)) {
      try candidate.saveInterviewerGrade(Self.grade, sessionID: session.id)
    }
    #expect(try candidate.interviewerSide(of: session.id).notes == "")
  }

  @Test("a second interviewer is refused while the first runs, and fences the first once it died")
  func secondInterviewerFencesAStaleOne() throws {
    let (_, first, session) = try Self.pair()
    let second = try SessionStore.open(folder: first.folder)
    let refusal = #expect(throws: OwnershipError.self) { try second.joinAsInterviewer(session.id, at: Date()) }
    guard case .interviewerPresent(_, let holder)? = refusal else {
      Issue.record("not refused as a present interviewer: \(String(describing: refusal))")
      return
    }
    #expect(holder.token == first.ownerIdentity.token)
    first.presence.release()  // what the kernel does when the interviewer's process is killed
    try second.joinAsInterviewer(session.id, at: Date())
    try second.saveInterviewerNotes("the new interviewer", sessionID: session.id, at: Date())
    #expect(throws: OwnershipError.notInterviewer(sessionID: session.id)) {
      try first.saveInterviewerNotes("stale", sessionID: session.id, at: Date())
    }
    #expect(try second.interviewerSide(of: session.id).notes == "the new interviewer")
  }

  @Test("a killed interviewer reads as gone and a left one keeps its rows")
  func killedInterviewerIsNotPresent() throws {
    let (candidate, interviewer, session) = try Self.pair()
    try interviewer.saveInterviewerNotes("kept", sessionID: session.id, at: Date())
    interviewer.presence.release()
    #expect(try !candidate.interviewerIsPresent(in: session.id))
    #expect(try candidate.interviewerSide(of: session.id).notes == "kept")
  }

  @Test("data_version moves when the other process commits and not for this one's own reads")
  func dataVersionSeesTheOtherSide() throws {
    let (candidate, interviewer, session) = try Self.pair()
    let before = try candidate.dataVersion()
    #expect(try candidate.dataVersion() == before)
    try interviewer.requestPause(PauseRequest(id: "p1", paused: true, at: Date()), sessionID: session.id)
    #expect(try candidate.dataVersion() != before)
    #expect(try candidate.interviewerSide(of: session.id).pauseRequest?.paused == true)
  }

  @Test("the write queue carries the interviewer's changes and keeps a fenced one aside")
  func queueCarriesInterviewerWrites() throws {
    let (candidate, interviewer, session) = try Self.pair()
    let queue = WriteQueue(store: interviewer)
    queue.enqueue(.interviewerNotes("queued", sessionID: session.id, at: Date()))
    queue.enqueue(.interviewerGrade(Self.grade, sessionID: session.id))
    #expect(queue.flush(timeout: 5))
    queue.stop()
    #expect(try candidate.interviewerSide(of: session.id).grade == Self.grade)
    let candidateQueue = WriteQueue(store: candidate)
    candidateQueue.enqueue(.interviewerNotes("not mine", sessionID: session.id, at: Date()))
    #expect(candidateQueue.flush(timeout: 5))
    candidateQueue.stop()
    #expect(candidateQueue.status().rescued != nil)
    #expect(try candidate.interviewerSide(of: session.id).notes == "queued")
  }

  @Test("the interviewer's queue spills to its own file, which the candidate's queue never replays")
  func interviewerQueueFileIsItsOwn() throws {
    let (candidate, interviewer, session) = try Self.pair()
    let queue = WriteQueue(store: interviewer, queueFileName: WriteQueue.interviewerQueueFileName)
    queue.stop()
    queue.enqueue(.interviewerNotes("kept for later", sessionID: session.id, at: Date()))
    try queue.spill()
    #expect(queue.queueFile.lastPathComponent == WriteQueue.interviewerQueueFileName)
    #expect(FileManager.default.fileExists(atPath: queue.queueFile.path))
    #expect(try WriteQueue(store: candidate).replayQueueFile() == 0)
    let rejoined = WriteQueue(store: interviewer, queueFileName: WriteQueue.interviewerQueueFileName)
    #expect(try rejoined.replayQueueFile() == 1)
    rejoined.stop()
    #expect(try candidate.interviewerSide(of: session.id).notes == "kept for later")
  }

  @Test("a bad interviewer row is an error naming the session, not a trap")
  func badRowNamesTheSession() throws {
    let (candidate, _, session) = try Self.pair()
    try DatabaseQueue(path: candidate.databaseURL.path).write { db in
      try db.execute(
        sql: "INSERT INTO interviewer_grade (session_id, assessment_json, saved_at) VALUES (?, 'not json', 1)",
        arguments: [session.id])
    }
    #expect(throws: StoreError.self) { try candidate.interviewerSide(of: session.id) }
  }
}

@Suite("Blind grading by both sides")
struct GradePairTests {
  static let mine = Assessment(rubricID: "r", scores: ["requirements": 3], gradedAt: Date(timeIntervalSince1970: 1))
  static let theirs = Assessment(rubricID: "r", scores: ["requirements": 2], gradedAt: Date(timeIntervalSince1970: 2))

  @Test("the candidate's view hides the interviewer's grade until the candidate's is saved")
  func candidateSeesOnlyOwnUntilBoth() {
    let interviewerOnly = GradePair(candidate: nil, interviewer: Self.theirs)
    #expect(interviewerOnly.seen(by: .candidate).interviewer == nil)
    #expect(interviewerOnly.seen(by: .interviewer).interviewer == Self.theirs)
    let both = GradePair(candidate: Self.mine, interviewer: Self.theirs)
    #expect(both.seen(by: .candidate) == both)
  }

  @Test("the interviewer's view hides the candidate's grade until the interviewer's is saved")
  func interviewerSeesOnlyOwnUntilBoth() {
    let candidateOnly = GradePair(candidate: Self.mine, interviewer: nil)
    #expect(candidateOnly.seen(by: .interviewer).candidate == nil)
    let emptyInterviewer = GradePair(
      candidate: Self.mine, interviewer: Assessment(rubricID: "r", gradedAt: Date(timeIntervalSince1970: 3)))
    #expect(emptyInterviewer.seen(by: .interviewer).candidate == nil)
    #expect(GradePair(candidate: Self.mine, interviewer: Self.theirs).seen(by: .interviewer).candidate == Self.mine)
  }

  @Test("a stored interviewer grade stays hidden from the candidate's read until the candidate grades")
  func storedGradeHiddenUntilBothSaved() throws {
    let (candidate, interviewer, session) = try InterviewerStoreTests.pair()
    try interviewer.saveInterviewerGrade(Self.theirs, sessionID: session.id)
    func candidateView() throws -> GradePair {
      let stored = try #require(try candidate.session(id: session.id))
      return GradePair(candidate: stored.assessment, interviewer: try candidate.interviewerSide(of: session.id).grade)
        .seen(by: .candidate)
    }
    #expect(try candidateView().interviewer == nil)
    try candidate.saveAssessment(Self.mine, sessionID: session.id)
    #expect(try candidateView().interviewer == Self.theirs)
  }
}
