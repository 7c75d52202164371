import MockLoopKit

/// Which rubric a report over many sessions judges with: the one the newest graded session was
/// graded with when the content has it, else the content's first rubric.
enum RubricChoice {
  static func rubric(for sessions: [Session], in content: ContentLibrary) -> Rubric? {
    let newestGraded = sessions.filter { $0.assessment != nil }.max { lhs, rhs in
      lhs.createdAt != rhs.createdAt ? lhs.createdAt < rhs.createdAt : lhs.id < rhs.id
    }
    return newestGraded.flatMap { content.rubric(id: $0.assessment!.rubricID) } ?? content.rubrics.first
  }
}
