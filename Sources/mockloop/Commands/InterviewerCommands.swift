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

/// `mockloop grade ID [--as interviewer]`: grade a finished session, as its interviewer or (without
/// `--as`) the candidate's own regrade.
struct GradeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "grade", abstract: "Grade a finished session: your own regrade, or --as interviewer.",
    discussion: """
      --as interviewer is for a partner who watched the mock (in 'mockloop interviewer' or over a \
      screen share). The interviewer's grade is their own: neither side sees the other's grade until \
      both are saved.
      """)
  @Argument(help: "A session id (or a unique prefix of one), or 'last'.") var session: String
  @Option(name: .customLong("as"), help: "Who grades: 'interviewer', or 'candidate' (the default, your own regrade).")
  var role: String = ParticipantRole.candidate.rawValue
  @OptionGroup var options: AppOptions

  func run() throws {
    guard let grader = role == "self" ? .candidate : ParticipantRole(rawValue: role) else {
      throw CLIError("unknown role '\(role)' (use --as interviewer, or leave --as out for your own grade)")
    }
    try runInterviewer(reference: session, gradeOnly: true, grader: grader, options: options)
  }
}

private func runInterviewer(
  reference: String?, gradeOnly: Bool, grader: ParticipantRole = .interviewer, options: AppOptions
) throws {
  let environment = ProcessInfo.processInfo.environment
  let app = AppLaunch(
    mode: .home, themeID: options.theme, bellEnabled: !options.noBell, mouseEnabled: false,
    colorsAllowed: ColorMode.from(environment: environment) == .auto, environment: environment)
  let status: Int32
  do {
    status = try InterviewerApp.run(
      InterviewerApp.Launch(reference: reference, gradeOnly: gradeOnly, grader: grader, app: app))
  } catch let error as AppError {
    throw CLIError(error.description)
  }
  if status != 0 { throw ExitCode(status) }
}
