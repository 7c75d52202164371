import ArgumentParser
import Foundation
import MockLoopKit
import MockLoopTUI

/// `mockloop interviewer [ID]`: join a running mock from another terminal as its interviewer.
struct InterviewerCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "interviewer", abstract: "Join a running mock from another terminal as its interviewer.",
    discussion: """
      Without an id, the mock running now. The candidate's MockLoop stays in charge of the session; \
      you see the clock, the question with its reference, pitfalls and answer notes, the follow-up queue, \
      and the candidate's notes and checklist as they change. f asks a follow-up, a writes one of your \
      own, p pauses both sides, g grades once the interview is over. From another machine: \
      ssh -t HOST mockloop interviewer.
      """)
  @Argument(help: "A session id (or a unique prefix of one), or 'last'.") var session: String?
  @OptionGroup var options: AppOptions

  func run() throws { try runInterviewer(reference: session, gradeOnly: false, options: options) }
}

/// `mockloop grade ID --as interviewer`: the interviewer's grade of a finished session.
struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade", abstract: "Grade a finished session as its interviewer.",
    discussion: """
      For a partner who watched the mock (in 'mockloop interviewer' or over a screen share). The grade \
      is the interviewer's own: neither side sees the other's grade until both are saved.
      """)
  @Argument(help: "A session id (or a unique prefix of one), or 'last'.") var session: String
  @Option(name: .customLong("as"), help: "Who grades: 'interviewer' (the candidate grades from the session record).")
  var role: String = "interviewer"
  @OptionGroup var options: AppOptions

  func run() throws {
    guard role == ParticipantRole.interviewer.rawValue else {
      throw CLIError("only --as interviewer is graded here; the candidate grades from the record (R in 'mockloop')")
    }
    try runInterviewer(reference: session, gradeOnly: true, options: options)
  }
}

private func runInterviewer(reference: String?, gradeOnly: Bool, options: AppOptions) throws {
  let environment = ProcessInfo.processInfo.environment
  let app = AppLaunch(
    mode: .home, themeID: options.theme, bellEnabled: !options.noBell, mouseEnabled: false,
    colorsAllowed: ColorMode.from(environment: environment) == .auto, environment: environment)
  let status: Int32
  do {
    status = try InterviewerApp.run(InterviewerApp.Launch(reference: reference, gradeOnly: gradeOnly, app: app))
  } catch let error as AppError {
    throw CLIError(error.description)
  }
  if status != 0 { throw ExitCode(status) }
}
