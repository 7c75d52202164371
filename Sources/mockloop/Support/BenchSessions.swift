import Foundation
import MockLoopKit

/// Realistic sessions made up from a seed, to measure the store and the statistics at scale:
/// random questions and formats from the content, phases that run short or over, pauses (some
/// while away), follow-ups, ticked checklist items, a few hundred bytes of notes, about one in
/// twenty left unfinished and about seven in ten of the finished ones graded.
///
/// Invariant: the same seed, content and end date give the same sessions, ids included.
struct BenchSessions {
  private var random: SplitMix64
  private let questions: [(question: Question, deck: Deck)]
  private let content: ContentLibrary

  /// Graded sessions use the rubric of their format (`ContentLibrary.rubric(for:)`).
  init(seed: UInt64, content: ContentLibrary) {
    random = SplitMix64(seed: seed)
    questions = content.allQuestions.filter { !content.formats(for: $0.question).isEmpty }
    self.content = content
  }

  /// `count` sessions, oldest first, the newest starting a few hours before `end`; empty when
  /// the content has no question with a format.
  mutating func make(count: Int, endingAt end: Date) -> [Session] {
    guard !questions.isEmpty else { return [] }
    var starts: [Date] = []
    var cursor = end
    for _ in 0..<count {
      cursor -= random.double(in: 3 * 3600...36 * 3600)
      starts.append(cursor)
    }
    return starts.reversed().map { session(startingAt: $0) }
  }

  private mutating func session(startingAt start: Date) -> Session {
    let (question, deck) = questions[random.int(below: questions.count)]
    let formats = content.formats(for: question)
    let format = formats[random.int(below: formats.count)]
    let level = format.level ?? random.element(of: question.levels)
    var session = Session(
      id: random.identifier(), format: format,
      question: QuestionSnapshot(id: question.id, title: question.title, deckID: deck.id), level: level,
      createdAt: start - random.double(in: 5...120))
    session.start(at: start)
    let stopPhase = random.chance(0.05) ? random.int(below: format.phases.count) : nil
    let onDemandPhase = random.chance(0.25) ? random.int(below: format.phases.count) : nil
    var wall = start
    var active = 0.0
    let schedule = session.schedule(of: question)
    for (index, phase) in format.phases.enumerated() {
      let duration = Double(phase.plannedSeconds) * random.double(in: 0.6...1.4)
      var actions: [(offset: Double, action: Action)] = []
      for item in phase.checklist.indices where random.chance(0.65) {
        actions.append((random.unit() * duration, .tick(item)))
      }
      for entry in schedule.timed {
        let offset = entry.minute * 60 - active
        if offset >= 0, offset < duration { actions.append((offset, .ask(entry.followUp, onDemand: false))) }
      }
      if onDemandPhase == index, let followUp = random.element(of: schedule.onDemand) {
        actions.append((random.unit() * duration, .ask(followUp, onDemand: true)))
      }
      actions.sort { $0.offset < $1.offset }
      let pause =
        random.chance(0.12)
        ? Pause(at: random.unit() * duration, seconds: random.double(in: 30...900), away: random.chance(0.25)) : nil
      var paused = false
      func time(_ offset: Double) -> Date { wall + offset + (pause.map { offset > $0.at ? $0.seconds : 0 } ?? 0) }
      for (offset, action) in actions {
        if let pause, !paused, offset > pause.at {
          pause.apply(to: &session, phaseStart: wall)
          paused = true
        }
        switch action {
        case .tick(let item): session.toggleMark(phase: index, item: item, at: time(offset))
        case .ask(let followUp, let onDemand): session.reveal(followUp, onDemand: onDemand, at: time(offset))
        }
      }
      if let pause, !paused { pause.apply(to: &session, phaseStart: wall) }
      let phaseEnd = time(duration)
      active += duration
      if stopPhase == index {
        session.lastSeenAt = phaseEnd
        session.notes = notes()
        return session
      }
      wall = phaseEnd
      if index < format.phases.count - 1 { session.advancePhase(at: wall) }
    }
    session.finish(at: wall)
    session.lastSeenAt = wall
    session.notes = notes()
    if let rubric = content.rubric(for: format), random.chance(0.7) {
      session.assessment = assessment(rubric: rubric, level: level, finishedAt: wall)
    }
    return session
  }

  private enum Action {
    case tick(Int)
    case ask(FollowUp, onDemand: Bool)
  }

  /// A pause inside a phase, `at` seconds of running time after it began.
  private struct Pause {
    var at: Double
    var seconds: Double
    var away: Bool

    func apply(to session: inout Session, phaseStart: Date) {
      session.pause(at: phaseStart + at, reason: away ? .away : .user)
      session.resume(at: phaseStart + at + seconds)
    }
  }

  private mutating func assessment(rubric: Rubric, level: Level?, finishedAt: Date) -> Assessment {
    let dimensions = level.map(rubric.dimensions(for:)) ?? rubric.dimensions
    let skill = random.double(in: 1.6...3.6)
    var scores: [String: Int] = [:]
    for dimension in dimensions {
      let score = Int((skill + random.double(in: -0.8...0.8)).rounded())
      scores[dimension.id] = min(max(score, rubric.scale.minimum), rubric.scale.maximum)
    }
    var checks: [String] = []
    for group in rubric.selfAssessment {
      for index in group.items.indices where random.chance(0.5) { checks.append("\(group.id)/\(index)") }
    }
    return Assessment(
      rubricID: rubric.id, scores: scores, selfChecks: checks, wentWell: random.element(of: Self.wentWell) ?? "",
      toImprove: random.element(of: Self.toImprove) ?? "", gradedAt: finishedAt + random.double(in: 120...1800))
  }

  /// Notes of a few hundred bytes: short lines of design vocabulary.
  private mutating func notes() -> String {
    var lines: [String] = []
    for _ in 0..<random.int(in: 5...9) {
      let words = (0..<random.int(in: 6...11)).map { _ in Self.vocabulary[random.int(below: Self.vocabulary.count)] }
      lines.append("- " + words.joined(separator: " "))
    }
    return lines.joined(separator: "\n")
  }

  private static let vocabulary = [
    "cache", "shard", "replica", "quorum", "leader", "queue", "fan-out", "idempotent", "retry", "backoff", "p99",
    "latency", "throughput", "QPS", "partition", "hot key", "CDN", "TTL", "write-ahead log", "consistent hashing",
    "read path", "write path", "outbox", "saga", "dedupe", "rate limit", "circuit breaker", "region", "failover",
    "index", "compaction", "SLO", "alarm", "canary", "rollback", "blob store", "stream", "batch", "schema", "cursor",
  ]
  private static let wentWell = [
    "Clear requirements and numbers early.", "Good pacing through the high-level design.",
    "Named the trade-offs before being asked.", "Solid data model and partition key.",
  ]
  private static let toImprove = [
    "Ran long on requirements.", "Skipped failure modes in the deep dive.", "Say the numbers out loud sooner.",
    "Leave time for operations and alarms.",
  ]
}
