import Foundation
import GRDB
import GRDBSQLite

/// Reads the columns of the row a raw SQLite statement stands on, strictly, by position: for
/// the readers that scan thousands of rows (the summaries), where going through GRDB's `Row`
/// cost more than SQLite's own work.
///
/// The storage type SQLite reports for each value is checked against the one asked for; a value
/// of another type is handed, as a `DatabaseValue`, to the checks `StrictColumns` makes (one
/// place words every problem), so a wrong type throws a `ColumnProblem` naming the column and
/// never traps. Text can be read as its bytes, without making a `String`; those bytes belong to
/// SQLite and last only until the statement moves on.
struct StatementColumns {
  let statement: SQLiteStatement

  /// The value at `index`, read with the `sqlite3_value_*` functions, which cost a fraction of
  /// the `sqlite3_column_*` ones. SQLite calls these values unprotected: safe on the thread that
  /// steps the statement, until it steps again, which is how they are used here.
  private func stored(_ index: Int32) -> OpaquePointer? { sqlite3_column_value(statement, index) }

  /// The value at `index` as SQLite stores it, for the checks that name what is wrong with it.
  private func value(_ index: Int32) -> DatabaseValue { DatabaseValue(sqliteStatement: statement, index: index) }

  /// The bytes of the text at `index`, nil when it is NULL.
  func optionalBytes(_ index: Int32, _ column: String) throws(ColumnProblem) -> UnsafeBufferPointer<UInt8>? {
    let stored = stored(index)
    switch sqlite3_value_type(stored) {
    case SQLITE_TEXT:
      // An empty text may come back as a null pointer: it is then no bytes.
      let start = sqlite3_value_text(stored)
      let count = Int(sqlite3_value_bytes(stored))
      return UnsafeBufferPointer(start: count > 0 ? start : nil, count: max(count, 0))
    case SQLITE_NULL: return nil
    default:
      _ = try StrictColumns.optionalText(value(index), column)
      return nil
    }
  }

  func bytes(_ index: Int32, _ column: String) throws(ColumnProblem) -> UnsafeBufferPointer<UInt8> {
    guard let bytes = try optionalBytes(index, column) else { throw StrictColumns.nullText(column) }
    return bytes
  }

  func optionalText(_ index: Int32, _ column: String) throws(ColumnProblem) -> String? {
    try optionalBytes(index, column).map { String(decoding: $0, as: UTF8.self) }
  }

  func text(_ index: Int32, _ column: String) throws(ColumnProblem) -> String {
    String(decoding: try bytes(index, column), as: UTF8.self)
  }

  func integer(_ index: Int32, _ column: String) throws(ColumnProblem) -> Int {
    let stored = stored(index)
    guard sqlite3_value_type(stored) == SQLITE_INTEGER, let number = Int(exactly: sqlite3_value_int64(stored)) else {
      return try StrictColumns.integer(value(index), column)
    }
    return number
  }

  private func optionalNumber(_ index: Int32, _ column: String, what: String) throws(ColumnProblem) -> Double? {
    let stored = stored(index)
    switch sqlite3_value_type(stored) {
    case SQLITE_FLOAT: return sqlite3_value_double(stored)
    case SQLITE_INTEGER: return Double(sqlite3_value_int64(stored))
    case SQLITE_NULL: return nil
    default: return try StrictColumns.optionalNumber(value(index), column, what: what)
    }
  }

  func optionalTime(_ index: Int32, _ column: String) throws(ColumnProblem) -> Date? {
    guard let seconds = try optionalNumber(index, column, what: StrictColumns.timeWhat) else { return nil }
    return try StrictColumns.time(seconds: seconds, column)
  }

  func time(_ index: Int32, _ column: String) throws(ColumnProblem) -> Date {
    guard let time = try optionalTime(index, column) else { throw StrictColumns.nullTime(column) }
    return time
  }

  /// A number of seconds: finite, not negative, never NULL.
  func seconds(_ index: Int32, _ column: String) throws(ColumnProblem) -> Double {
    guard let seconds = try optionalNumber(index, column, what: StrictColumns.secondsWhat) else {
      throw StrictColumns.nullSeconds(column)
    }
    return try StrictColumns.seconds(seconds, column)
  }
}
