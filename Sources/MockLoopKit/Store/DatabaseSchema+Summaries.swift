import GRDB

extension DatabaseSchema {
  /// One summary row per session (`session_summary`, a `SessionDigest` in compact columns) and
  /// each distinct format snapshot once (`format_snapshot`), so that the history and the
  /// statistics never decode a session's events, marks and JSON.
  ///
  /// The store's writers rewrite a session's summary in the transaction of every write that
  /// changes its digest. The triggers drop a summary when anything else changes what it was
  /// computed from (a hand edit, say): the readers then read that session in full, which names
  /// what is wrong with it, as they did before summaries existed. A summary therefore only ever
  /// stands for a session that could be read whole when it was written and has not changed since.
  static func registerSummaryMigrations(in migrator: inout DatabaseMigrator) {
    migrator.registerMigration("v6-summaries") { db in
      try db.create(table: "format_snapshot") { table in
        table.primaryKey("id", .integer)
        // Canonical JSON (sorted keys), so that equal snapshots are one row.
        table.column("json", .text).notNull().unique()
      }
      try db.create(table: "session_summary") { table in
        table.primaryKey("session_id", .text).references("session", onDelete: .cascade)
        table.column("created_at", .double).notNull()
        table.column("question_id", .text).notNull()
        table.column("question_title", .text).notNull()
        table.column("deck_id", .text).notNull()
        table.column("level", .text)
        table.column("format_snapshot_id", .integer).notNull().references("format_snapshot")
        table.column("started_at", .double)
        table.column("finished_at", .double)
        table.column("active_seconds", .double).notNull()
        table.column("paused_seconds", .double).notNull()
        table.column("away_seconds", .double).notNull()
        // Each phase's actual seconds, exact, comma-separated ("1200.5,300.0,0.0"); "" until finished.
        table.column("phase_seconds", .text).notNull()
        // The ticked items by phase ("requirements:0,2;deep-dive:1"; see `SummaryText`).
        table.column("checked", .text).notNull()
        table.column("rubric_id", .text)
        table.column("scores", .text)
        table.column("graded_at", .double)
      }
      for statement in staleSummaryTriggers { try db.execute(sql: statement) }
      try SummaryBackfill.fill(db)
    }
  }

  /// Triggers that drop a session's summary when what it was computed from changes: the
  /// store's writers write it again last in their transaction, so only a change made some other
  /// way (a hand edit) leaves a session without one. Changes that cannot make a digest stale
  /// (the notes, the last sign of life, abandoning) keep it, unless they leave a value that a
  /// full read refuses.
  private static let staleSummaryTriggers =
    [
      """
      CREATE TRIGGER session_summary_on_session_update
      AFTER UPDATE OF id, created_at, format_id, format_json, question_id, question_title, deck_id, level,
        finished_at, active_seconds, assessment_json, rubric_id, scores ON session
      BEGIN DELETE FROM session_summary WHERE session_id IN (OLD.id, NEW.id); END
      """,
      """
      CREATE TRIGGER session_summary_on_bad_notes AFTER UPDATE OF notes, last_seen_at ON session
      WHEN typeof(NEW.notes) <> 'text' OR (NEW.last_seen_at IS NOT NULL
        AND (typeof(NEW.last_seen_at) NOT IN ('integer', 'real') OR NEW.last_seen_at < 0
          OR NEW.last_seen_at > 253402300799))
      BEGIN DELETE FROM session_summary WHERE session_id = OLD.id; END
      """,
      """
      CREATE TRIGGER session_summary_on_session_delete AFTER DELETE ON session
      BEGIN DELETE FROM session_summary WHERE session_id = OLD.id; END
      """,
    ]
    + ["session_event", "checklist_mark"].flatMap { table in
      [
        """
        CREATE TRIGGER session_summary_on_\(table)_insert AFTER INSERT ON \(table)
        BEGIN DELETE FROM session_summary WHERE session_id = NEW.session_id; END
        """,
        """
        CREATE TRIGGER session_summary_on_\(table)_update AFTER UPDATE ON \(table)
        BEGIN DELETE FROM session_summary WHERE session_id IN (OLD.session_id, NEW.session_id); END
        """,
        """
        CREATE TRIGGER session_summary_on_\(table)_delete AFTER DELETE ON \(table)
        BEGIN DELETE FROM session_summary WHERE session_id = OLD.session_id; END
        """,
      ]
    }
}
