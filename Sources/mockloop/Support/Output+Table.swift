import MockLoopKit
import MockLoopTUI

extension Output {
  /// Rows padded into columns by display width (a CJK title or an emoji takes two columns), two
  /// spaces apart; the columns in `rightAligned` keep to the right. The first row, a header,
  /// is laid out by the same widths as the others; a cell past the header's columns is not padded.
  ///
  /// Each cell is measured once and the text is written into one buffer. (The history, with
  /// tens of thousands of rows, has its own writer of this layout: `HistoryTable`.)
  static func table(_ rows: [[String]], rightAligned: Set<Int> = []) -> String {
    String(decoding: tableBytes(rows, rightAligned: rightAligned), as: UTF8.self)
  }

  /// `table(_:rightAligned:)` as UTF-8, for writing without making a string of it.
  static func tableBytes(_ rows: [[String]], rightAligned: Set<Int> = []) -> [UInt8] {
    guard let first = rows.first else { return [] }
    let columnCount = first.count
    let alignsRight = (0..<columnCount).map(rightAligned.contains)
    var widths = Array(repeating: 0, count: columnCount)
    var cellWidths: [Int] = []
    cellWidths.reserveCapacity(rows.count * columnCount)
    var textBytes = 0
    for row in rows {
      for (index, cell) in row.enumerated() {
        let width = columnWidth(of: cell)
        cellWidths.append(width)
        textBytes += cell.utf8.count
        if index < columnCount { widths[index] = max(widths[index], width) }
      }
    }
    var text: [UInt8] = []
    text.reserveCapacity(textBytes + rows.count * (widths.reduce(0, +) + 2 * columnCount + 1))
    var position = 0
    for (rowIndex, row) in rows.enumerated() {
      if rowIndex > 0 { text.append(UInt8(ascii: "\n")) }
      for (index, cell) in row.enumerated() {
        if index > 0 { text.append(contentsOf: separator) }
        let missing = (index < columnCount ? widths[index] : 0) - cellWidths[position]
        position += 1
        if index < columnCount ? alignsRight[index] : rightAligned.contains(index) {
          appendSpaces(missing, to: &text)
          text.append(contentsOf: cell.utf8)
        } else {
          text.append(contentsOf: cell.utf8)
          if index != row.count - 1 { appendSpaces(missing, to: &text) }
        }
      }
    }
    return text
  }

  /// The columns a cell takes: its byte count when it is printable ASCII (one column a byte),
  /// else its display width.
  static func columnWidth(of cell: String) -> Int {
    PrintableASCII.contains(only: cell) ? cell.utf8.count : cell.displayWidth
  }

  private static let separator: [UInt8] = Array("  ".utf8)

  private static func appendSpaces(_ count: Int, to text: inout [UInt8]) {
    guard count > 0 else { return }
    text.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }
}
