import Testing

@testable import MockLoopTUI

@Suite("Geometry")
struct GeometryTests {
  @Test("inset shrinks every side and never goes negative")
  func inset() {
    let rect = Rect(row: 1, column: 2, width: 10, height: 5)
    #expect(rect.inset(by: 1) == Rect(row: 2, column: 3, width: 8, height: 3))
    #expect(rect.inset(by: 4).height == 0)
    #expect(rect.inset(by: 4).isEmpty)
  }

  @Test("splitting a rectangle gives the fixed part and the remaining part")
  func splits() {
    let rect = Rect(row: 0, column: 0, width: 20, height: 10)
    let (header, body) = rect.splitTop(2)
    #expect(header == Rect(row: 0, column: 0, width: 20, height: 2))
    #expect(body == Rect(row: 2, column: 0, width: 20, height: 8))
    let (footer, above) = rect.splitBottom(1)
    #expect(footer == Rect(row: 9, column: 0, width: 20, height: 1))
    #expect(above.height == 9)
    let (sidebar, main) = rect.splitLeft(6)
    #expect(sidebar.width == 6 && main.column == 6 && main.width == 14)
    let (right, left) = rect.splitRight(25)
    #expect(right.width == 20 && left.isEmpty)
  }

  @Test("intersection of disjoint rectangles is empty")
  func intersection() {
    let a = Rect(row: 0, column: 0, width: 4, height: 4)
    #expect(
      a.intersection(Rect(row: 2, column: 2, width: 4, height: 4)) == Rect(row: 2, column: 2, width: 2, height: 2))
    #expect(a.intersection(Rect(row: 10, column: 10, width: 1, height: 1)).isEmpty)
  }

  @Test("centered rectangle sits in the middle and fits")
  func centered() {
    let rect = Rect(width: 10, height: 6)
    #expect(rect.centered(width: 4, height: 2) == Rect(row: 2, column: 3, width: 4, height: 2))
    #expect(rect.centered(width: 40, height: 2).width == 10)
  }
}
