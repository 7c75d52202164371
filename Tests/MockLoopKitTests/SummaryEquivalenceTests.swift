import Foundation
import GRDB
import Testing

@testable import MockLoopKit

/// Random sessions driven through a real store, one write at a time, the way the app, the
/// write queue, an interviewer and an import write them.
struct SummaryDrive {
  var random: SplitMix64
  let store: SessionStore
  /// Each session as this process holds it, by id.
  var sessions: [String: Session] = [:]
  var now = Date(timeIntervalSince1970: 1_800_000_000.123)
  /// How many writes were checked.
  var writes = 0

  static let formats: [InterviewFormat] = [
    Fixtures.l7Format,
    InterviewFormat(
      id: "odd:ids", title: "Ids with the separators", level: nil,
      phases: [
        Phase(id: "a:b;c,d%", title: "One", minutes: 2, goal: "g", checklist: ["x", "y", "z"], roles: []),
        Phase(id: "", title: "Two", minutes: 1, goal: "g", checklist: ["w"], roles: []),
        Phase(id: "ünï", title: "Three", minutes: 3, goal: "g", checklist: ["v", "u"], roles: []),
      ]),
  ]

  mutating func tick(_ range: ClosedRange<Double> = 0.001...400) -> Date {
    now += (random.double(in: range) * 1000).rounded() / 1000 + (random.chance(0.3) ? 0.0004 : 0)
    return now
  }

  /// A new session, never written.
  mutating func newSession() -> Session {
    let format = random.element(of: Self.formats) ?? Fixtures.l7Format
    return Session(
      id: random.identifier(), format: format,
      question: QuestionSnapshot(id: "q\(random.int(below: 5))", title: "Question ✓", deckID: "deck"),
      level: format.level ?? random.element(of: [Level.l6, .l7, nil]) ?? nil, createdAt: tick())
  }

  /// A session played in memory only, as an import brings it.
  mutating func playedInMemory() -> Session {
    var session = newSession()
    for _ in 0..<random.int(in: 0...25) {
      _ = act(on: &session)
    }
    return session
  }

  /// One random thing done to `session` in memory; what the store must be told.
  enum Write {
    case event(SessionEvent)
    case mark(ChecklistMark, isChecked: Bool)
    case assessment(Assessment?)
    case notes(String)
    case alive
    case abandon
    case interviewerFollowUp
    case interviewerPause
  }

  mutating func act(on session: inout Session) -> Write? {
    let at = tick()
    let question = Fixtures.question
    switch random.int(below: 14) {
    case 0: return session.start(at: at).map(Write.event)
    case 1: return session.pause(at: at, reason: random.chance(0.3) ? .away : .user).map(Write.event)
    case 2, 3: return session.resume(at: at).map(Write.event)
    case 4: return session.advancePhase(at: at).map(Write.event)
    case 5: return session.returnToPreviousPhase(at: at).map(Write.event)
    case 6: return (random.chance(0.3) ? session.finish(at: at) : nil).map(Write.event)
    case 7:
      let followUp = random.element(of: question.followUps) ?? question.followUps[0]
      return session.reveal(followUp, onDemand: random.chance(0.5), at: at).map(Write.event)
    case 8, 9:
      let phase = random.int(below: session.format.phases.count)
      let items = session.format.phases[phase].checklist.count
      return session.toggleMark(phase: phase, item: random.int(below: items), at: at).map {
        Write.mark($0.mark, isChecked: $0.isChecked)
      }
    case 10:
      let assessment: Assessment? =
        random.chance(0.2)
        ? nil
        : Assessment(
          rubricID: random.chance(0.5) ? "amazon-l6-l7" : "staff", scores: scores(), wentWell: "w",
          gradedAt: at.addingTimeInterval(0.0004))
      session.assessment = assessment
      return .assessment(assessment)
    case 11:
      session.notes = "notes \(random.int(below: 1000)) 🙂"
      return .notes(session.notes)
    case 12:
      session.lastSeenAt = at
      return session.recordAwayGap(now: tick(60...4000)).map(Write.event) ?? .alive
    default:
      return random.chance(0.5) ? .interviewerFollowUp : (random.chance(0.2) ? .abandon : .interviewerPause)
    }
  }

  private mutating func scores() -> [String: Int] {
    var scores: [String: Int] = [:]
    for dimension in ["requirements", "design", "depth", "ops"] where random.chance(0.7) {
      scores[dimension] = random.int(in: 1...4)
    }
    return scores
  }
}

@Suite("Summary rows equal the digest of a full read after every kind of write")
struct SummaryEquivalenceTests {
  /// The stored digest of `id` equals the digest of its full read, and it came from a summary
  /// row (not from the readers' fallback to a full read).
  static func expectEquivalent(
    _ store: SessionStore, _ id: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  )
    throws
  {
    try expectEquivalent(store, try #require(try store.session(id: id), sourceLocation: sourceLocation))
  }

  @discardableResult
  static func expectEquivalent(
    _ store: SessionStore, _ full: Session, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> Session {
    let read = try store.digests()
    #expect(read.skipped.isEmpty, sourceLocation: sourceLocation)
    #expect(read.values.first { $0.id == full.id } == SessionDigest(full), sourceLocation: sourceLocation)
    let summaries = try Self.summaryCount(store)
    #expect(summaries == read.values.count, "a session without a summary row", sourceLocation: sourceLocation)
    return full
  }

  static func summaryCount(_ store: SessionStore) throws -> Int {
    try store.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session_summary") ?? -1 }
  }

  @Test("hundreds of random sessions: every write leaves each summary equal to the full session's digest")
  func randomSessions() throws {
    var checked = 0
    for round in 0..<10 {
      let folder = Fixtures.temporaryFolder()
      let store = try SessionStore.open(folder: folder)
      let interviewer = try SessionStore.open(folder: folder)
      var drive = SummaryDrive(random: SplitMix64(seed: UInt64(16_000 + round)), store: store)
      var live: [String] = []
      for _ in 0..<12 {
        let session = drive.newSession()
        try store.insert(session, claiming: drive.random.chance(0.5))
        drive.sessions[session.id] = session
        live.append(session.id)
        try Self.expectEquivalent(store, session.id)
      }
      // An import of sessions played elsewhere, some already here.
      let imported = (0..<8).map { _ in drive.playedInMemory() }
      try store.insertInBatches(imported + [try #require(try store.session(id: live[0]))])
      let inserted = drive.playedInMemory()
      try store.insert([inserted])
      for session in imported + [inserted] {
        drive.sessions[session.id] = session
        live.append(session.id)
        try Self.expectEquivalent(store, session.id)
      }
      for _ in 0..<150 {
        guard let id = drive.random.element(of: live), var session = drive.sessions[id] else { break }
        guard let write = drive.act(on: &session) else { continue }
        drive.sessions[id] = session
        switch write {
        case .event(let event): try store.append(event, to: id)
        case .mark(let mark, let isChecked): try store.setMark(mark, isChecked: isChecked, sessionID: id)
        case .assessment(let assessment): try store.saveAssessment(assessment, sessionID: id)
        case .notes(let notes): try store.saveNotes(notes, sessionID: id, at: drive.now)
        case .alive: try store.markAlive(sessionID: id, at: drive.now)
        case .abandon: try store.abandon(sessionID: id, at: drive.now)
        case .interviewerFollowUp:
          // The interviewer asks; the candidate's process logs it as the follow-up revealed.
          try interviewer.joinAsInterviewer(id, at: drive.now)
          let text = "Improvised \(drive.random.int(below: 100))"
          try interviewer.askFollowUp(
            InterviewerFollowUp(id: text, text: text, isImprovised: true, askedAt: drive.now), sessionID: id)
          try Self.expectEquivalent(store, id)
          let followUp = FollowUp(text: text, answer: Fixtures.answer)
          if let event = session.reveal(followUp, onDemand: true, at: drive.tick()) {
            drive.sessions[id] = session
            try store.append(event, to: id)
          }
        case .interviewerPause:
          try interviewer.joinAsInterviewer(id, at: drive.now)
          let paused = !session.timeline(at: drive.now).isPaused
          try interviewer.requestPause(
            PauseRequest(id: "r\(drive.random.int(below: 1000))", paused: paused, at: drive.now), sessionID: id)
          try Self.expectEquivalent(store, id)
          if let event = paused ? session.pause(at: drive.tick()) : session.resume(at: drive.tick()) {
            drive.sessions[id] = session
            try store.append(event, to: id)
          }
        }
        let stored = try Self.expectEquivalent(store, try #require(try store.session(id: id)))
        // The stored session is the one this process holds (so every write really reached the store).
        #expect(stored.events == session.events.map { $0.roundedForStorage })
        checked += 1
      }
      // Deleting removes the summary with the session.
      let victim = live[1]
      try store.delete(sessionID: victim)
      #expect(try store.digests().values.contains { $0.id == victim } == false)
      #expect(try Self.summaryCount(store) == live.count - 1)
      let all = try store.readAllSessions()
      #expect(try store.digests().values == all.values.map(SessionDigest.init))
    }
    #expect(checked > 700)
  }
}

extension SessionEvent {
  /// The event as the store gives it back: its time to the millisecond.
  var roundedForStorage: SessionEvent {
    var event = self
    event.at = at.roundedToMilliseconds
    return event
  }
}
