import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Opening the store")
struct StoreOpeningTests {
  @Test("reading commands leave an up-to-date database byte for byte as it was, still in WAL mode")
  func readingWritesNothing() throws {
    let home = Fixtures.temporaryFolder()
    let session = SmallThingsCommandLineTests.fractionalSession(clock: ManualClock())
    do {
      try SessionStore.open(folder: home).insert(session)
    }
    let url = home.appendingPathComponent(DataLocation.databaseFileName)
    let before = try Data(contentsOf: url)
    for arguments in [["history"], ["stats"], ["history", "--json"]] {
      let run = try CommandRun.run(arguments, home: home)
      #expect(run.status == 0, "\(arguments): \(run.stderr)")
      // A write (a table made and dropped, say) changes the header's change counter at least.
      #expect(try Data(contentsOf: url) == before, "\(arguments) wrote to the database")
    }
    let mode = try DatabaseQueue(path: url.path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
  }

  @Test("a database in another journal mode is put in WAL mode when opened, its sessions kept")
  func otherJournalModeBecomesWAL() throws {
    let home = Fixtures.temporaryFolder()
    let session = SmallThingsCommandLineTests.fractionalSession(clock: ManualClock())
    do {
      try SessionStore.open(folder: home).insert(session)
    }
    let url = home.appendingPathComponent(DataLocation.databaseFileName)
    let rollback = try DatabaseQueue(path: url.path).writeWithoutTransaction { db in
      try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE")
    }
    #expect(rollback == "delete")
    let store = try SessionStore.open(folder: home)
    #expect(try store.history().map(\.id) == [session.id])
    let mode = try DatabaseQueue(path: url.path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
    #expect(mode == "wal")
  }
}
