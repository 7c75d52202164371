import Foundation
import MockLoopKit

/// Starting the suggested mock (Enter on the progress screen's "Next"): it goes through home,
/// so that it starts exactly as home's Enter does, asking first about an unfinished session.
extension AppState {
  /// Goes home with the suggestion pending; it starts once home has loaded its unfinished sessions.
  mutating func startSuggestion(_ suggestion: PracticeSuggestion?) -> [Effect] {
    guard let suggestion else {
      status = "There is nothing to suggest: no question is loaded."
      return []
    }
    guard let formatID = suggestion.formatID,
      let formatIndex = content.formats.firstIndex(where: { $0.id == formatID }),
      content.question(id: suggestion.questionID) != nil
    else {
      status = "'\(suggestion.title)' fits no loaded format: start it from home."
      return []
    }
    var home = HomeState()
    home.formatIndex = formatIndex
    home.pendingStart = PendingStart(formatID: formatID, questionID: suggestion.questionID, level: suggestion.level)
    screen = .home(home)
    return [.load(.home)]
  }

  /// Starts the pending suggestion on a home that has just loaded its unfinished sessions: a new
  /// mock at once, or the unfinished-session question first, as home's start does.
  mutating func startPending(home: inout HomeState) -> [Effect] {
    guard let start = home.pendingStart else { return [] }
    home.pendingStart = nil
    screen = .home(home)
    guard let format = content.format(id: start.formatID), let entry = content.question(id: start.questionID) else {
      status = "That format or question is no longer loaded."
      return []
    }
    return startSession(format: format, question: entry, level: start.level)
  }
}
