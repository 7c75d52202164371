/// Where each part of the session screen goes at a given terminal size. Shared by the screen
/// (to draw) and by `update` (the notes editor wraps and scrolls to the same rectangle).
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

  public init(width: Int, height: Int, checklistLines: Int) {
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
    let leftWidth = max(24, body.width * 9 / 20)
    let (left, right) = body.splitLeft(leftWidth)
    let followUpHeight = max(5, left.height * 2 / 5)
    let (followUpBox, questionBox) = left.splitBottom(followUpHeight)
    question = questionBox
    followUps = followUpBox
    let checklistHeight = min(checklistLines + 2, max(5, right.height / 2))
    let (checklistBox, notesBox) = right.splitTop(checklistHeight)
    checklist = checklistBox
    notes = notesBox
  }

  /// The width available to checklist text at a terminal width (inside the box, after the
  /// tick box).
  public static func checklistTextWidth(width: Int, height: Int) -> Int {
    max(SessionLayout(width: width, height: height, checklistLines: 0).checklist.width - 7, 1)
  }

  /// The notes editor's text area (inside its box).
  public var notesText: Rect { notes.inset(by: 1).inset(left: 1) }
}
