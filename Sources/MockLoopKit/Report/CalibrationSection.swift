/// The calibration section of the practice report: the plain sentence, then (self − interviewer)
/// per dimension and overall as a table.
enum CalibrationSection {
  static func blocks(_ calibration: Calibration) -> [ReportBlock] {
    guard let sentence = calibration.sentence else { return [] }
    let rows = (calibration.dimensions + (calibration.overall.map { [$0] } ?? [])).map { gap in
      [gap.title, "\(gap.count)", Calibration.signed(gap.meanDifference), Calibration.figure(gap.spread)]
    }
    return [
      .paragraph(sentence),
      .table(
        DataTable(
          caption: "Your own score minus your interviewer's, per dimension, over the sessions graded by both",
          columns: [
            .init("dimension"), .init("pairs", isNumeric: true), .init("mean difference", isNumeric: true),
            .init("spread", isNumeric: true),
          ], rows: rows)),
    ]
  }
}
