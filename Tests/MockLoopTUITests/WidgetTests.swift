import Testing

@testable import MockLoopTUI

@Suite("Widgets")
struct WidgetTests {
  @Test("progress bar fills whole and half cells in proportion")
  func progressBar() {
    #expect(ProgressBar(fraction: 0).text(width: 4) == "    ")
    #expect(ProgressBar(fraction: 0.5).text(width: 4) == "██  ")
    #expect(ProgressBar(fraction: 0.625).text(width: 4) == "██▌ ")
    #expect(ProgressBar(fraction: 1).text(width: 4) == "████")
  }

  @Test("progress bar clamps fractions outside 0...1 and NaN")
  func progressBarClamps() {
    #expect(ProgressBar(fraction: 2).text(width: 3) == "███")
    #expect(ProgressBar(fraction: -1).text(width: 3) == "   ")
    #expect(ProgressBar(fraction: .nan).text(width: 3) == "   ")
  }

  @Test("progress bar renders in its role on the first row of the rectangle")
  func progressBarRender() {
    var canvas = Canvas(width: 6, height: 2)
    canvas.render(ProgressBar(fraction: 0.5, role: .timerNormal), in: Rect(row: 1, column: 1, width: 4, height: 1))
    #expect(canvas.textLines() == ["      ", " ██   "])
    #expect(canvas.styleLayer() == "......\n.nnnn.")
  }

  @Test("sparkline maps the lowest value to the lowest block and the highest to the full block")
  func sparkline() {
    #expect(Sparkline(values: [1, 2, 3, 4]).text() == "▁▃▆█")
    #expect(Sparkline(values: [0, 7, 3.5]).text() == "▁█▅")
  }

  @Test("sparkline shows missing values as spaces and a flat series in the middle")
  func sparklineGaps() {
    #expect(Sparkline(values: [1, nil, 3]).text() == "▁ █")
    #expect(Sparkline(values: [2, 2, 2]).text() == "▄▄▄")
    #expect(Sparkline(values: []).text() == "")
  }

  @Test("sparkline with a fixed range clamps values and keeps the most recent ones")
  func sparklineRange() {
    #expect(Sparkline(values: [1, 4, 9], range: 1...4).text() == "▁██")
    #expect(Sparkline(values: [1, 2, 3, 4], range: 1...4).text(width: 2) == "▆█")
  }

  @Test("horizontal bar within plan shows actual and the unused plan")
  func horizontalBarUnder() {
    let spans = HorizontalBar(planned: 10, actual: 5).spans(width: 10)
    #expect(spans.map(\.text).joined() == "█████░░░░░")
    #expect(spans.map(\.role) == [.barActual, .barPlanned])
  }

  @Test("horizontal bar over plan shows the overrun in its own role")
  func horizontalBarOver() {
    let spans = HorizontalBar(planned: 10, actual: 15, maximum: 20).spans(width: 20)
    #expect(spans.map(\.text).joined() == "██████████▓▓▓▓▓     ")
    #expect(spans.map(\.role) == [.barActual, .barOverrun, .text])
  }

  @Test("horizontal bar shows at least one overrun cell for a small overrun")
  func horizontalBarSmallOverrun() {
    let text = HorizontalBar(planned: 10, actual: 10.1, maximum: 20).spans(width: 10).map(\.text).joined()
    #expect(text == "█████▓    ")
  }

  @Test("horizontal bar renders into the canvas with its roles")
  func horizontalBarRender() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.render(HorizontalBar(planned: 4, actual: 6), in: canvas.bounds)
    #expect(canvas.textLines() == ["████▓▓"])
    #expect(canvas.styleLayer() == "BBBBRR")
  }

  @Test("box draws a border with a title and returns the inside")
  func box() {
    var canvas = Canvas(width: 12, height: 4)
    let inner = canvas.drawBox(in: canvas.bounds, title: "Notes")
    #expect(inner == Rect(row: 1, column: 1, width: 10, height: 2))
    #expect(
      canvas.textLines() == [
        "┌ Notes ───┐",
        "│          │",
        "│          │",
        "└──────────┘",
      ])
    #expect(canvas.styleLayer().split(separator: "\n").first == "#TTTTTTT####")
  }

  @Test("box title too long is cut with an ellipsis")
  func boxLongTitle() {
    var canvas = Canvas(width: 10, height: 3)
    canvas.drawBox(in: canvas.bounds, title: "Requirements")
    #expect(canvas.textLines()[0] == "┌ Requi… ┐")
  }

  @Test("box smaller than two by two draws nothing")
  func boxTooSmall() {
    var canvas = Canvas(width: 3, height: 3)
    canvas.drawBox(in: Rect(row: 0, column: 0, width: 1, height: 3))
    #expect(canvas.text() == "   \n   \n   ")
  }

  @Test("list view highlights the selected row across the whole width")
  func listSelection() {
    var canvas = Canvas(width: 6, height: 3)
    let list = ListView(rows: ["one", "two", "three"].map { ListView.Row($0) }, selectedIndex: 1)
    canvas.render(list, in: canvas.bounds)
    #expect(canvas.textLines() == ["one   ", "two   ", "three "])
    #expect(canvas.styleLayer() == "......\nSSSSSS\n......")
  }

  @Test("list view scrolls down just enough to show the selection")
  func listScrollsDown() {
    let rows = (0..<10).map { ListView.Row("row \($0)") }
    let list = ListView(rows: rows, selectedIndex: 6, scrollOffset: 0)
    #expect(list.visibleOffset(height: 3) == 4)
    var canvas = Canvas(width: 5, height: 3)
    canvas.render(list, in: canvas.bounds)
    #expect(canvas.textLines() == ["row 4", "row 5", "row 6"])
    #expect(canvas.styleLayer() == ".....\n.....\nSSSSS")
  }

  @Test("list view scrolls up to the selection and clamps past the end")
  func listScrollsUp() {
    let rows = (0..<10).map { ListView.Row("row \($0)") }
    #expect(ListView(rows: rows, selectedIndex: 2, scrollOffset: 5).visibleOffset(height: 3) == 2)
    #expect(ListView(rows: rows, selectedIndex: 4, scrollOffset: 3).visibleOffset(height: 3) == 3)
    #expect(ListView(rows: rows, selectedIndex: nil, scrollOffset: 50).visibleOffset(height: 3) == 7)
  }

  @Test("list view cuts long rows with an ellipsis")
  func listCutsRows() {
    var canvas = Canvas(width: 6, height: 1)
    canvas.render(ListView(rows: [ListView.Row("Design a URL shortener", role: .title)]), in: canvas.bounds)
    #expect(canvas.textLines() == ["Desig…"])
    #expect(canvas.styleLayer() == "TTTTTT")
  }
}
