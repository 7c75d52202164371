import MockLoopKit

/// The history list's columns, the one definition its header row and every session row are laid
/// out from, so a title always starts where its values do.
///
/// Each cell is cut (with "…") or padded to its column's width; TIME is right-aligned; the
/// question takes what the fixed columns leave; the verdict, last, takes the rest of the row.
struct HistoryColumns: Sendable, Equatable {
  /// One column: its title, its width in terminal columns and which side its text keeps to.
  struct Column: Sendable, Equatable {
    var title: String
    var width: Int
    var alignsRight = false
  }

  /// The spaces between two columns.
  static let gap = 2
  /// The question column's width when the list is too narrow for the others to leave more.
  static let narrowestQuestion = 12
  /// What the verdict column needs for "L6 ✓ L7 ✓".
  static let verdictWidth = 10

  let columns: [Column]

  /// The columns for a list `width` terminal columns wide.
  init(width: Int) {
    let fixed = [
      Column(title: "DATE", width: 16), Column(title: "LEVEL", width: 5), Column(title: "FORMAT", width: 15),
    ]
    let time = Column(title: "TIME", width: 7, alignsRight: true)
    let used = (fixed + [time]).reduce(0) { $0 + $1.width } + Self.gap * 5 + Self.verdictWidth
    let question = Column(title: "QUESTION", width: max(width - used, Self.narrowestQuestion))
    columns = fixed + [question, time, Column(title: "VERDICT", width: Self.verdictWidth)]
  }

  /// The header row: every column's title in its place.
  var header: [Span] { row(columns.map { Span($0.title, role: .muted) }) }

  /// One row of `cells`, one per column in order, each fitted to its column.
  func row(_ cells: [Span]) -> [Span] {
    zip(columns, cells).enumerated().map { index, pair in
      let (column, cell) = pair
      let isLast = index == columns.count - 1
      let fitted = cell.text.truncated(toWidth: column.width, ellipsis: true)
      let placed = column.alignsRight ? fitted.leftPadded(toWidth: column.width) : fitted.padded(toWidth: column.width)
      let text = isLast ? fitted : placed + String(repeating: " ", count: Self.gap)
      return Span(text, role: cell.role)
    }
  }
}
