import GRDB

extension DatabaseSchema {
  /// The interviewer's own rows: who joined, the follow-ups asked by hand, private notes, the
  /// interviewer's grade and the last pause or resume asked for. Only the interviewer writes them,
  /// fenced on its participant token; the candidate's process only reads them.
  static func registerParticipantMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v5-participants") { db in
      try db.create(table: "participant") { table in
        table.column("session_id", .text).notNull().references("session", onDelete: .cascade)
        table.column("role", .text).notNull()
        table.column("token", .text).notNull()
        table.column("pid", .integer).notNull()
        table.column("tty", .text)
        table.column("host", .text).notNull()
        table.column("joined_at", .double).notNull()
        table.column("left_at", .double)
        table.primaryKey(["session_id", "role"])
      }
      try db.create(table: "interviewer_followup") { table in
        table.column("session_id", .text).notNull().references("session", onDelete: .cascade)
        table.column("id", .text).notNull()
        table.column("text", .text).notNull()
        table.column("answer", .text)
        table.column("improvised", .boolean).notNull()
        table.column("asked_at", .double).notNull()
        table.primaryKey(["session_id", "id"])
      }
      try db.create(table: "interviewer_note") { table in
        table.primaryKey("session_id", .text).references("session", onDelete: .cascade)
        table.column("text", .text).notNull()
        table.column("updated_at", .double).notNull()
      }
      try db.create(table: "interviewer_grade") { table in
        table.primaryKey("session_id", .text).references("session", onDelete: .cascade)
        table.column("assessment_json", .text).notNull()
        table.column("saved_at", .double).notNull()
      }
      try db.create(table: "interviewer_request") { table in
        table.primaryKey("session_id", .text).references("session", onDelete: .cascade)
        table.column("id", .text).notNull()
        table.column("paused", .boolean).notNull()
        table.column("at", .double).notNull()
      }
    }
  }
}
