import GRDB

/// The tables of the calculator and the estimation drills, registered after the older
/// migrations: calculations kept with their session, drill sets and their answers.
extension DatabaseSchema {
  static func registerEstimateMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v4-calculations") { db in
      try db.create(table: "calculation") { table in
        table.primaryKey("id", .text)
        table.column("session_id", .text).notNull().references("session", onDelete: .cascade)
        table.column("expression", .text).notNull()
        table.column("result", .text).notNull()
        table.column("value", .double).notNull()
        table.column("unit", .text).notNull()
        table.column("at", .double).notNull()
      }
      try db.create(index: "calculation_by_session", on: "calculation", columns: ["session_id", "at"])
    }
    migrator.registerMigration("v4-estimates") { db in
      try db.create(table: "estimate_run") { table in
        table.primaryKey("id", .text)
        table.column("started_at", .double).notNull()
        table.column("finished_at", .double)
        table.column("planned_seconds", .integer).notNull()
        // The drills of the set in order, as a JSON array of ids.
        table.column("drill_ids", .text).notNull()
      }
      try db.create(table: "estimate_answer") { table in
        table.column("run_id", .text).notNull().references("estimate_run", onDelete: .cascade)
        table.column("position", .integer).notNull()
        table.column("drill_id", .text).notNull()
        table.column("drill_title", .text).notNull()
        table.column("topic", .text).notNull()
        table.column("answer", .text).notNull()
        table.column("answer_text", .text)
        table.column("expected", .text).notNull()
        table.column("grade", .text).notNull()
        table.column("ratio", .double)
        table.column("seconds", .double).notNull()
        table.column("answered_at", .double).notNull()
        table.primaryKey(["run_id", "position"])
      }
    }
  }
}
