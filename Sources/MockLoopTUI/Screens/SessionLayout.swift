import Foundation
import MockLoopKit

/// Where each part of the session screen goes at a given terminal size. Shared by the screen
/// (to draw), by `update` (the notes editor wraps and scrolls to the same rectangle) and by the
/// mouse (`pane(at:)`).
public struct SessionLayout: Sendable, Equatable {
  public var title: Rect
  public var phaseBar: Rect
  public var progress: Rect
  public var timer: Rect
  public var question: Rect
  public var followUps: Rect
  public var checklist: Rect
  public var notes: Rect
  public var footer: Rect
  /// The question's and the follow-ups' place together, where the big clock goes.
  public var clock: Rect
  /// Whether the big clock is drawn in place of the question and the follow-ups.
  public var showsBigClock: Bool

  /// The layout with a checklist whose content takes `checklistLines` rows.
  public init(width: Int, height: Int, checklistLines: Int, showsBigClock: Bool = false) {
    let screen = Rect(width: width, height: height)
    var (top, rest) = screen.splitTop(1)
    title = top
    (top, rest) = rest.splitTop(1)
    phaseBar = top
    (top, rest) = rest.splitTop(1)
    progress = top
    (top, rest) = rest.splitTop(1)
    timer = top
    let (bottom, body) = rest.splitBottom(1)
    footer = bottom
    let (left, right) = body.splitLeft(Self.leftWidth(bodyWidth: body.width))
    clock = left
    self.showsBigClock = showsBigClock
    let followUpHeight = max(5, left.height * 2 / 5)
    let (followUpBox, questionBox) = left.splitBottom(followUpHeight)
    question = questionBox
    followUps = followUpBox
    // The checklist is as tall as the phase needs, leaving the notes a third of the column
    // (at least four rows to type in): at 80x24 a five-item phase shows four items or more.
    let notesMinimum = max(6, right.height / 3)
    let checklistHeight = min(checklistLines + 2, max(5, right.height - notesMinimum))
    let (checklistBox, notesBox) = right.splitTop(checklistHeight)
    checklist = checklistBox
    notes = notesBox
  }

  /// The layout of a live mock: the checklist box is measured for the current phase.
  public init(_ live: SessionScreenState, now: Date, width: Int, height: Int) {
    let probe = SessionLayout(width: width, height: height, checklistLines: 0)
    let phases = live.session.format.phases
    let index = live.session.timeline(at: now).phaseIndex
    let lines =
      phases.indices.contains(index)
      ? ChecklistView.lineCount(phases[index], innerWidth: probe.checklist.inset(by: 1).width) : 0
    self.init(width: width, height: height, checklistLines: lines, showsBigClock: live.showsBigClock)
  }

  static func leftWidth(bodyWidth: Int) -> Int { max(24, bodyWidth * 9 / 20) }

  /// The notes editor's text area (inside its box).
  public var notesText: Rect { Self.notesText(inBox: notes) }

  /// The text area of a notes box drawn in `box`.
  static func notesText(inBox box: Rect) -> Rect { box.inset(by: 1).inset(left: 1) }

  /// The box of a pane.
  public func frame(of pane: SessionScreenState.Focus) -> Rect {
    switch pane {
    case .checklist: checklist
    case .notes: notes
    case .question: question
    case .followUps: followUps
    }
  }

  /// The pane whose box holds a point, if any (the big clock's place holds none).
  public func pane(at point: Point) -> SessionScreenState.Focus? {
    SessionScreenState.Focus.allCases.first { pane in
      if showsBigClock && (pane == .question || pane == .followUps) { return false }
      return frame(of: pane).contains(point)
    }
  }
}
