import MockLoopKit
import Testing

@Suite struct PluralTests {
  @Test func oneTakesTheSingularAndEveryOtherCountThePlural() {
    #expect(1.counted("session") == "1 session")
    #expect(2.counted("session") == "2 sessions")
    #expect(0.counted("file") == "0 files")
    #expect((-1).counted("day") == "-1 days")
  }

  @Test func aGivenPluralReplacesThePlainS() {
    #expect(1.counted("query", plural: "queries") == "1 query")
    #expect(3.counted("query", plural: "queries") == "3 queries")
    #expect(2.noun("change is", plural: "changes are") == "changes are")
    #expect(1.noun("change is", plural: "changes are") == "change is")
  }
}
