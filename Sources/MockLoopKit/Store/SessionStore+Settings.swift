import Foundation
import GRDB

/// The `setting` table: small named values the app keeps between runs, read and written as
/// text. The practice plan's settings live under the `plan.` keys.
extension SessionStore {
  enum SettingKey {
    static let level = "plan.level"
    static let interview = "plan.interview"
    static let minutesPerDay = "plan.minutes-per-day"
  }

  /// The plan's settings; a stored value that no longer reads (a hand-edited database) counts
  /// as not set.
  public func planSettings() throws -> PlanSettings {
    let values = try database.read { db in
      try Row.fetchAll(db, sql: "SELECT key, value FROM setting WHERE key LIKE 'plan.%'").map { row in
        (try row.decode(String.self, forColumn: "key"), try row.decode(String.self, forColumn: "value"))
      }
    }
    let settings = Dictionary(values) { _, last in last }
    return PlanSettings(
      level: settings[SettingKey.level].flatMap(Level.init(rawValue:)),
      interview: settings[SettingKey.interview].flatMap(CalendarDay.init),
      minutesPerDay: settings[SettingKey.minutesPerDay].flatMap(Int.init).flatMap {
        PlanSettings.minutesRange.contains($0) ? $0 : nil
      })
  }

  /// Stores the plan's settings in one transaction: each value set is written, each nil removed.
  public func savePlanSettings(_ settings: PlanSettings) throws {
    let values: [(String, String?)] = [
      (SettingKey.level, settings.level?.rawValue), (SettingKey.interview, settings.interview?.description),
      (SettingKey.minutesPerDay, settings.minutesPerDay.map(String.init)),
    ]
    try database.write { db in
      for (key, value) in values {
        if let value {
          try db.execute(
            sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            arguments: [key, value])
        } else {
          try db.execute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
        }
      }
    }
  }
}
