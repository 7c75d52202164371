import MockLoopKit

/// The calibration part of `mockloop stats`: the sentence, then each dimension's mean and
/// spread of (self − interviewer).
enum CalibrationText {
  static func render(_ calibration: Calibration) -> String {
    guard let sentence = calibration.sentence else { return "" }
    var lines = ["", "Calibration (your grade minus your interviewer's)", "  " + sentence]
    let gaps = calibration.dimensions + (calibration.overall.map { [$0] } ?? [])
    let width = gaps.map(\.title.count).max() ?? 0
    for gap in gaps {
      let title = gap.title.terminalSafe.padding(toLength: width, withPad: " ", startingAt: 0)
      lines.append(
        "  \(title)  \(Calibration.signed(gap.meanDifference).leftPadded(5)) ± \(Calibration.figure(gap.spread))"
          + "  (\(gap.count) pair\(gap.count == 1 ? "" : "s"))")
    }
    return lines.joined(separator: "\n")
  }
}

extension String {
  fileprivate func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
