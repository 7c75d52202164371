import Foundation

@testable import MockLoopKit

/// Shared test data: formats and questions built in code, and temporary folders.
enum Fixtures {
  static let l7Format = InterviewFormat(
    id: "amazon-l7", title: "Amazon L7 (90 min)", level: .l7,
    phases: [
      Phase(
        id: "requirements", title: "Requirements", minutes: 15, goal: "Scope",
        checklist: ["Asked about users", "Estimated scale"], roles: [.requirements]),
      Phase(
        id: "high-level", title: "High level", minutes: 30, goal: "Design", checklist: ["Drew the services"],
        roles: [.highLevel, .platform]),
      Phase(
        id: "deep-dive", title: "Deep dive", minutes: 30, goal: "Depth", checklist: ["Sharding", "Caching"],
        roles: [.deepDive, .scale, .global]),
      Phase(
        id: "operations", title: "Operations", minutes: 15, goal: "Run it", checklist: ["Alarms"],
        roles: [.operations, .evolution, .wrapUp]),
    ])

  /// Three points, the fewest an answer note may have.
  static let answer = ["First point", "Second point", "Third point"]

  /// Timed at minutes 21 (high-level), 52.5 (scale) and, at L7 only, 60 (global) of `l7Format`.
  static let question = Question(
    id: "url-shortener", title: "Design a URL shortener", levels: [.l6, .l7], prompt: "Shorten links.",
    followUps: [
      FollowUp(role: .highLevel, at: 0.2, text: "How do you generate ids?", answer: answer),
      FollowUp(role: .scale, at: 0.25, text: "A celebrity link goes viral.", answer: answer),
      FollowUp(role: .global, at: 0.5, levels: [.l7], text: "Serve three regions.", answer: answer),
      FollowUp(text: "What about custom aliases?", answer: answer),
    ])

  static func newSession(
    clock: ManualClock, format: InterviewFormat = l7Format, id: String = UUID().uuidString.lowercased()
  ) -> Session {
    Session(
      id: id, format: format, question: QuestionSnapshot(id: question.id, title: question.title, deckID: "test"),
      level: format.level, createdAt: clock.now)
  }

  /// A fresh folder under the system's temporary directory.
  static func temporaryFolder() -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("mockloop-tests-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// A fresh home holding one finished session (`SmallThingsCommandLineTests.fractionalSession`),
  /// its store closed again, with the path of its database.
  static func homeWithOneSession() throws -> (home: URL, database: URL, session: Session) {
    let home = temporaryFolder()
    let session = SmallThingsCommandLineTests.fractionalSession(clock: ManualClock())
    do {
      try SessionStore.open(folder: home).insert(session)
    }
    return (home, home.appendingPathComponent(DataLocation.databaseFileName), session)
  }
}
