import Foundation

@testable import MockLoopKit

/// A mock played on a manual clock for the report tests, with something of everything: an
/// overrun, a pause, a phase returned to, follow-ups on time and early, ticks, structured notes
/// and a grade that meets L7's average but fails its trade-offs rule.
///
/// Starts 2027-01-15 08:00 UTC (`ManualClock`'s start) in `Fixtures.l7Format`:
/// requirements 16:30 (planned 15, two ticks), high-level 26 + 2 after coming back (a user
/// pause of 3:00 at 2:00 in, the first follow-up at 6:00 in, the on-demand one at 10:00 in),
/// deep dive 35 (planned 30), operations 12 (planned 15), finished at 93:30 of interview time.
enum ReportFixture {
  static let id = "0123abcd-0000-0000-0000-00000000feed"
  static let utc = ReportDates(timeZone: TimeZone(identifier: "UTC")!)

  static func session() -> Session {
    let clock = ManualClock()
    var session = Fixtures.newSession(clock: clock, id: id)
    session.start(at: clock.now)
    clock.advance(minutes: 3)
    session.toggleMark(phase: 0, item: 0, at: clock.now)
    clock.advance(minutes: 9, seconds: 30)
    session.toggleMark(phase: 0, item: 1, at: clock.now)
    clock.advance(minutes: 4)
    session.advancePhase(at: clock.now)
    clock.advance(minutes: 2)
    session.pause(at: clock.now)
    clock.advance(minutes: 3)
    session.resume(at: clock.now)
    clock.advance(minutes: 4)
    session.reveal(Fixtures.question.followUps[0], onDemand: false, at: clock.now)
    clock.advance(minutes: 4)
    session.reveal(Fixtures.question.followUps[3], onDemand: true, at: clock.now)
    clock.advance(minutes: 16)
    session.toggleMark(phase: 1, item: 0, at: clock.now)
    session.advancePhase(at: clock.now)
    clock.advance(minutes: 5)
    session.returnToPreviousPhase(at: clock.now)
    clock.advance(minutes: 2)
    session.advancePhase(at: clock.now)
    clock.advance(minutes: 20)
    session.toggleMark(phase: 2, item: 0, at: clock.now)
    clock.advance(minutes: 10)
    session.advancePhase(at: clock.now)
    clock.advance(minutes: 12)
    session.finish(at: clock.now)
    session.lastSeenAt = clock.now
    session.notes = """
      # Plan
      - base62 ids, 7 chars → 3.5e12 keys
        - counter per shard
      > ask about regions early

      Read heavy, 100:1, so cache the redirects.
      読み取りが多い 🙂
      ```
      GET /{code} -> 301
      ```
      """
    session.assessment = Assessment(
      rubricID: VerdictTests.rubric.id, scores: VerdictTests.scores(3, 3, 2, 4, 3, 3), selfChecks: [],
      wentWell: "Numbers early.", toImprove: "Name the trade-offs before choosing.", gradedAt: clock.now + 600)
    return session
  }

  /// The fixture question with a reference sketch (shown once graded).
  static var question: Question {
    var question = Fixtures.question
    question.reference = "Base62 codes from a counter\nper shard.\n\n- cache the hot codes\n- 301 or 302"
    return question
  }

  static var now: Date { ManualClock().now + 3 * 3600 }
}
