import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("The history list's columns and the one duration rule on screen")
struct HistoryColumnsTests {
  /// A finished session of the fixture question whose phases took 11:00.6 and 1:00.6.
  static func fractionalSession() -> Session {
    let start = ScreenFixtures.start
    var session = ScreenFixtures.session()
    session.advancePhase(at: start + 660.6)
    session.finish(at: start + 721.2)
    return session
  }

  @Test("every header title starts in the column its values start in, TIME ending where its values end")
  func headerAlignsWithRows() {
    let columns = HistoryColumns(width: 100)
    let header = columns.header.map(\.text).joined()
    let row = columns.row([
      Span("2027-01-14 08:00"), Span("L6"), Span("amazon-l6"), Span("Design a URL shortener"), Span("1:01:00"),
      Span("below L6"),
    ]).map(\.text).joined()
    for (title, value) in [("DATE", "2027"), ("LEVEL", "L6"), ("FORMAT", "amazon"), ("QUESTION", "Design")] {
      #expect(
        header.range(of: title)?.lowerBound.utf16Offset(in: header)
          == row.range(of: value)?.lowerBound.utf16Offset(in: row), "\(title)")
    }
    #expect(
      header.range(of: "TIME")?.upperBound.utf16Offset(in: header)
        == row.range(of: "1:01:00")?.upperBound.utf16Offset(in: row))
    #expect(header.displayWidth <= 100 && row.displayWidth <= 100)
  }

  @Test("the history screen's header sits over its rows, not a column to the right")
  func historyScreenHeader() {
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    state.screen = .history(HistoryState(sessions: [SessionSummary(Self.fractionalSession())]))
    let lines = AppScreen.render(state).textLines()
    let header = lines.first { $0.contains("QUESTION") } ?? ""
    let row = lines.first { $0.contains("12:01") } ?? ""
    #expect(
      header.range(of: "DATE")?.lowerBound.utf16Offset(in: header)
        == row.range(of: "20")?.lowerBound.utf16Offset(in: row), "\(header)\n\(row)")
  }

  @Test("the record shows a stored duration as the history does: whole seconds, truncated")
  func recordAndHistoryAgree() {
    let session = Self.fractionalSession()
    var state = ScreenFixtures.state(width: 120, height: 40, screen: .home(HomeState()))
    state.screen = .history(HistoryState(sessions: [SessionSummary(session)]))
    #expect(AppScreen.render(state).text().contains("12:01"))
    state.screen = .record(RecordState(session: session, history: nil))
    let record = AppScreen.render(state).text()
    #expect(record.contains("Time 12:01 of "), "\(record)")
    #expect(record.contains("11:00/"))
    #expect(!record.contains("11:01"))
  }
}
