import Foundation
import MockLoopKit

/// A set of estimation drills: the scenario, its figures and the quantity asked, the estimate
/// being typed; after an answer, the verdict and the calculation; at the end, the score.
enum EstimationScreen {
  static func render(_ drills: EstimationState, state: AppState, on canvas: inout Canvas) {
    let (top, rest) = canvas.bounds.splitTop(1)
    let (footer, body) = rest.splitBottom(1)
    let left = drills.deadline.timeIntervalSince(state.now)
    let clock = drills.step == .finished ? "done" : "set \(DurationText.clock(max(left, 0).rounded(.up))) left"
    TitleBar.render(
      title: "Estimation drills",
      detail: "\(min(drills.index + 1, drills.drills.count))/\(drills.drills.count) · \(clock)", in: top, on: &canvas)
    let lines: [[Span]]
    let title: String
    switch drills.step {
    case .finished:
      title = "Set done · \(drills.run.score)"
      lines = finishedLines(drills, width: body.width - 4)
    case .answering, .revealed:
      guard let drill = drills.drill else { return }
      title = "Drill \(drills.index + 1) of \(drills.drills.count) · \(drill.topic.rawValue) · \(drill.minutes) min"
      let full = drillLines(drill, drills: drills, now: state.now, width: body.width - 4)
      // On a short terminal the verdict and the calculation matter more than the scenario.
      lines =
        full.count <= body.height - 2
        ? full : drillLines(drill, drills: drills, now: state.now, width: body.width - 4, withScenario: false)
    }
    let inner = canvas.drawBox(in: body, title: title, role: .accent)
    SessionScreen.draw(lines, in: inner, on: &canvas)
    if drills.step == .answering, let row = lines.firstIndex(where: { $0.first?.text == answerLabel }),
      row < inner.height
    {
      canvas.cursor = Point(
        row: inner.row + row, column: inner.column + 1 + answerLabel.displayWidth + drills.input.displayWidth)
    }
    Footer.render(context: .estimation, status: state.status, in: footer, on: &canvas)
  }

  static let answerLabel = "Your estimate: "

  static func drillLines(
    _ drill: EstimationDrill, drills: EstimationState, now: Date, width: Int, withScenario: Bool = true
  ) -> [[Span]] {
    var lines: [[Span]] = [[Span(drill.title, role: .title)], []]
    let wrapWidth = max(width, 1)
    if withScenario {
      lines += wrapped(drill.scenario.reflowed, width: wrapWidth).map { [Span($0)] }
      lines.append([])
    }
    lines.append([Span("Given", role: .accent)])
    for input in drill.inputs {
      lines.append([Span("  \(input.name) = ", role: .muted), Span(input.expression)])
    }
    lines.append([])
    lines.append([Span("Asked: ", role: .accent), Span(drill.asked), Span(" (in \(drill.unit))", role: .muted)])
    lines.append([])
    switch drills.step {
    case .answering:
      let spent = now.timeIntervalSince(drills.drillStartedAt)
      let budget = Double(drill.minutes * 60)
      let role: StyleRole = spent > budget ? .timerOverrun : spent > budget - 30 ? .timerWarning : .timerNormal
      let timing =
        spent > budget
        ? "+\(DurationText.clock(spent - budget)) over \(drill.minutes):00"
        : "\(DurationText.clock((budget - spent).rounded(.up))) of \(drill.minutes):00 left"
      lines.append([Span(answerLabel, role: .key), Span(drills.input), Span("   " + timing, role: role)])
      if let problem = drills.problem {
        lines += wrapped(problem, width: wrapWidth).map { [Span($0, role: .error)] }
      } else {
        lines.append([
          Span("A number is taken in \(drill.unit); or type a quantity or an expression (100M * 500 B).", role: .muted)
        ])
      }
    case .revealed(let answer):
      lines += revealLines(answer, drill: drill, width: wrapWidth)
    case .finished:
      break
    }
    return lines
  }

  static func revealLines(_ answer: EstimateAnswer, drill: EstimationDrill, width: Int) -> [[Span]] {
    var lines: [[Span]] = []
    let role: StyleRole =
      switch answer.grade {
      case .right: .success
      case .close: .warning
      case .off, .skipped: .error
      }
    if let given = answer.answerText {
      lines.append([
        Span("Your estimate: ", role: .muted), Span(given), Span("  (typed \(answer.answer))", role: .muted),
      ])
    } else {
      lines.append([Span("Not answered.", role: .muted)])
    }
    lines.append([Span("Expected:      ", role: .muted), Span(answer.expected, role: .title)])
    var verdict = [Span(answer.grade.label, role: role)]
    if let distance = answer.distance { verdict.append(Span(" · " + distance, role: .muted)) }
    lines.append(verdict)
    lines.append([])
    lines.append([Span("How: ", role: .accent), Span(drill.expected), Span(" = " + answer.expected, role: .muted)])
    lines += wrapped(drill.explanation.reflowed, width: width).map { [Span($0)] }
    lines.append([])
    lines.append([Span("Enter", role: .key), Span(" next drill", role: .muted)])
    return lines
  }

  static func finishedLines(_ drills: EstimationState, width: Int) -> [[Span]] {
    var lines: [[Span]] = [[Span("Score: ", role: .accent), Span(drills.run.score, role: .title)], []]
    for answer in drills.run.answers {
      let role: StyleRole =
        switch answer.grade {
        case .right: .success
        case .close: .warning
        case .off, .skipped: .error
        }
      lines.append([
        Span("  \(answer.position + 1). ", role: .muted), Span(answer.drillTitle.fitted(toWidth: 40, ellipsis: true)),
        Span("  " + (answer.answerText ?? "-") + " vs " + answer.expected, role: .muted),
        Span("  " + answer.grade.rawValue, role: role),
      ])
    }
    lines.append([])
    if let overall = drills.overall {
      lines.append([Span("All sets: ", role: .accent), Span(overall.summary)])
      let topics = overall.topics.map { "\($0.topic.rawValue) \($0.right)/\($0.asked)" }.joined(separator: " · ")
      if !topics.isEmpty { lines.append([Span("Within 2x by topic: ", role: .muted), Span(topics)]) }
    }
    lines.append([])
    lines.append([
      Span("Enter", role: .key), Span(" another set   ", role: .muted), Span("q", role: .key),
      Span(" home", role: .muted),
    ])
    return lines
  }
}
