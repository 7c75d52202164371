import Foundation
import MockLoopKit

@testable import MockLoopTUI

/// Content longer than its boxes, for the tests of scrolling, truncation and the phase bar.
enum ScrollFixtures {
  /// A question whose prompt, requirements, scale and focus run far past the Question pane,
  /// with seven follow-ups asked on demand.
  static let longQuestion = Question(
    id: "city-bikes", title: "Design the dock network of a city bike-share scheme", levels: [.l6, .l7],
    prompt: """
      A city wants its shared bicycles to be found, unlocked and returned through a phone app. \
      Riders see the docks near them with the bikes and free slots each one has, reserve a bike \
      for a few minutes, unlock it with a code, and are charged by the minute when they dock it \
      again. Operators move bikes between docks overnight and repair the broken ones. Take me \
      from the first questions to a design you would run for the whole city.
      """,
    functionalRequirements: [
      "Show docks near a rider with live counts of bikes and free slots",
      "Reserve a bike for ten minutes, then release it if nobody comes",
      "Unlock a bike with a one-time code and start the ride",
      "End the ride when the bike is docked and charge the rider",
      "Tell operators which docks need bikes moved in or out",
    ],
    nonFunctionalRequirements: [
      "Unlock answers in under two seconds even on a weak mobile signal",
      "A dock that loses its network keeps unlocking and records rides locally",
      "Charges are exact: no ride billed twice, none lost",
    ],
    scale: [
      "2,000 docks with 30 slots each, 40,000 bikes",
      "Peak of 9,000 rides starting in the morning hour, 2.5 unlocks per second",
      "Each dock reports its state every 10 seconds: 200 messages per second",
      "Ride records kept for seven years, about 400 bytes each",
    ],
    focus: [
      "Consistency of reservations when two riders want the last bike",
      "The offline dock and how its rides are reconciled",
      "Rebalancing forecasts for the operators",
    ],
    followUps: (1...7).map { number in
      FollowUp(text: "Follow-up number \(number): what changes in your design when the city doubles its docks?")
    },
    reference: "Secret model answer that must never be drawn during the mock.")

  static let deck = Deck(id: "city", title: "City services", questions: [longQuestion], file: "city.yaml")

  /// Six phases with long titles.
  static let longTitles = InterviewFormat(
    id: "walkthrough-60", title: "Six-phase walkthrough of a large system (60 min)", level: .l6,
    phases: [
      ("requirements", "Requirements, constraints and estimates", 10),
      ("architecture", "High-level architecture and the request path", 15),
      ("interfaces", "Interfaces between the services and their contracts", 10),
      ("data", "Data model, partitioning and retention", 10),
      ("scaling", "Scaling, caching and the first bottleneck", 10),
      ("operations", "Monitoring, failure drills and operations", 5),
    ].map { id, title, minutes in
      Phase(
        id: id, title: title, minutes: minutes, goal: "Cover \(title.lowercased()).",
        checklist: ["Said what matters most here", "Checked with the interviewer"])
    })

  static let content = ContentLibrary(
    formats: [ScreenFixtures.l6, longTitles], decks: [deck, ScreenFixtures.deck],
    rubrics: [ScreenFixtures.rubric, ScreenFixtures.drillRubric])

  static func state(width: Int, height: Int) -> AppState {
    AppState(
      screen: .home(HomeState()), width: width, height: height, content: content, bellEnabled: true,
      now: ScreenFixtures.start)
  }
}
