import Foundation
import GRDB

/// The database schema and its migrations. `PRAGMA user_version` carries `version` so that an
/// older MockLoop can recognise a database from a newer one and refuse it.
enum DatabaseSchema {
  static let version: Int32 = 6

  static var migrator: DatabaseMigrator {
    var migrator = DatabaseMigrator()
    migrator.registerMigration("v1") { db in
      try db.create(table: "session") { table in
        table.primaryKey("id", .text)
        table.column("created_at", .double).notNull()
        table.column("format_id", .text).notNull()
        table.column("format_json", .text).notNull()
        table.column("question_id", .text).notNull()
        table.column("question_title", .text).notNull()
        table.column("deck_id", .text).notNull()
        table.column("level", .text)
        table.column("finished_at", .double)
        table.column("active_seconds", .double)
        table.column("last_seen_at", .double)
        table.column("notes", .text).notNull().defaults(to: "")
        table.column("assessment_json", .text)
      }
      try db.create(index: "session_by_created", on: "session", columns: ["created_at"])
      try db.create(table: "session_event") { table in
        table.column("session_id", .text).notNull().references("session", onDelete: .cascade)
        table.column("seq", .integer).notNull()
        table.column("kind", .text).notNull()
        table.column("at", .double).notNull()
        table.column("follow_up", .text)
        table.column("on_demand", .boolean)
        table.column("reason", .text)
        table.primaryKey(["session_id", "seq"])
      }
      try db.create(table: "checklist_mark") { table in
        table.column("session_id", .text).notNull().references("session", onDelete: .cascade)
        table.column("phase_id", .text).notNull()
        table.column("item", .integer).notNull()
        table.column("text", .text).notNull()
        table.column("at", .double).notNull()
        table.primaryKey(["session_id", "phase_id", "item"])
      }
    }
    migrator.registerMigration("v2-scores") { db in
      // The scores in a compact column ("requirements=3,architecture=4") so that the history can
      // show verdicts without decoding every assessment.
      try db.alter(table: "session") { table in
        table.add(column: "rubric_id", .text)
        table.add(column: "scores", .text)
      }
      try V2Scores.fill(db)
    }
    migrator.registerMigration("v3-ownership") { db in
      // Who runs a session now (one owner process at a time), and sessions given up for good.
      try db.create(table: "session_owner") { table in
        table.primaryKey("session_id", .text).references("session", onDelete: .cascade)
        table.column("token", .text).notNull()
        table.column("pid", .integer).notNull()
        table.column("terminal", .text)
        table.column("host", .text).notNull()
        table.column("since", .double).notNull()
        table.column("handover_token", .text)
        table.column("handover_pid", .integer)
        table.column("handover_terminal", .text)
        table.column("handover_host", .text)
      }
      try db.alter(table: "session") { table in table.add(column: "abandoned_at", .double) }
    }
    registerEstimateMigrations(in: &migrator)
    migrator.registerMigration("v4-settings") { db in
      // What the practice plan keeps between runs: the interview date, minutes a day, level.
      try db.create(table: "setting") { table in
        table.primaryKey("key", .text)
        table.column("value", .text).notNull()
      }
    }
    registerParticipantMigrations(in: &migrator)
    registerSummaryMigrations(in: &migrator)
    return migrator
  }
}
