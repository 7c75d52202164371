import Foundation
import MockLoopKit

/// Home's Today pane: the plan's mocks with their format and why. Tab goes on to the formats,
/// the questions and the details, then back to Today; the surprise key picks from the plan.
extension AppState {
  /// A plan arrived: home shows it (opening on Today unless the user has moved already), the
  /// progress screen shows its coverage.
  mutating func showPlan(_ plan: PracticePlan) {
    switch screen {
    case .home(var home):
      let untouched = home.plan == nil && home.pane == .formats && home.formatIndex == 0 && home.questionIndex == 0
      home.plan = plan
      if untouched && !home.isSearching && home.search.isEmpty { home.pane = .today }
      home.todayIndex = min(home.todayIndex, max(TodayEntry.all(of: plan).count - 1, 0))
      screen = .home(home)
    case .stats(var stats):
      stats.plan = plan
      screen = .stats(stats)
    default:
      break
    }
  }

  /// What an action does because of the plan; nil when the lists handle it as before.
  mutating func performToday(_ action: Action, home: inout HomeState) -> [Effect]? {
    guard let plan = home.plan else { return nil }
    let entries = TodayEntry.all(of: plan)
    if action == .surprise, !entries.isEmpty {
      let today = entries.indices.filter { entries[$0].isToday }
      let pick = random.element(of: today) ?? 0
      home.pane = .today
      home.todayIndex = pick
      let entry = entries[pick]
      home.message =
        (entry.isToday ? "From today's plan: " : "Nothing is left for today; next in the plan: ")
        + "\(entry.item.title) (\(entry.item.formatID)), \(entry.item.why)"
      return []
    }
    guard home.pane == .today else { return nil }
    switch action {
    case .moveDown:
      home.todayIndex = min(home.todayIndex + 1, max(entries.count - 1, 0))
    case .moveUp:
      home.todayIndex = max(home.todayIndex - 1, 0)
    case .cycleLevel, .search:
      home.pane = .questions
      return nil
    case .startSession:
      guard entries.indices.contains(home.todayIndex) else {
        home.message = "Nothing is planned: Tab picks from the formats and questions."
        return []
      }
      let item = entries[home.todayIndex].item
      guard let format = content.format(id: item.formatID), let question = content.question(id: item.card.questionID)
      else {
        home.message = "That format or question is no longer loaded."
        return []
      }
      return startSession(format: format, question: question, level: item.card.level)
    default:
      return nil
    }
    return []
  }
}
