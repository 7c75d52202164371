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
    case .moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .moveTop, .moveBottom:
      let id: PaneID =
        switch grading.focus {
        case .rows: .gradingRows
        case .detail: .gradingDetail
        case .verdict: .verdict
        }
      if let motion = ScrollMotion(action), let pane = pane(id) { scroll(&grading, pane, motion) }
    case .focusNext, .focusPrevious:
      let order = GradingState.Focus.allCases
      let index = order.firstIndex(of: grading.focus) ?? 0
      grading.focus = order[(index + (action == .focusNext ? 1 : order.count - 1)) % order.count]
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
      case .selfCheck: return perform(.toggleItem, grading: &grading, returnTo: returnTo)  // Enter ticks, as Space
      default: break
      }
    case .back:
      // The interviewer's grading ends the interviewer's run; the record is the candidate's.
      if grading.grader == .interviewer { return [.quit] }
      screen = .grading(grading, returnTo: returnTo)
      return stepBack()
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
    if grading.grader == .interviewer { return [.save(.interviewerGrade(assessment, sessionID: grading.session.id))] }
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
    // The field wraps and scrolls to the rectangle the grading screen draws it in.
    let area = GradingScreen.Layout(grading, width: width, height: height).editorText
    let width = max(area.width, 1)
    let rows = max(area.height, 1)
    switch grading.editing {
    case .wentWell:
      grading.wentWell.apply(command, layoutWidth: width, viewHeight: rows)
      grading.assessment.wentWell = grading.wentWell.text
    case .toImprove:
      grading.toImprove.apply(command, layoutWidth: width, viewHeight: rows)
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
    case .moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .moveTop, .moveBottom:
      if let motion = ScrollMotion(action), let pane = pane(.history) { scroll(&history, pane, motion) }
    case .cycleLevel:
      history.levelFilter = history.levelFilter.next
      history.cursor = 0
    case .search: history.isSearching = true
    case .openRecord:
      guard visible.indices.contains(history.cursor) else { return [] }
      return [.load(.record(id: visible[history.cursor].id, history: history))]
    case .back:
      return stepBack()
    default: break
    }
    return []
  }

  /// The progress screen: it scrolls, and `q` goes home.
  mutating func perform(_ action: Action, stats: inout StatsState) -> [Effect] {
    switch action {
    case .moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .moveTop, .moveBottom:
      if let motion = ScrollMotion(action), let pane = pane(.stats) { scroll(&stats, pane, motion) }
    case .back:
      return stepBack()
    case .startSuggestion:
      return startSuggestion(stats.stats.suggestion)
    default: break
    }
    return []
  }

  mutating func perform(_ action: Action, record: inout RecordState) -> [Effect] {
    if record.comparison != nil { return perform(action, comparisonOver: &record) }
    switch action {
    case .moveDown, .moveUp, .halfPageDown, .halfPageUp, .pageDown, .pageUp, .moveTop, .moveBottom:
      let id: PaneID = record.showsReference ? (record.focus == .notes ? .recordNotes : .reference) : .record
      if let motion = ScrollMotion(action), let pane = pane(id) { scroll(&record, pane, motion) }
    case .focusNext, .focusPrevious:
      guard record.showsReference else { return [] }
      record.focus = record.focus == .notes ? .reference : .notes
    case .grade:
      guard record.session.isFinished else {
        status = "Finish the session before grading it (resume it from home)."
        return []
      }
      return openGrading(record.session, returnTo: record)
    case .openComparison:
      return [.load(.comparison(questionID: record.session.question.id))]
    case .showReference:
      guard record.session.assessment != nil else {
        status = "The reference sketch opens after you grade yourself (R)."
        return []
      }
      record.showsReference.toggle()
      record.notesScroll = ScrollState()
      record.referenceScroll = ScrollState()
      record.focus = .reference
    case .back:
      screen = .record(record)
      let effects = stepBack()
      // Back from the reference stays on this record: hand the closed view to the caller.
      if case .record(let back) = screen { record = back }
      return effects
    default: break
    }
    return []
  }
}
