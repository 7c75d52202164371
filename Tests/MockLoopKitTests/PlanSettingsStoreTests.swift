import Foundation
import GRDB
import Testing

@testable import MockLoopKit

@Suite("Plan settings in the setting table")
struct PlanSettingsStoreTests {
  @Test("settings are kept across opening the store again, and nil removes a value")
  func roundTrip() throws {
    let folder = Fixtures.temporaryFolder()
    let store = try SessionStore.open(folder: folder)
    #expect(try store.planSettings() == PlanSettings())
    let settings = PlanSettings(level: .l7, interview: CalendarDay("2026-04-01"), minutesPerDay: 90)
    try store.savePlanSettings(settings)
    #expect(try SessionStore.open(folder: folder).planSettings() == settings)
    try store.savePlanSettings(PlanSettings(level: .l7, interview: nil, minutesPerDay: 45))
    #expect(try store.planSettings() == PlanSettings(level: .l7, minutesPerDay: 45))
    let rows = try DatabaseQueue(path: store.databaseURL.path).read { db in
      try String.fetchAll(db, sql: "SELECT key FROM setting ORDER BY key")
    }
    #expect(rows == ["plan.level", "plan.minutes-per-day"])
  }

  @Test("a stored value that no longer reads counts as not set instead of failing")
  func badValues() throws {
    let folder = Fixtures.temporaryFolder()
    let store = try SessionStore.open(folder: folder)
    try DatabaseQueue(path: store.databaseURL.path).write { db in
      try db.execute(
        sql: """
          INSERT INTO setting (key, value) VALUES ('plan.level', 'L9'), ('plan.interview', '2026-13-01'),
            ('plan.minutes-per-day', 'lots')
          """)
    }
    #expect(try store.planSettings() == PlanSettings())
  }

  @Test("the schema keeps the setting table of the v4-settings migration")
  func migration() throws {
    let store = try SessionStore.open(folder: Fixtures.temporaryFolder())
    #expect(SessionStore.schemaVersion >= 4)
    let (version, applied) = try DatabaseQueue(path: store.databaseURL.path).read { db in
      (
        try Int32.fetchOne(db, sql: "PRAGMA user_version"),
        try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
      )
    }
    #expect(version == SessionStore.schemaVersion)
    #expect(applied.contains("v4-settings"))
  }
}
