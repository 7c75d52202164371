import Foundation
import MockLoopKit

extension AppState {
  /// The rubric used for grading, by the content's one rule (`ContentLibrary.rubric(for:)`).
  func rubric(for session: Session) -> Rubric? { content.rubric(for: session) }

  mutating func openGrading(_ session: Session, returnTo: RecordState?) -> [Effect] {
    guard let rubric = rubric(for: session) else {
      status = "No rubric found: run 'mockloop decks lint' to see why."
      return []
    }
    screen = .grading(GradingState(session: session, rubric: rubric, now: now), returnTo: returnTo)
    return []
  }

  // MARK: Grading

  mutating func perform(_ action: Action, grading: inout GradingState, returnTo: RecordState?) -> [Effect] {
    let rows = grading.rows
    let row = rows.indices.contains(grading.cursor) ? rows[grading.cursor] : nil
    switch action {
    case .moveDown: grading.cursor = min(grading.cursor + 1, rows.count - 1)
    case .moveUp: grading.cursor = max(grading.cursor - 1, 0)
    case .raiseScore, .lowerScore:
      guard case .dimension(let dimension) = row else { return [] }
      let scale = grading.rubric.scale
      let current = grading.assessment.scores[dimension.id]
      let next =
        action == .raiseScore ? (current.map { $0 + 1 } ?? scale.minimum) : (current.map { $0 - 1 } ?? scale.maximum)
      return setScore(min(max(next, scale.minimum), scale.maximum), for: dimension, grading: &grading)
    case .toggleItem:
      guard case .selfCheck(let group, let index, _) = row else { return [] }
      let key = GradingState.selfCheckKey(groupID: group, index: index)
      if let found = grading.assessment.selfChecks.firstIndex(of: key) {
        grading.assessment.selfChecks.remove(at: found)
      } else {
        grading.assessment.selfChecks.append(key)
      }
      return saveAssessment(grading)
    case .editField:
      switch row {
      case .wentWell: grading.editing = .wentWell
      case .toImprove: grading.editing = .toImprove
      default: break
      }
    case .back:
      var session = grading.session
      session.assessment = grading.assessment
      var record = returnTo ?? RecordState(session: session, history: nil)
      record.session = session
      screen = .record(record)
      return [.load(.calculations(sessionID: session.id))]
    default: break
    }
    return []
  }

  /// Digits set a score directly.
  mutating func setScore(_ score: Int, for dimension: RubricDimension, grading: inout GradingState) -> [Effect] {
    grading.assessment.scores[dimension.id] = score
    return saveAssessment(grading)
  }

  mutating func saveAssessment(_ grading: GradingState) -> [Effect] {
    var assessment = grading.assessment
    assessment.gradedAt = now
    return [.save(.assessment(assessment, sessionID: grading.session.id))]
  }

  mutating func edit(_ key: Key, grading: inout GradingState) -> [Effect] {
    if key == .escape || key == .tab {
      grading.editing = nil
      return saveAssessment(grading)
    }
    guard let command = EditorKeys.command(for: key) else { return [] }
    return apply(command, grading: &grading)
  }

  mutating func apply(_ command: EditorCommand, grading: inout GradingState) -> [Effect] {
    let width = max(min(self.width - 4, 80) - 3, 10)
    switch grading.editing {
    case .wentWell:
      grading.wentWell.apply(command, layoutWidth: width, viewHeight: 6)
      grading.assessment.wentWell = grading.wentWell.text
    case .toImprove:
      grading.toImprove.apply(command, layoutWidth: width, viewHeight: 6)
      grading.assessment.toImprove = grading.toImprove.text
    case nil:
      break
    }
    return []
  }

  // MARK: History and records

  mutating func perform(_ action: Action, history: inout HistoryState) -> [Effect] {
    let visible = history.visible
    switch action {
    case .moveDown: history.cursor = min(history.cursor + 1, max(visible.count - 1, 0))
    case .moveUp: history.cursor = max(history.cursor - 1, 0)
    case .cycleLevel:
      history.levelFilter = history.levelFilter.next
      history.cursor = 0
    case .search: history.isSearching = true
    case .openRecord:
      guard visible.indices.contains(history.cursor) else { return [] }
      return [.load(.record(id: visible[history.cursor].id, history: history))]
    case .back:
      screen = .home(HomeState())
      return [.load(.home)]
    default: break
    }
    return []
  }

  mutating func perform(_ action: Action, record: inout RecordState) -> [Effect] {
    switch action {
    case .moveDown: record.scroll += 1
    case .moveUp: record.scroll = max(record.scroll - 1, 0)
    case .grade:
      guard record.session.isFinished else {
        status = "Finish the session before grading it (resume it from home)."
        return []
      }
      return openGrading(record.session, returnTo: record)
    case .showReference:
      guard record.session.assessment != nil else {
        status = "The reference sketch opens after you grade yourself (g)."
        return []
      }
      record.showsReference.toggle()
      record.scroll = 0
    case .back:
      if let history = record.history {
        screen = .history(history)
        return [.load(.history)]
      }
      screen = .home(HomeState())
      return [.load(.home)]
    default: break
    }
    return []
  }
}
