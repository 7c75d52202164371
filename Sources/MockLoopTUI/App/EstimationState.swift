import Foundation
import MockLoopKit

/// A timed set of estimation drills on screen: the set as stored so far, the drills in order,
/// the one being answered, what is typed, and the overall figures once the set is done.
public struct EstimationState: Sendable, Equatable {
  public enum Step: Sendable, Equatable {
    case answering
    /// The answer to the current drill and, beside it, how the expected value is reached.
    case revealed(EstimateAnswer)
    case finished
  }

  public var run: EstimateRun
  public var drills: [EstimationDrill]
  public var index = 0
  public var input = ""
  public var step: Step = .answering
  /// Why the typed answer was refused (another unit, a typo), shown under it.
  public var problem: String?
  public var drillStartedAt: Date
  /// Every set's figures, read once this set is done.
  public var overall: EstimateStats?

  public init(run: EstimateRun, drills: [EstimationDrill]) {
    self.run = run
    self.drills = drills
    self.drillStartedAt = run.startedAt
  }

  public var deadline: Date { run.startedAt + TimeInterval(run.plannedSeconds) }

  public var drill: EstimationDrill? { drills.indices.contains(index) ? drills[index] : nil }
}
