import Foundation
import Testing

@testable import MockLoopKit

/// `mockloop plan` run as a binary on a home made by importing `Tests/plan/plan-export.json`:
///
///     session  question             level  graded (UTC)      scores            rating
///     …01      url-shortener        L6     01-05 12:00       all 3             Good
///     …02      url-shortener        L6     01-08 12:00       all 4             Easy
///     …03      chat-messaging       L6     01-10 12:00       all 2             Again
///     …04      social-feed          L6     (not graded)      -                 -
///     …05      serverless-platform  L7     01-14 12:00       4s, reliability 2 Hard (L7 needs 3)
///
/// Worked out by hand from the FSRS-6 formulas with the default weights w0…w20:
/// - chat-messaging: first review Again, S = w0 = 0.212, D = w4 - e^0 + 1 = 6.4133; the
///   interval rounds to 0 and becomes 1 day: due 01-11.
/// - serverless-platform: first review Hard, S = w1 = 1.2931, D = w4 - e^w5 + 1 =
///   5.112170705601055; 1 day: due 01-15.
/// - url-shortener: Good gives S = w2 = 2.3065, D = w4 - e^(2 w5) + 1 = 2.118103970459015;
///   three days later recall is R = (1 + F·3/S)^-w20 = 0.880948 (F = 0.9^(-1/w20) - 1), and Easy
///   gives S' = S·(1 + e^w8 (11 - D) S^-w9 (e^(w10 (1 - R)) - 1) w16) = 23.883064079156675
///   and D' = w7 D0(4) + (1 - w7)(D - w6 (10 - D)/9), below 1 so clamped to 1; at 90%
///   retention the interval is S' rounded, 24 days: due 02-01.
/// No dimension is weak at L6 (each averages 3.0 over the three graded L6 sessions), so new
/// questions come in the content's order, one every other day.
@Suite("mockloop plan on an imported home")
struct PlanCommandTests {
  struct Output: Decodable {
    struct Card: Decodable {
      var question: String
      var level: String
      var state: String
      var stability: Double
      var difficulty: Double
      var due: String
      var lastRating: String
      var reviews: Int
    }

    struct Item: Decodable, Equatable {
      var question: String
      var level: String
      var format: String
      var why: String
    }

    struct Day: Decodable {
      var date: String
      var items: [Item]
    }

    var today: String
    var cards: [Card]
    var days: [Day]
  }

  static let export = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("plan/plan-export.json")

  static func importedHome() throws -> URL {
    let home = Fixtures.temporaryFolder()
    let run = try CommandRun.run(["import", export.path], home: home)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("imported 5 sessions"))
    return home
  }

  static func plan(_ arguments: [String], home: URL) throws -> Output {
    let run = try CommandRun.run(["plan", "--json", "--today", "2026-01-20"] + arguments, home: home)
    #expect(run.status == 0, "\(run.stderr)")
    return try JSONDecoder().decode(Output.self, from: Data(run.stdout.utf8))
  }

  @Test("plan --json gives every reviewed card's FSRS state as worked out by hand, and the days")
  func handComputed() throws {
    let output = try Self.plan(["--level", "L6", "--minutes-per-day", "60"], home: Self.importedHome())
    #expect(output.today == "2026-01-20")
    #expect(output.cards.map(\.question) == ["chat-messaging", "serverless-platform", "url-shortener"])
    #expect(output.cards.map(\.level) == ["L6", "L7", "L6"])
    #expect(output.cards.map(\.state) == ["review", "review", "review"])
    #expect(output.cards.map(\.due) == ["2026-01-11", "2026-01-15", "2026-02-01"])
    #expect(output.cards.map(\.lastRating) == ["again", "hard", "easy"])
    #expect(output.cards.map(\.reviews) == [1, 1, 2])
    let stabilities = [0.212, 1.2931, 23.883064079156675]
    let difficulties = [6.4133, 5.112170705601055, 1.0]
    for (card, (stability, difficulty)) in zip(output.cards, zip(stabilities, difficulties)) {
      #expect(abs(card.stability - stability) < 1e-9, "\(card.question)")
      #expect(abs(card.difficulty - difficulty) < 1e-9, "\(card.question)")
    }
    #expect(output.days.count == 15)
    #expect(output.days.first?.date == "2026-01-20")
    #expect(output.days.last?.date == "2026-02-03")
    #expect(
      output.days[0].items == [
        Output.Item(
          question: "chat-messaging", level: "L6", format: "amazon-l6",
          why: "overdue by 9 days (due 2026-01-11); last rated again on 2026-01-10")
      ])
    #expect(
      output.days[1].items == [
        Output.Item(question: "ride-sharing", level: "L6", format: "amazon-l6", why: "never tried")
      ])
    #expect(output.days[2].items.isEmpty)
    #expect(output.days[3].items.map(\.question) == ["social-feed"])
    #expect(output.days[3].items.first?.why == "tried but never graded")
    // url-shortener is due on 02-01, the 13th day.
    #expect(output.days[12].items.first?.question == "url-shortener")
    #expect(output.days[12].items.first?.why == "due; last rated easy on 2026-01-08")
  }

  @Test("the level, interview date and minutes are kept for the next plan")
  func settingsAreKept() throws {
    let home = try Self.importedHome()
    let first = try CommandRun.run(
      ["plan", "--today", "2026-01-20", "--level", "L7", "--interview", "2026-02-01", "--minutes-per-day", "90"],
      home: home)
    #expect(first.status == 0, "\(first.stderr)")
    let again = try CommandRun.run(["plan", "--today", "2026-01-20"], home: home)
    #expect(again.stdout == first.stdout)
    #expect(
      again.stdout.hasPrefix("Plan for L7 · today 2026-01-20 · interview 2026-02-01 (in 12 days) · 90 minutes a day"))
    let output = try Self.plan([], home: home)
    #expect(output.days[0].items.first?.question == "serverless-platform")
    #expect(output.days[0].items.first?.format == "amazon-l7")
    #expect(output.days[0].items.first?.why == "overdue by 5 days (due 2026-01-15); last rated hard on 2026-01-14")
    // Nothing is planned on or after the interview day, the 13th.
    #expect(output.days[12...].allSatisfy { $0.items.isEmpty })
    let cleared = try CommandRun.run(["plan", "--today", "2026-01-20", "--interview", "none"], home: home)
    #expect(cleared.stdout.contains("no interview date"))
  }

  @Test("plan refuses a date that does not exist, a past interview and minutes out of range")
  func refusesBadOptions() throws {
    let home = Fixtures.temporaryFolder()
    for (arguments, message) in [
      (["--interview", "2026-02-30"], "--interview needs a date as YYYY-MM-DD"),
      (["--interview", "2026-01-19"], "the interview date 2026-01-19 has already passed"),
      (["--minutes-per-day", "5"], "--minutes-per-day must be 10 to 720, found 5"),
      (["--level", "L9"], "--level must be L6 or L7"),
    ] {
      let run = try CommandRun.run(["plan", "--today", "2026-01-20"] + arguments, home: home)
      #expect(run.status != 0)
      #expect(run.stderr.contains(message), "\(run.stderr)")
    }
  }
}
