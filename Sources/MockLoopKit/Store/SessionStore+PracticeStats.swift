import Foundation

extension SessionStore {
  /// The practice statistics as `mockloop stats` and the stats screen show them: from every
  /// session's digest, judged with the rubric most of them were graded with, with the drill sets
  /// and the calibration. Sessions that cannot be read are left out and returned in `skipped`;
  /// `digests` are the ones the figures came from (a caller about to exit may keep them to the
  /// end rather than pay for freeing thousands of them).
  public func practiceStats(
    content: ContentLibrary, now: Date
  ) throws -> (stats: PracticeStats, rubric: Rubric?, skipped: [StoreError], digests: [SessionDigest]) {
    let read = try digests()
    let rubric = content.rubric(for: read.values)
    var stats = PracticeStats(digests: read.values, content: content, rubric: rubric, now: now)
    stats.estimates = EstimateStats(runs: try estimateRuns())
    stats.calibration = try calibration(rubric: rubric)
    return (stats, rubric, read.skipped, read.values)
  }
}
