import Foundation
import MockLoopKit

/// The history's table as UTF-8, written for tens of thousands of rows: one pass measures every
/// cell (and works out the dates), a second writes the padded rows straight into the text, whose
/// exact length the first pass found.
///
/// The layout is `Output.table`'s (columns two spaces apart, the TIME column to the right, the
/// last column not padded, widths by display width); a cell of printable ASCII is copied as it
/// is and is as wide as its byte count, any other goes through `terminalSafe` and is measured
/// by display width, so the text is the same as laying out the cells as strings.
struct HistoryTable {
  /// The titles of the columns, and the one that keeps to the right.
  static let titles = ["ID", "DATE", "LEVEL", "FORMAT", "QUESTION", "TIME", "STATE"]
  static let timeColumn = 5
  private static let columnCount = 7
  /// The columns whose cells come from the data (and so may need replacing): ID, DATE (a date
  /// the calendar writes), FORMAT and QUESTION.
  private static let idColumn = 0
  private static let dateColumn = 1
  private static let formatColumn = 3
  private static let questionColumn = 4
  /// The bytes of a date worked out by `LocalMinuteText` ("yyyy-mm-dd hh:mm").
  private static let dateLength = LocalMinuteText.length
  /// The bytes of an id's cell when they are copied.
  private static let idLength = 8

  private let sessions: [SessionSummary]
  /// The widest cell of each column.
  private let columnWidths: [Int]
  /// The bytes of all cells, and of the padding of every column but the last.
  private let length: Int
  /// Each session's date, `dateLength` bytes each (unused where the calendar wrote it).
  private let dates: [UInt8]
  /// The cells not copied as they are, in table order: text made terminal-safe, dates the
  /// calendar wrote. Nearly always empty.
  private let replaced: [ReplacedCell]

  /// A cell whose bytes are not the data's own, at `position` (row times columns plus column,
  /// the header being row 0).
  private struct ReplacedCell {
    var position: Int
    var text: String
    var width: Int
  }

  /// The table of `sessions` under its header row, the dates in `calendar`'s time zone.
  init(_ sessions: [SessionSummary], calendar: Calendar = .current) {
    self.sessions = sessions
    var widths = Self.titles.map(\.utf8.count)
    // Per column, the sum of the cells' widths (to work out the padding) and of all bytes.
    var widthSums = widths
    var byteCount = widths.reduce(0, +)
    var replaced: [ReplacedCell] = []
    var days = LocalMinuteText(calendar: calendar)
    var dates = [UInt8](repeating: UInt8(ascii: " "), count: sessions.count * Self.dateLength)
    dates.withUnsafeMutableBufferPointer { dates in
      for index in sessions.indices {
        let id = Self.measureID(sessions[index].id, at: Self.position(index, Self.idColumn), into: &replaced)
        var date = Self.dateLength
        let slot = UnsafeMutableBufferPointer(
          rebasing: dates[(index * Self.dateLength)..<((index + 1) * Self.dateLength)])
        if !days.put(sessions[index].createdAt, in: slot) {
          let text = days.text(for: sessions[index].createdAt)
          date = text.utf8.count
          replaced.append(ReplacedCell(position: Self.position(index, Self.dateColumn), text: text, width: date))
        }
        let level = Self.levelText(sessions[index].level).utf8CodeUnitCount
        let format = Self.measureData(
          sessions[index].formatID, at: Self.position(index, Self.formatColumn), into: &replaced)
        let question = Self.measureData(
          sessions[index].questionTitle, at: Self.position(index, Self.questionColumn), into: &replaced)
        let time = Self.timeLength(sessions[index].activeSeconds)
        let state = Self.stateText(finishedAt: sessions[index].finishedAt, isGraded: sessions[index].isGraded)
          .utf8CodeUnitCount
        byteCount += id.bytes + date + level + format.bytes + question.bytes + time + state
        // A replaced date is ASCII: its width is its byte count, as a copied date's is.
        Self.add(id.width, to: 0, widths: &widths, sums: &widthSums)
        Self.add(date, to: 1, widths: &widths, sums: &widthSums)
        Self.add(level, to: 2, widths: &widths, sums: &widthSums)
        Self.add(format.width, to: 3, widths: &widths, sums: &widthSums)
        Self.add(question.width, to: 4, widths: &widths, sums: &widthSums)
        Self.add(time, to: 5, widths: &widths, sums: &widthSums)
        Self.add(state, to: 6, widths: &widths, sums: &widthSums)
      }
    }
    let rows = sessions.count + 1
    var length = byteCount
    for column in 0..<(Self.columnCount - 1) {
      length += rows * widths[column] - widthSums[column]
    }
    self.dates = dates
    self.replaced = replaced
    self.length = length
    columnWidths = widths
  }

  private static func add(_ width: Int, to column: Int, widths: inout [Int], sums: inout [Int]) {
    sums[column] += width
    if width > widths[column] { widths[column] = width }
  }

  /// The rows padded into columns, a newline between rows and none after the last.
  var bytes: [UInt8] {
    let columns = Self.columnCount
    let rows = sessions.count + 1
    let total = length + rows * 2 * (columns - 1) + rows - 1
    return [UInt8](unsafeUninitializedCapacity: total) { text, written in
      guard let base = text.baseAddress else { return }
      var writer = Writer(out: base, widths: columnWidths, replaced: replaced)
      for (column, title) in Self.titles.enumerated() {
        writer.startCell(column)
        if column == Self.timeColumn {
          writer.padBefore(column, width: title.utf8.count)
          writer.copy(title, width: columnWidths[column], column: column)
        } else {
          writer.copy(title, width: title.utf8.count, column: column)
        }
      }
      dates.withUnsafeBufferPointer { dates in
        for index in sessions.indices {
          writer.out.pointee = UInt8(ascii: "\n")
          writer.out += 1
          writer.startCell(0)
          if !writer.writeReplaced(at: Self.position(index, Self.idColumn)) {
            writer.copyPrefix(sessions[index].id, count: Self.idLength, column: 0)
          }
          writer.startCell(1)
          if !writer.writeReplaced(at: Self.position(index, Self.dateColumn)), let source = dates.baseAddress {
            writer.out.update(from: source + index * Self.dateLength, count: Self.dateLength)
            writer.out += Self.dateLength
            writer.pad(Self.dateColumn, width: Self.dateLength)
          }
          writer.startCell(2)
          let level = Self.levelText(sessions[index].level)
          writer.copy(level, width: level.utf8CodeUnitCount, column: 2)
          writer.startCell(3)
          if !writer.writeReplaced(at: Self.position(index, Self.formatColumn)) {
            writer.copy(sessions[index].formatID, width: sessions[index].formatID.utf8.count, column: 3)
          }
          writer.startCell(4)
          if !writer.writeReplaced(at: Self.position(index, Self.questionColumn)) {
            writer.copy(sessions[index].questionTitle, width: sessions[index].questionTitle.utf8.count, column: 4)
          }
          writer.startCell(5)
          let time = Self.timeLength(sessions[index].activeSeconds)
          writer.padBefore(Self.timeColumn, width: time)
          if let seconds = sessions[index].activeSeconds {
            writer.out += DurationText.putClock(
              DurationText.wholeSeconds(seconds), in: UnsafeMutableBufferPointer(start: writer.out, count: time))
          } else {
            writer.out.pointee = UInt8(ascii: "-")
            writer.out += 1
          }
          writer.startCell(6)
          let state = Self.stateText(finishedAt: sessions[index].finishedAt, isGraded: sessions[index].isGraded)
          writer.copy(state, width: state.utf8CodeUnitCount, column: 6)
        }
      }
      written = writer.out - base
    }
  }

  // The helpers below take a session's fields, not the session: each row reads the fields it
  // needs in place, and no row copies (and then frees) a whole `SessionSummary`.

  /// Where a session's cell is in the table, the header being row 0.
  private static func position(_ index: Int, _ column: Int) -> Int { (index + 1) * columnCount + column }

  private static func levelText(_ level: Level?) -> StaticString {
    switch level {
    case .l6: "L6"
    case .l7: "L7"
    case nil: "-"
    }
  }

  private static func stateText(finishedAt: Date?, isGraded: Bool) -> StaticString {
    finishedAt == nil ? "unfinished" : (isGraded ? "graded" : "finished")
  }

  private static func timeLength(_ activeSeconds: Double?) -> Int {
    guard let seconds = activeSeconds else { return 1 }
    return DurationText.clockLength(DurationText.wholeSeconds(seconds))
  }

  /// The width and bytes of a cell of text from the data: its byte count when it is printable
  /// ASCII, else its terminal-safe text is kept in `replaced`, to be written in its place.
  private static func measureData(
    _ text: String, at position: Int, into replaced: inout [ReplacedCell]
  ) -> (width: Int, bytes: Int) {
    if PrintableASCII.contains(only: text) { return (text.utf8.count, text.utf8.count) }
    let safe = text.terminalSafe
    let width = Output.columnWidth(of: safe)
    replaced.append(ReplacedCell(position: position, text: safe, width: width))
    return (width, safe.utf8.count)
  }

  /// The width and bytes of an id's cell, its first eight characters: its first eight bytes
  /// when they are printable ASCII and the next byte, if any, is ASCII too (so it cannot join
  /// the eighth character); else measured as any text from the data.
  private static func measureID(
    _ id: String, at position: Int, into replaced: inout [ReplacedCell]
  ) -> (width: Int, bytes: Int) {
    let copied =
      id.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
        let length = min(bytes.count, idLength)
        let head = UnsafeBufferPointer(rebasing: bytes[0..<length])
        return PrintableASCII.contains(only: head) && (bytes.count == length || bytes[length] < 0x80) ? length : nil
      } ?? nil
    if let copied { return (copied, copied) }
    let head = String(id.prefix(idLength))
    if PrintableASCII.contains(only: head) {
      // Copied as text: kept so the writer need not cut the id again.
      replaced.append(ReplacedCell(position: position, text: head, width: head.utf8.count))
      return (head.utf8.count, head.utf8.count)
    }
    return measureData(head, at: position, into: &replaced)
  }

  /// Writes cells into the text, padding each to its column's width.
  private struct Writer {
    var out: UnsafeMutablePointer<UInt8>
    let widths: [Int]
    let replaced: [ReplacedCell]
    var nextReplaced = 0

    init(out: UnsafeMutablePointer<UInt8>, widths: [Int], replaced: [ReplacedCell]) {
      self.out = out
      self.widths = widths
      self.replaced = replaced
    }

    /// The separator before every cell but a row's first.
    mutating func startCell(_ column: Int) {
      guard column > 0 else { return }
      out.update(repeating: UInt8(ascii: " "), count: 2)
      out += 2
    }

    /// Spaces after a cell `width` wide, to its column's width; none in the last column.
    mutating func pad(_ column: Int, width: Int) {
      guard column != HistoryTable.columnCount - 1 else { return }
      let missing = widths[column] - width
      out.update(repeating: UInt8(ascii: " "), count: missing)
      out += missing
    }

    /// Spaces before a cell `width` wide that keeps to the right of its column.
    mutating func padBefore(_ column: Int, width: Int) {
      let missing = widths[column] - width
      out.update(repeating: UInt8(ascii: " "), count: missing)
      out += missing
    }

    /// The replaced cell at `position`, written and padded, when there is one.
    mutating func writeReplaced(at position: Int) -> Bool {
      guard nextReplaced < replaced.count, replaced[nextReplaced].position == position else { return false }
      let cell = replaced[nextReplaced]
      nextReplaced += 1
      var text = cell.text
      text.withUTF8 { bytes in write(bytes) }
      pad(position % HistoryTable.columnCount, width: cell.width)
      return true
    }

    mutating func copy(_ text: String, width: Int, column: Int) {
      if let done = text.utf8.withContiguousStorageIfAvailable({ write($0) }) {
        _ = done
      } else {
        var text = text
        text.withUTF8 { write($0) }
      }
      pad(column, width: width)
    }

    mutating func copy(_ text: StaticString, width: Int, column: Int) {
      text.withUTF8Buffer { write($0) }
      pad(column, width: width)
    }

    /// The first `count` bytes of `text` (all of it when shorter), padded.
    mutating func copyPrefix(_ text: String, count: Int, column: Int) {
      var written = 0
      if let done = text.utf8.withContiguousStorageIfAvailable({ bytes in
        written = min(bytes.count, count)
        write(UnsafeBufferPointer(rebasing: bytes[0..<written]))
      }) {
        _ = done
      } else {
        var text = text
        text.withUTF8 { bytes in
          written = min(bytes.count, count)
          write(UnsafeBufferPointer(rebasing: bytes[0..<written]))
        }
      }
      pad(column, width: written)
    }

    private mutating func write(_ bytes: UnsafeBufferPointer<UInt8>) {
      guard let source = bytes.baseAddress else { return }
      out.update(from: source, count: bytes.count)
      out += bytes.count
    }
  }
}
