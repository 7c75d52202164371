import Foundation
import Testing

@testable import MockLoopKit

@Suite("history --json writes the summaries as the JSON encoder did")
struct SummaryListJSONTests {
  /// The text `history --json` printed through the encoder: pretty, keys sorted, DEL and C1
  /// escaped afterwards, an empty list as `[]`.
  static func encoderText(_ summaries: [SessionSummary]) throws -> String {
    let text = String(decoding: try ExchangeCoding.encoder.encode(summaries), as: UTF8.self)
    var escaped = ""
    for scalar in text.unicodeScalars {
      if (0x7F...0x9F).contains(scalar.value) {
        escaped += String(format: "\\u%04x", scalar.value)
      } else {
        escaped.unicodeScalars.append(scalar)
      }
    }
    return escaped.replacingOccurrences(of: #"\[\s*\n\s*\]"#, with: "[]", options: .regularExpression)
  }

  static func directText(_ summaries: [SessionSummary]) throws -> String {
    String(decoding: try #require(SummaryListJSON.bytes(summaries)), as: UTF8.self)
  }

  /// Pieces of text that JSON escapes, or that a terminal must not see, or that are wide.
  static let pieces = [
    "a", "Z", " ", "\"", "\\", "/", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1B}", "\u{1F}", "\u{7F}",
    "\u{80}", "\u{85}", "\u{9B}", "\u{9F}", "\u{A0}", "é", "e\u{301}", "短縮", "🙂", "\u{2028}", "[", "]", "{",
    "0", "10", "9",
  ]

  static func text(_ random: inout SplitMix64, maxPieces: Int = 6) -> String {
    (0..<random.int(in: 0...maxPieces)).map { _ in pieces[random.int(below: pieces.count)] }.joined()
  }

  static func seconds(_ random: inout SplitMix64) -> Double {
    switch random.int(below: 6) {
    case 0: Double(random.int(in: 0...20_000))
    case 1: (random.double(in: 0...20_000) * 1000).rounded() / 1000
    case 2: random.double(in: 0...1e-3)
    case 3: random.double(in: 1e15...1e20)
    case 4: -random.double(in: 0...100)
    default: random.double(in: 0...20_000)
    }
  }

  static func summary(_ random: inout SplitMix64) -> SessionSummary {
    let created = Date(timeIntervalSince1970: random.double(in: 1e9...2e9))
    let scores: [String: Int]? =
      random.int(below: 3) == 0
      ? nil
      : Dictionary(
        (0..<random.int(in: 0...5)).map { _ in (text(&random, maxPieces: 3), random.int(in: -2...9)) },
        uniquingKeysWith: { first, _ in first })
    return SessionSummary(
      id: text(&random), createdAt: created, formatID: text(&random), questionID: text(&random),
      questionTitle: text(&random), deckID: text(&random), level: [nil, .l6, .l7][random.int(below: 3)],
      finishedAt: random.int(below: 3) == 0 ? nil : created.addingTimeInterval(random.double(in: 0...9_000)),
      activeSeconds: random.int(below: 4) == 0 ? nil : seconds(&random), isGraded: random.int(below: 2) == 0,
      rubricID: random.int(below: 2) == 0 ? nil : text(&random), scores: scores)
  }

  @Test("random summaries with escapes, controls, wide text and odd numbers give the encoder's text byte for byte")
  func randomSummaries() throws {
    var random = SplitMix64(seed: 1616)
    for round in 0..<300 {
      let summaries = (0..<random.int(in: 1...4)).map { _ in Self.summary(&random) }
      let expected = try Self.encoderText(summaries)
      let written = try Self.directText(summaries)
      #expect(written == expected, "round \(round)")
      if written != expected { break }
    }
  }

  @Test("an empty history is written as []")
  func emptyList() throws {
    #expect(try Self.directText([]) == "[]")
    #expect(try Self.encoderText([]) == "[]")
  }

  @Test("a summary whose seconds are not finite is left to the encoder, which refuses it")
  func nonFiniteSeconds() {
    var random = SplitMix64(seed: 7)
    var summary = Self.summary(&random)
    summary.activeSeconds = .nan
    #expect(SummaryListJSON.bytes([summary]) == nil)
    #expect(throws: (any Error).self) { try ExchangeCoding.encoder.encode([summary]) }
  }
}
