import Testing

@testable import MockLoopKit

@Suite("Follow-ups placed by phase role")
struct FollowUpScheduleTests {
  static func phase(_ id: String, _ minutes: Int, _ roles: [PhaseRole]) -> Phase {
    Phase(id: id, title: id, minutes: minutes, goal: "g", checklist: ["c"], roles: roles)
  }

  /// 10 + 20 + 20 + 10 minutes; deep-dive declared by two phases that are not next to each other.
  static let format = InterviewFormat(
    id: "f", title: "F", level: nil,
    phases: [
      phase("clarify", 10, [.requirements]),
      phase("design", 20, [.highLevel, .deepDive]),
      phase("scale", 20, [.scale]),
      phase("close", 10, [.deepDive, .operations, .wrapUp]),
    ])

  static func question(_ followUps: [FollowUp]) -> Question {
    Question(id: "q", title: "Q", levels: [.l6, .l7], prompt: "p", followUps: followUps)
  }

  static let answer = ["a", "b", "c"]

  @Test("a follow-up's minute is its role's start plus its fraction of the role's length")
  func minuteInOnePhase() {
    let schedule = FollowUpSchedule(
      question: Self.question([
        FollowUp(role: .scale, at: 0.25, text: "scale", answer: Self.answer),
        FollowUp(role: .requirements, at: 0, text: "first", answer: Self.answer),
      ]), format: Self.format, level: .l6)
    #expect(schedule.timed.map(\.minute) == [0, 35])
    #expect(schedule.timed.map(\.phaseID) == ["clarify", "scale"])
    #expect(schedule.timed.map(\.role) == [.requirements, .scale])
  }

  @Test("a role declared by two phases spans both, end to end, skipping the phases between")
  func spanOfTwoPhases() {
    // deep-dive: 20 minutes in design (10-30) then 10 in close (50-60); 30 minutes in all.
    let schedule = FollowUpSchedule(
      question: Self.question([
        FollowUp(role: .deepDive, at: 0.5, text: "in design", answer: Self.answer),
        FollowUp(role: .deepDive, at: 0.8, text: "in close", answer: Self.answer),
      ]), format: Self.format, level: .l6)
    #expect(schedule.timed.map(\.minute) == [25, 54])
    #expect(schedule.timed.map(\.phaseID) == ["design", "close"])
  }

  @Test("timed follow-ups come in minute order; a tie keeps the deck's order; on-demand ones come last")
  func order() {
    let schedule = FollowUpSchedule(
      question: Self.question([
        FollowUp(text: "on demand", answer: Self.answer),
        FollowUp(role: .wrapUp, at: 0.5, text: "late", answer: Self.answer),
        FollowUp(role: .highLevel, at: 0.5, text: "tie one", answer: Self.answer),
        FollowUp(role: .highLevel, at: 0.5, text: "tie two", answer: Self.answer),
      ]), format: Self.format, level: .l7)
    #expect(schedule.followUps.map(\.text) == ["tie one", "tie two", "late", "on demand"])
    #expect(schedule.onDemand.map(\.text) == ["on demand"])
  }

  @Test("a follow-up just short of its span's end stays inside its phase")
  func endOfSpan() throws {
    let schedule = FollowUpSchedule(
      question: Self.question([FollowUp(role: .wrapUp, at: 0.9999, text: "last", answer: Self.answer)]),
      format: Self.format, level: .l6)
    let entry = try #require(schedule.timed.first)
    #expect(entry.minute < 60)
    #expect(entry.minute >= 50)
    #expect(entry.phaseID == "close")
  }

  @Test("L6-only follow-ups are not heard at L7, L7-only ones not at L6")
  func levels() {
    let question = Self.question([
      FollowUp(role: .scale, at: 0.1, levels: [.l6], text: "L6 only", answer: Self.answer),
      FollowUp(role: .scale, at: 0.2, levels: [.l7], text: "L7 only", answer: Self.answer),
      FollowUp(role: .scale, at: 0.3, text: "both", answer: Self.answer),
    ])
    #expect(
      FollowUpSchedule(question: question, format: Self.format, level: .l6).followUps.map(\.text) == [
        "L6 only", "both",
      ])
    #expect(
      FollowUpSchedule(question: question, format: Self.format, level: .l7).followUps.map(\.text) == [
        "L7 only", "both",
      ])
  }

  @Test("a follow-up whose role the format lacks is not timed but can still be asked on demand")
  func roleMissing() {
    let schedule = FollowUpSchedule(
      question: Self.question([FollowUp(role: .global, at: 0.5, text: "regions", answer: Self.answer)]),
      format: Self.format, level: .l7)
    #expect(schedule.timed.isEmpty)
    #expect(schedule.onDemand.map(\.text) == ["regions"])
  }

  @Test("a question fits a format only when every follow-up it asks there has a phase of its role")
  func fitsByRoles() {
    let question = Self.question([
      FollowUp(role: .global, at: 0.5, levels: [.l7], text: "regions", answer: Self.answer),
      FollowUp(role: .scale, at: 0.5, text: "scale", answer: Self.answer),
    ])
    let l6 = InterviewFormat(id: "l6", title: "L6", level: .l6, phases: Self.format.phases)
    let l7 = InterviewFormat(id: "l7", title: "L7", level: .l7, phases: Self.format.phases)
    #expect(question.fits(l6))  // the global follow-up is not asked at L6
    #expect(!question.fits(l7))
    #expect(question.missingRoles(in: l7) == [.global])
    #expect(!question.fits(Self.format))  // any level: the L7 follow-up counts
    #expect(question.misfit(in: l7) == "l7 has no phase for the role global of its follow-ups")
  }

  @Test("the session reveals follow-ups by the schedule, pauses excluded")
  func sessionUsesSchedule() {
    let clock = ManualClock()
    var session = Session(
      format: Self.format, question: QuestionSnapshot(id: "q", title: "Q", deckID: "d"), level: .l6,
      createdAt: clock.now)
    let question = Self.question([
      FollowUp(role: .deepDive, at: 0.8, text: "late deep dive", answer: Self.answer),
      FollowUp(role: .scale, at: 0.25, text: "scale", answer: Self.answer),
    ])
    session.start(at: clock.now)
    clock.advance(minutes: 34, seconds: 59)
    #expect(session.dueFollowUps(of: question, at: clock.now).isEmpty)
    clock.advance(by: 1)
    #expect(session.dueFollowUps(of: question, at: clock.now).map(\.text) == ["scale"])
    #expect(session.nextUnaskedFollowUp(of: question)?.text == "scale")
    clock.advance(minutes: 19)
    #expect(session.dueFollowUps(of: question, at: clock.now).map(\.text) == ["scale", "late deep dive"])
  }
}

@Suite("The order content files are read in")
struct ContentFileOrderTests {
  @Test("a variant's file is read after the file it varies")
  func variantsFollow() {
    let names = ["walkthrough-60.yaml", "amazon-l7.yaml", "amazon-l6-lp.yaml", "amazon-l7-60.yaml", "amazon-l6.yaml"]
    #expect(
      names.sorted(by: ContentLibrary.readsBefore) == [
        "amazon-l6.yaml", "amazon-l6-lp.yaml", "amazon-l7.yaml", "amazon-l7-60.yaml", "walkthrough-60.yaml",
      ])
  }
}
