/// The top row: app name, what is being practised, and on the right a detail (the format).
/// When the row is short the detail gives way first, down to nothing; the title keeps at least
/// half the row and is cut by `TextFit`'s rule only past that.
enum TitleBar {
  static let name = " MockLoop "

  static func render(title: String, detail: String, in rect: Rect, on canvas: inout Canvas) {
    canvas.fill(rect, role: .status)
    let room = rect.width - name.count
    let wanted = (" " + title).displayWidth
    let detailWidth = detail.displayWidth
    var right = detail
    if wanted + 3 + detailWidth > room {
      // The detail keeps two columns from the title and one from the edge.
      let titleShare = max(room / 2, room - detailWidth - 3)
      let detailRoom = room - min(wanted, titleShare) - 3
      right = detailRoom >= min(8, detailWidth) ? detail.fittedText(toWidth: detailRoom) : ""
    }
    let titleRoom = max(room - (right.isEmpty ? 1 : right.displayWidth + 3), 0)
    canvas.write(
      [Span(name, role: .title), Span(" " + title, role: .status)], row: rect.row, column: rect.column,
      maxWidth: name.count + titleRoom)
    if !right.isEmpty {
      canvas.write(right, row: rect.row, column: rect.right - right.displayWidth - 1, role: .status)
    }
  }
}
