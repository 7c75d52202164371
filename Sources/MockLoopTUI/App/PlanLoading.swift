import Foundation
import MockLoopKit

/// Reads what the practice plan needs and makes it, for the runtime's `.plan` load.
enum PlanLoading {
  /// The plan as of `now` from every stored session and the plan settings, in the days of the
  /// machine's time zone.
  static func plan(store: SessionStore, content: ContentLibrary, now: Date) throws -> PracticePlan {
    PracticePlan(
      digests: try store.digests().values, content: content, settings: try store.planSettings(), now: now,
      calendar: Calendar(identifier: .gregorian))
  }
}
