import Foundation
import MockLoopKit

/// Estimation drill sets: `e` on home (or `mockloop drill`) picks 5 drills that fit in 15
/// minutes, each answer is judged and the calculation revealed, and every answer is stored as
/// it is given. When the set's time runs out the drills left count as not answered.
extension AppState {
  /// Starts a set from the practice counts the store gave.
  mutating func beginDrills(practised: [String: Int]) -> [Effect] {
    let drills = DrillSet.pick(from: content.allEstimates, practised: practised, random: &random)
    guard !drills.isEmpty else {
      status = "No estimation drills are loaded: run 'mockloop decks lint' to see why."
      return []
    }
    let run = EstimateRun(
      id: random.identifier(), startedAt: now, plannedSeconds: DrillSet.minutes * 60, drillIDs: drills.map(\.id))
    screen = .estimation(EstimationState(run: run, drills: drills))
    return [.save(.estimateRun(run))]
  }

  mutating func estimationKey(_ key: Key, drills: inout EstimationState) -> [Effect] {
    switch drills.step {
    case .finished:
      switch key {
      case .enter: return [.load(.drillPractice)]
      case .escape, .character("q"):
        screen = .home(HomeState())
        return [.load(.home)]
      case .character("?"):
        showsHelp = true
      default: break
      }
      return []
    case .revealed:
      switch key {
      case .enter, .character(" "): return nextDrill(&drills)
      case .escape: return endDrills(&drills)
      case .character("?"):
        showsHelp = true
      default: break
      }
      return []
    case .answering:
      switch key {
      case .enter: return submit(&drills)
      case .tab: return record(nil, in: &drills)
      case .escape: return endDrills(&drills)
      case .backspace:
        if !drills.input.isEmpty { drills.input.removeLast() }
        drills.problem = nil
      case .control("u"):
        drills.input = ""
        drills.problem = nil
      case .character(let character):
        drills.input.append(character)
        drills.problem = nil
      default: break
      }
      return []
    }
  }

  /// The set's clock: at its end the drills left count as not answered and the set is done.
  mutating func tickEstimation() -> [Effect] {
    guard case .estimation(var drills) = screen, drills.step != .finished, now >= drills.deadline else { return [] }
    let effects = endDrills(&drills, reason: "Time is up: the drills left count as not answered.")
    if case .estimation = screen { screen = .estimation(drills) }
    return effects
  }

  /// When the drill screen must wake next: each second while the set runs.
  var estimationWake: Date? {
    guard case .estimation(let drills) = screen, drills.step != .finished else { return nil }
    let elapsed = now.timeIntervalSince(drills.run.startedAt)
    return min(now + (1 - (elapsed - elapsed.rounded(.down))) + 0.002, drills.deadline)
  }

  private mutating func submit(_ drills: inout EstimationState) -> [Effect] {
    guard let drill = drills.drill else { return [] }
    let typed = drills.input.trimmingCharacters(in: .whitespaces)
    guard !typed.isEmpty else {
      drills.problem = "Type an estimate: a number in \(drill.unit), a quantity or an expression (Tab skips)."
      return []
    }
    do {
      return record(try drill.judge(typed), in: &drills)
    } catch let error as CalculatorError {
      drills.problem = error.description
    } catch {
      drills.problem = "\(error)"
    }
    return []
  }

  /// Stores the answer to the current drill (nil: not answered) and reveals the calculation.
  private mutating func record(_ judgement: EstimateJudgement?, in drills: inout EstimationState) -> [Effect] {
    guard let drill = drills.drill else { return [] }
    let answer = EstimateAnswer(
      position: drills.index, drillID: drill.id, drillTitle: drill.title, topic: drill.topic,
      answer: judgement == nil ? "" : drills.input.trimmingCharacters(in: .whitespaces),
      answerText: judgement?.answerText, expected: (try? drill.expectedResult().text) ?? "?",
      grade: judgement?.grade ?? .skipped, ratio: judgement?.ratio,
      seconds: max(now.timeIntervalSince(drills.drillStartedAt), 0), answeredAt: now)
    drills.run.answers.append(answer)
    drills.step = .revealed(answer)
    drills.problem = nil
    return [.save(.estimateAnswer(answer, runID: drills.run.id))]
  }

  private mutating func nextDrill(_ drills: inout EstimationState) -> [Effect] {
    guard drills.index + 1 < drills.drills.count else { return finishDrills(&drills) }
    drills.index += 1
    drills.input = ""
    drills.step = .answering
    drills.drillStartedAt = now
    return []
  }

  /// Ends the set now: every drill not answered yet is stored as not answered.
  private mutating func endDrills(_ drills: inout EstimationState, reason: String? = nil) -> [Effect] {
    var effects: [Effect] = []
    let answered = Set(drills.run.answers.map(\.position))
    for position in drills.drills.indices where !answered.contains(position) {
      drills.index = position
      effects += record(nil, in: &drills)
    }
    status = reason
    return effects + finishDrills(&drills)
  }

  private mutating func finishDrills(_ drills: inout EstimationState) -> [Effect] {
    drills.run.finishedAt = now
    drills.step = .finished
    drills.input = ""
    return [.save(.estimateFinish(runID: drills.run.id, at: now)), .load(.estimateStats)]
  }
}
