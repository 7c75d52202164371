import Foundation
import MockLoopKit

/// The history's table as UTF-8, written for tens of thousands of rows: one pass makes every
/// cell's bytes into one flat buffer and measures it, a second pads the cells into columns.
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

  /// Every cell's bytes, row by row, one after another.
  private var cells: [UInt8] = []
  /// Where each cell ends in `cells`, and how many columns it takes, row by row.
  private var ends: [Int] = []
  private var cellWidths: [Int] = []
  /// The widest cell of each column.
  private var columnWidths = Array(repeating: 0, count: columnCount)
  /// The column of the next cell.
  private var column = 0

  /// The table of `sessions` under its header row, the dates in `calendar`'s time zone.
  init(_ sessions: [SessionSummary], calendar: Calendar = .current) {
    let rows = sessions.count + 1
    cells.reserveCapacity(rows * 80)
    ends.reserveCapacity(rows * Self.columnCount)
    cellWidths.reserveCapacity(rows * Self.columnCount)
    for title in Self.titles { appendData(title) }
    var days = LocalMinuteText(calendar: calendar)
    for session in sessions {
      appendID(session.id)
      days.append(session.createdAt, to: &cells)
      endASCIICell()
      appendASCII(session.level?.rawValue ?? "-")
      appendData(session.formatID)
      appendData(session.questionTitle)
      if let seconds = session.activeSeconds {
        DurationText.appendClock(seconds, to: &cells)
        endASCIICell()
      } else {
        appendASCII("-")
      }
      appendASCII(session.finishedAt == nil ? "unfinished" : (session.isGraded ? "graded" : "finished"))
    }
  }

  /// The rows padded into columns, a newline between rows and none after the last.
  var bytes: [UInt8] {
    let columns = Self.columnCount
    let rows = ends.count / columns
    guard rows > 0 else { return [] }
    // The exact length: every cell's bytes, the padding of every column but the last, the
    // separators and the newlines.
    var length = cells.count + rows * 2 * (columns - 1) + rows - 1
    for position in cellWidths.indices where position % columns != columns - 1 {
      length += max(columnWidths[position % columns] - cellWidths[position], 0)
    }
    return [UInt8](unsafeUninitializedCapacity: length) { text, written in
      guard let base = text.baseAddress else { return }
      var out = base
      cells.withUnsafeBufferPointer { cells in
        guard let source = cells.baseAddress else { return }
        var start = 0
        for row in 0..<rows {
          if row > 0 {
            out.pointee = UInt8(ascii: "\n")
            out += 1
          }
          for column in 0..<columns {
            let position = row * columns + column
            let end = ends[position]
            let missing = max(columnWidths[column] - cellWidths[position], 0)
            if column > 0 {
              out.update(repeating: UInt8(ascii: " "), count: 2)
              out += 2
            }
            if column == Self.timeColumn {
              out.update(repeating: UInt8(ascii: " "), count: missing)
              out += missing
            }
            out.update(from: source + start, count: end - start)
            out += end - start
            if column != Self.timeColumn && column != columns - 1 {
              out.update(repeating: UInt8(ascii: " "), count: missing)
              out += missing
            }
            start = end
          }
        }
      }
      written = out - base
    }
  }

  /// A cell of the program's own ASCII words.
  private mutating func appendASCII(_ text: StaticString) {
    text.withUTF8Buffer { cells.append(contentsOf: $0) }
    endASCIICell()
  }

  private mutating func appendASCII(_ text: String) {
    var text = text
    text.withUTF8 { cells.append(contentsOf: $0) }
    endASCIICell()
  }

  /// Ends the cell whose bytes were just written, all of them printable ASCII.
  private mutating func endASCIICell() {
    let start = ends.last ?? 0
    endCell(width: cells.count - start)
  }

  private mutating func endCell(width: Int) {
    ends.append(cells.count)
    cellWidths.append(width)
    columnWidths[column] = max(columnWidths[column], width)
    column = column == Self.columnCount - 1 ? 0 : column + 1
  }

  /// A cell of text from the data: copied when it is printable ASCII, else made terminal-safe
  /// and measured by display width.
  private mutating func appendData(_ text: String) {
    var text = text
    let copied = text.withUTF8 { bytes in
      guard bytes.allSatisfy(Output.isPrintableASCII) else { return false }
      cells.append(contentsOf: bytes)
      return true
    }
    if copied {
      endCell(width: text.utf8.count)
    } else {
      let safe = text.terminalSafe
      cells.append(contentsOf: safe.utf8)
      endCell(width: Output.columnWidth(of: safe))
    }
  }

  /// The first eight characters of a session id: its first eight bytes when they are printable
  /// ASCII and the next byte, if any, is ASCII too (so it cannot join the eighth character).
  private mutating func appendID(_ id: String) {
    var id = id
    let copied = id.withUTF8 { bytes in
      let length = min(bytes.count, 8)
      let head = UnsafeBufferPointer(rebasing: bytes[0..<length])
      guard head.allSatisfy(Output.isPrintableASCII), bytes.count == length || bytes[length] < 0x80 else {
        return false
      }
      cells.append(contentsOf: head)
      return true
    }
    if copied {
      endASCIICell()
    } else {
      appendData(String(id.prefix(8)))
    }
  }
}
