import Foundation
import Testing

@testable import MockLoopKit

@Suite("The calc, estimates and stats commands")
struct EstimateCommandTests {
  @Test("calc prints the result; --json prints value, unit and text with the value in the printed unit")
  func calc() throws {
    let home = Fixtures.temporaryFolder()
    let plain = try CommandRun.run(["calc", "100M", "req/day", "in", "/s"], home: home)
    #expect(plain.status == 0)
    #expect(plain.stdout == "1,157 req/s\n")
    let json = try CommandRun.run(["calc", "365 TB", "--json"], home: home)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["value"] as? Double == 365)
    #expect(object?["unit"] as? String == "TB")
    #expect(object?["text"] as? String == "365 TB")
  }

  @Test("calc fails with the clash, the expression and a caret under the column")
  func calcError() throws {
    let run = try CommandRun.run(["calc", "5 TB + 3 s"], home: Fixtures.temporaryFolder())
    #expect(run.status != 0)
    #expect(run.stderr.contains("cannot add TB and s at column 6"))
    #expect(run.stderr.contains("  5 TB + 3 s\n       ^"))
    #expect(run.stdout.isEmpty)
  }

  @Test("estimates lists the stored sets and stats counts them, also in --json")
  func listing() throws {
    let home = Fixtures.temporaryFolder()
    let store = try SessionStore.open(folder: home)
    var run = EstimateStoreTests.run(at: Date(timeIntervalSince1970: 1_800_000_000))
    run.answers = [
      EstimateStoreTests.answer(0, .right, at: run.startedAt + 60),
      EstimateStoreTests.answer(1, .off, at: run.startedAt + 120),
    ]
    run.finishedAt = run.startedAt + 130
    try store.insertEstimateRun(run)
    let listed = try CommandRun.run(["estimates"], home: home)
    #expect(listed.status == 0)
    #expect(listed.stdout.contains("run-1"))
    #expect(listed.stdout.contains("estimates within 2x: 50 % (1 set)"))
    let shown = try CommandRun.run(["estimates", "last"], home: home)
    #expect(shown.stdout.contains("1 of 2 within 2x, 0 within 10x"))
    let stats = try CommandRun.run(["stats"], home: home)
    #expect(stats.stdout.contains("Estimation: estimates within 2x: 50 %"))
    let json = try CommandRun.run(["stats", "--json"], home: home)
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let estimates = object?["estimates"] as? [String: Any]
    #expect(estimates?["asked"] as? Int == 2)
    #expect(estimates?["withinTwoShare"] as? Double == 0.5)
  }
}
