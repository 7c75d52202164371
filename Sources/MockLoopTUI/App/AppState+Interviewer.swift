import Foundation
import MockLoopKit

extension AppState {
  /// The candidate's side of interviewer mode: the owner applies what the interviewer asked.
  /// A follow-up asked by hand becomes a `followUpRevealed` event of the session's own log (once
  /// per text, so a second read or a replay does not double it); a new pause request pauses or
  /// resumes the mock. The interviewer's rows themselves are never written here.
  mutating func applyInterviewer(_ side: InterviewerSide, isPresent: Bool) -> [Effect] {
    guard case .session(var live) = screen, live.movedAway == nil else { return [] }
    let id = live.session.id
    live.interviewer = isPresent ? .joined : side.participant == nil ? nil : .left
    var effects: [Effect] = []
    let timeline = live.session.timeline(at: now)
    if timeline.state != .finished && timeline.state != .notStarted {
      for asked in side.followUps {
        effects += reveal(FollowUp(text: asked.text), onDemand: false, live: &live)
      }
    }
    if let request = side.pauseRequest, request.id != live.seenPauseRequest {
      live.seenPauseRequest = request.id
      if live.hasReadInterviewer {
        let event = request.paused ? live.session.pause(at: now) : live.session.resume(at: now)
        if let event {
          live.banner = nil
          status = request.paused ? "The interviewer paused the mock." : "The interviewer resumed the mock."
          effects.append(.save(.event(event, sessionID: id)))
        }
      }
    }
    live.hasReadInterviewer = true
    screen = .session(live)
    return effects
  }
}
