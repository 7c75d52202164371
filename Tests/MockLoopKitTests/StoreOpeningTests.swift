import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Opening the store")
struct StoreOpeningTests {
  @Test("reading commands leave an up-to-date database byte for byte as it was, still in WAL mode")
  func readingWritesNothing() throws {
    let (home, url, _) = try Fixtures.homeWithOneSession()
    let before = try Data(contentsOf: url)
    for arguments in [["history"], ["stats"], ["history", "--json"]] {
      let run = try CommandRun.run(arguments, home: home)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
      // A write (a table made and dropped, say) changes the header's change counter at least.
      #expect(try Data(contentsOf: url) == before, "\(arguments) wrote to the database")
    }
    #expect(try Self.journalMode(of: url) == "wal")
  }

  @Test("a database in another journal mode is put in WAL mode when opened, its sessions kept")
  func otherJournalModeBecomesWAL() throws {
    let (home, url, session) = try Fixtures.homeWithOneSession()
    let rollback = try DatabaseQueue(path: url.path).writeWithoutTransaction { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
    }
    #expect(rollback == "delete")
    let store = try SessionStore.open(folder: home)
    #expect(try store.history().map(\.id) == [session.id])
    #expect(try Self.journalMode(of: url) == "wal")
  }

  private static func journalMode(of database: URL) throws -> String? {
    try DatabaseQueue(path: database.path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
  }
}
