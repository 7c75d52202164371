import MockLoopKit

/// The row under the progress bar: the phase, its countdown, and the interview's elapsed and
/// total time left. When it is short, the paused and away figures give way first, then the
/// phase title shortens, then the elapsed time goes; the phase countdown and the total time
/// left are never cut.
enum TimerRow {
  /// The countdown as shown: "06:35 left", "00:00 left", "+00:01 over", "PAUSED 06:35".
  static func countdown(_ timeline: SessionTimeline) -> (text: String, role: StyleRole) {
    let shown = timeline.phaseCountdown
    let clock = DurationText.countdown(shown)
    if timeline.isPaused { return (shown < 0 ? "PAUSED +\(clock)" : "PAUSED \(clock)", .timerPaused) }
    switch timeline.urgency {
    case .normal: return ("\(clock) left", .timerNormal)
    case .warning: return ("\(clock) left", .timerWarning)
    case .overrun: return ("+\(clock) over", .timerOverrun)
    }
  }

  /// The whole interview's time left: "56:35", or "+1:05 over" past the planned total.
  static func totalLeft(_ timeline: SessionTimeline) -> String {
    let left = timeline.totalCountdown
    return left < 0 ? "+" + DurationText.clock(-left) + " over" : DurationText.clock(left)
  }

  static func row(_ timeline: SessionTimeline, phase: Phase, phaseCount: Int) -> PriorityRow {
    let countdown = countdown(timeline)
    var parts = [
      PriorityRow.Part([Span(" Phase \(timeline.phaseIndex + 1)/\(phaseCount) ", role: .accent)]),
      PriorityRow.Part([Span(phase.title + " ", role: .title)], dropOrder: 5, shrinkOrder: 3, minimumWidth: 12),
      PriorityRow.Part([Span(" \(countdown.text) ", role: countdown.role)]),
      PriorityRow.Part(
        [Span(" elapsed \(DurationText.clock(timeline.elapsedWholeSeconds)) ·", role: .muted)], dropOrder: 4),
      PriorityRow.Part([Span(" total left \(totalLeft(timeline))", role: .muted)]),
    ]
    if timeline.pausedSeconds >= 1 {
      parts.append(
        PriorityRow.Part([Span(" · paused \(DurationText.clock(timeline.pausedSeconds))", role: .muted)], dropOrder: 2))
      if timeline.awaySeconds >= 1 {
        parts.append(
          PriorityRow.Part([Span(" (away \(DurationText.clock(timeline.awaySeconds)))", role: .muted)], dropOrder: 1))
      }
    }
    return PriorityRow(parts)
  }
}
