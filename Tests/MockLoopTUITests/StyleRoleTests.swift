import MockLoopKit
import Testing

@testable import MockLoopTUI

@Suite("Style roles")
struct StyleRoleTests {
  @Test("style roles match the theme's role names exactly")
  func matchesTheme() {
    #expect(StyleRole.allCases.map(\.rawValue) == Theme.roles)
  }

  @Test("every role has its own style-layer code and plain text is a dot")
  func uniqueCodes() {
    let codes = StyleRole.allCases.map(\.code)
    #expect(Set(codes).count == codes.count)
    #expect(StyleRole.text.code == ".")
    #expect(StyleRole(code: "!") == .timerOverrun)
    #expect(StyleRole(code: "?") == nil)
  }
}
