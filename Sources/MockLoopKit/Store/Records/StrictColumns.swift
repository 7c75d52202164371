import Foundation
import GRDB

/// A column that holds something other than what the schema promises, named so the user can
/// find it: "notes holds a BLOB of 2 bytes where text belongs".
struct ColumnProblem: Error, Sendable, Equatable, CustomStringConvertible {
  var column: String
  var problem: String

  var description: String { "\(column) \(problem)" }

  /// "session.notes holds …", or "session_event.kind (seq 3) holds …".
  func detail(table: String, place: String? = nil) -> String {
    "\(table).\(column)\(place.map { " (\($0))" } ?? "") \(problem)"
  }
}

/// Reads the columns of one row strictly, by position: a value must have the stored type the
/// schema gives its column, or the read throws a `ColumnProblem` naming the column. Nothing
/// here traps, whatever the row holds (GRDB's subscripts trap on a wrong type; SQLite itself
/// lets any column hold any type).
///
/// Each value is taken as SQLite stores it, through GRDB's throwing decode to
/// `DatabaseValue` (which returns the stored value as is, so it never converts or fails;
/// GRDB's typed subscripts trap), and its storage inspected.
struct StrictColumns {
  let row: Row
  /// Whether the query vouched (`flag` of a `typesCheck`) that every column read here has its
  /// schema's storage type: values are then decoded straight from the statement.
  var isTyped = false

  /// SQL that is 1 when every column has the storage its kind says, built from comparisons
  /// (SQLite orders NULL < numbers < text < BLOB), which cost far less than `typeof` calls.
  static func typesCheck(_ columns: [(name: String, kind: Kind)]) -> String {
    columns.map { name, kind in
      switch kind {
      case .text: "(\(name) >= '' AND \(name) < X'')"
      case .optionalText: "(\(name) IS NULL OR (\(name) >= '' AND \(name) < X''))"
      case .number: "(\(name) < '')"
      case .optionalNumber: "(\(name) IS NULL OR \(name) < '')"
      case .integer: "(\(name) < '' AND \(name) = CAST(\(name) AS INTEGER))"
      case .optionalFlag: "(\(name) IS NULL OR \(name) IN (0, 1))"
      }
    }.joined(separator: " AND ")
  }

  /// The storage a column's schema gives it.
  enum Kind {
    case text, optionalText, number, optionalNumber, integer, optionalFlag
  }

  /// Times are seconds since 1970 between 1970 and 9999, so that every duration computed from
  /// them fits an `Int`.
  static let timeRange: ClosedRange<Double> = 0...253_402_300_799

  /// The value at `index` as SQLite stores it; the indices are those of our own SELECTs.
  /// Decoding to `DatabaseValue` converts nothing, so no stored type can make it fail.
  func value(_ index: Int) -> DatabaseValue {
    let stored = try? row.decode(DatabaseValue?.self, atIndex: index)
    return (stored ?? nil) ?? .null
  }

  /// The value `body` gives, or nil when it throws; unlike `try?`, a nil value stays `.some(nil)`.
  private static func attempt<Value>(_ body: () throws -> Value) -> Value? {
    do { return try body() } catch { return nil }
  }

  /// A flag the query computed at `index`: true when it is the integer 1.
  func flag(_ index: Int) -> Bool {
    if case .int64(1) = value(index).storage { return true }
    return false
  }

  func text(_ index: Int, _ column: String) throws(ColumnProblem) -> String {
    guard let text = try optionalText(index, column) else { throw Self.nullText(column) }
    return text
  }

  func optionalText(_ index: Int, _ column: String) throws(ColumnProblem) -> String? {
    if isTyped, let text = Self.attempt({ try row.decode(String?.self, atIndex: index) }) { return text }
    return try Self.optionalText(value(index), column)
  }

  func time(_ index: Int, _ column: String) throws(ColumnProblem) -> Date {
    guard let time = try optionalTime(index, column) else { throw Self.nullTime(column) }
    return time
  }

  func optionalTime(_ index: Int, _ column: String) throws(ColumnProblem) -> Date? {
    try optionalNumber(index, column, what: Self.timeWhat).map { seconds throws(ColumnProblem) in
      try Self.time(seconds: seconds, column)
    }
  }

  /// A number of seconds: finite and not negative.
  func optionalSeconds(_ index: Int, _ column: String) throws(ColumnProblem) -> Double? {
    try optionalNumber(index, column, what: Self.secondsWhat).map { seconds throws(ColumnProblem) in
      try Self.seconds(seconds, column)
    }
  }

  func integer(_ index: Int, _ column: String) throws(ColumnProblem) -> Int {
    if isTyped, let number = try? row.decode(Int.self, atIndex: index) { return number }
    return try Self.integer(value(index), column)
  }

  func optionalBool(_ index: Int, _ column: String) throws(ColumnProblem) -> Bool? {
    if isTyped, let flag = Self.attempt({ try row.decode(Bool?.self, atIndex: index) }) { return flag }
    return try Self.optionalBool(value(index), column)
  }

  private func optionalNumber(_ index: Int, _ column: String, what: String) throws(ColumnProblem) -> Double? {
    if isTyped, let number = Self.attempt({ try row.decode(Double?.self, atIndex: index) }) { return number }
    return try Self.optionalNumber(value(index), column, what: what)
  }

  // MARK: The checks, on a value as SQLite stores it
  //
  // Every reader of stored columns (this one over GRDB rows, `StatementColumns` over a raw
  // statement) takes its values through these, so each type and range is checked, and each
  // problem worded, in one place.

  static let timeWhat = "a time in seconds"
  static let secondsWhat = "a number of seconds"

  static func nullText(_ column: String) -> ColumnProblem {
    ColumnProblem(column: column, problem: "is NULL where text belongs")
  }

  static func nullTime(_ column: String) -> ColumnProblem {
    ColumnProblem(column: column, problem: "is NULL where a time belongs")
  }

  static func nullSeconds(_ column: String) -> ColumnProblem {
    ColumnProblem(column: column, problem: "is NULL where a number of seconds belongs")
  }

  static func optionalText(_ value: DatabaseValue, _ column: String) throws(ColumnProblem) -> String? {
    switch value.storage {
    case .null: return nil
    case .string(let text): return text
    case .blob(let data):
      throw ColumnProblem(column: column, problem: "holds a BLOB of \(data.count) bytes where text belongs")
    case .int64(let number):
      throw ColumnProblem(column: column, problem: "holds the number \(number) where text belongs")
    case .double(let number):
      throw ColumnProblem(column: column, problem: "holds the number \(number) where text belongs")
    }
  }

  /// A stored number of seconds as a time, when it lies in `timeRange`.
  static func time(seconds: Double, _ column: String) throws(ColumnProblem) -> Date {
    guard timeRange.contains(seconds) else {
      throw ColumnProblem(column: column, problem: "holds \(seconds), not a time between 1970 and 9999")
    }
    return Date(storedTime: seconds)
  }

  /// A stored number of seconds, when it is not negative and no longer than `timeRange`.
  static func seconds(_ seconds: Double, _ column: String) throws(ColumnProblem) -> Double {
    guard seconds >= 0, seconds <= timeRange.upperBound else {
      throw ColumnProblem(column: column, problem: "holds \(seconds), not a number of seconds")
    }
    return seconds
  }

  static func integer(_ value: DatabaseValue, _ column: String) throws(ColumnProblem) -> Int {
    switch value.storage {
    case .int64(let number):
      guard let value = Int(exactly: number) else {
        throw ColumnProblem(column: column, problem: "holds \(number), too large")
      }
      return value
    case .null: throw ColumnProblem(column: column, problem: "is NULL where a whole number belongs")
    case .double(let number):
      throw ColumnProblem(column: column, problem: "holds \(number) where a whole number belongs")
    case .string(let text):
      throw ColumnProblem(column: column, problem: "holds text '\(excerpt(text))' where a whole number belongs")
    case .blob(let data):
      throw ColumnProblem(column: column, problem: "holds a BLOB of \(data.count) bytes where a whole number belongs")
    }
  }

  static func optionalBool(_ value: DatabaseValue, _ column: String) throws(ColumnProblem) -> Bool? {
    switch value.storage {
    case .null: return nil
    case .int64(let number) where number == 0 || number == 1: return number == 1
    default: throw ColumnProblem(column: column, problem: "holds \(describe(value)), not 0 or 1")
    }
  }

  /// A stored number (`what` names what it stands for in the problem).
  static func optionalNumber(_ value: DatabaseValue, _ column: String, what: String) throws(ColumnProblem)
    -> Double?
  {
    switch value.storage {
    case .null: return nil
    case .double(let number): return number
    case .int64(let number): return Double(number)
    case .string(let text):
      throw ColumnProblem(column: column, problem: "holds text '\(excerpt(text))' where \(what) belongs")
    case .blob(let data):
      throw ColumnProblem(column: column, problem: "holds a BLOB of \(data.count) bytes where \(what) belongs")
    }
  }

  /// A short, terminal-safe quotation of stored text for an error message.
  static func excerpt(_ text: String) -> String {
    let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
    return short.terminalSafe
  }

  static func describe(_ value: DatabaseValue) -> String {
    switch value.storage {
    case .null: "NULL"
    case .int64(let number): "\(number)"
    case .double(let number): "\(number)"
    case .string(let text): "text '\(excerpt(text))'"
    case .blob(let data): "a BLOB of \(data.count) bytes"
    }
  }
}
