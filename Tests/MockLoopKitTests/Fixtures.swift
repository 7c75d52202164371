import Foundation

@testable import MockLoopKit

/// Shared test data: formats and questions built in code, and temporary folders.
enum Fixtures {
  static let l7Format = InterviewFormat(
    id: "amazon-l7", title: "Amazon L7 (90 min)", level: .l7,
    phases: [
      Phase(
        id: "requirements", title: "Requirements", minutes: 15, goal: "Scope",
        checklist: ["Asked about users", "Estimated scale"]),
      Phase(id: "high-level", title: "High level", minutes: 30, goal: "Design", checklist: ["Drew the services"]),
      Phase(id: "deep-dive", title: "Deep dive", minutes: 30, goal: "Depth", checklist: ["Sharding", "Caching"]),
      Phase(id: "operations", title: "Operations", minutes: 15, goal: "Run it", checklist: ["Alarms"]),
    ])

  static let question = Question(
    id: "url-shortener", title: "Design a URL shortener", levels: [.l6, .l7], prompt: "Shorten links.",
    followUps: [
      FollowUp(minute: 20, text: "How do you generate ids?"),
      FollowUp(minute: 50, text: "A celebrity link goes viral."),
      FollowUp(minute: 80, text: "Serve three regions.", levels: [.l7]),
      FollowUp(minute: nil, text: "What about custom aliases?"),
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
}
