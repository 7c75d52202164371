import Foundation
import Testing

@testable import MockLoopKit

@Suite("Pacing flags phases that ended well short as well as over")
struct PhasePaceTests {
  @Test("0:43 of 20:00 is cut short, not on time; a third or more is on plan; past the plan is over")
  func rule() {
    #expect(PhasePace(plannedSeconds: 1200, actualSeconds: 43) == .cutShort)
    #expect(PhasePace(plannedSeconds: 1200, actualSeconds: 399) == .cutShort)
    #expect(PhasePace(plannedSeconds: 1200, actualSeconds: 400) == .onPlan)
    #expect(PhasePace(plannedSeconds: 1200, actualSeconds: 1200) == .onPlan)
    #expect(PhasePace(plannedSeconds: 1200, actualSeconds: 1261) == .over(seconds: 61))
    #expect(PhasePace(plannedSeconds: 1200, actualSeconds: 0) == .skipped)
    #expect(PhasePace(plannedSeconds: 0, actualSeconds: 0) == .onPlan)
    #expect(PhasePace.cutShort.label == "cut short")
  }

  @Test("the record's pacing line names the phases cut short and skipped of a finished session")
  func recordLine() {
    let report = VerdictWarningTests.report(minutes: [15, 0.72, 0, 74], ticked: 6)
    #expect(
      report.shortPhasesLine == "Cut short (under a third of the plan): High level 0:43 of 30:00. Skipped: Deep dive.")
    #expect(VerdictWarningTests.report(minutes: [15, 30, 30, 15], ticked: 6).shortPhasesLine == nil)
  }

  @Test("the progress screen's pacing counts the share of sessions whose phase was cut short")
  func statsShortRate() throws {
    // Requirements is planned at 5 minutes: 1 minute is under a third of it, 2 minutes is not.
    let sessions = [
      PracticeFixture.session("a", question: "chat", start: "2026-11-20T09:00:00Z", requirementsMinutes: 1),
      PracticeFixture.session("b", question: "chat", start: "2026-11-21T09:00:00Z", requirementsMinutes: 2),
      PracticeFixture.session("c", question: "chat", start: "2026-11-22T09:00:00Z", requirementsMinutes: 0.5),
      PracticeFixture.session("d", question: "chat", start: "2026-11-23T09:00:00Z", requirementsMinutes: 5),
    ]
    let stats = PracticeStats(
      sessions: sessions, content: PracticeFixture.content, rubric: PracticeFixture.rubric, now: PracticeFixture.now)
    let requirements = try #require(stats.pacing.first?.phases.first)
    #expect(requirements.shortRate == 0.5)
    #expect(requirements.overrunRate == 0)
    #expect(requirements.averageOverrunSeconds == 0)
    // Averaged, 8:30 / 4 = 2:08 of 5:00 is not under a third; the rate still tells.
    #expect(requirements.averagePace == .onPlan)
    #expect(stats.pacing.first?.phases[1].shortRate == 0)
  }
}
