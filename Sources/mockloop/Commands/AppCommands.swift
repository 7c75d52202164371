import ArgumentParser
import Foundation
import MockLoopKit
import MockLoopTUI

/// Options shared by the commands that open the full-screen app.
struct AppOptions: ParsableArguments {
  @Option(help: "Colour theme id (see 'mockloop themes list'). NO_COLOR turns colour off whatever the theme.")
  var theme: String?

  @Flag(name: .customLong("no-bell"), help: "Start with the phase-end bell and flash turned off.")
  var noBell = false

  @Flag(
    name: .customLong("no-mouse"),
    help: "Leave the mouse to the terminal (its own text selection) instead of scrolling and clicking in the app.")
  var noMouse = false
}

/// `mockloop` with no command: the home screen.
struct AppCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "app", abstract: "Open the full-screen app (the default).", shouldDisplay: false)
  @OptionGroup var options: AppOptions

  func run() throws { try launchApp(.home, options: options) }
}

/// `mockloop start`: straight into a running mock.
struct StartCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "start", abstract: "Start a mock interview now.",
    discussion: "Without --question a question that suits the format is picked for you.")
  @Option(help: "Interview format id, e.g. amazon-l6 or amazon-l7.") var format: String = "amazon-l6"
  @Option(help: "Question id, e.g. url-shortener.") var question: String?
  @Option(help: "Level to grade against when the format fits any level (L6 or L7).") var level: String?
  @Flag(help: "Give up any unfinished session first (it stays in history, marked abandoned).")
  var abandonUnfinished = false
  @OptionGroup var options: AppOptions

  func run() throws {
    var parsedLevel: Level?
    if let level {
      guard let known = Level(rawValue: level.uppercased()) else {
        throw CLIError("unknown level '\(level)' (use L6 or L7)")
      }
      parsedLevel = known
    }
    try launchApp(
      .start(formatID: format, questionID: question, level: parsedLevel, abandonUnfinished: abandonUnfinished),
      options: options)
  }
}

/// `mockloop resume [ID]`: an unfinished session, exactly as it was saved.
struct ResumeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "resume", abstract: "Resume an unfinished session; time away counts as paused.",
    discussion: """
      Without an id, the unfinished session (asks which when there are several). A session open in \
      another MockLoop is refused, naming that process; --take-over asks it to save and hand over \
      (it notices within two seconds), or takes the session anyway if it does not answer.
      """)
  @Argument(help: "A session id (or a unique prefix of one), or 'last'.") var session: String?
  @Flag(help: "Take the session over from the MockLoop that has it open.") var takeOver = false
  @OptionGroup var options: AppOptions

  func run() throws { try launchApp(.resume(reference: session, takeOver: takeOver), options: options) }
}

/// Opens the full-screen app in `mode`.
func launchApp(_ mode: AppLaunch.Mode, options: AppOptions) throws {
  try launchApp(mode, themeID: options.theme, bellEnabled: !options.noBell, mouseEnabled: !options.noMouse)
}

/// Opens the full-screen app in `mode` with the given settings (the defaults are what a bare
/// `mockloop` means: its start-up does not go through the argument parser).
func launchApp(_ mode: AppLaunch.Mode, themeID: String? = nil, bellEnabled: Bool = true, mouseEnabled: Bool = true)
  throws
{
  let environment = ProcessInfo.processInfo.environment
  let launch = AppLaunch(
    mode: mode, themeID: themeID, bellEnabled: bellEnabled, mouseEnabled: mouseEnabled,
    colorsAllowed: ColorMode.from(environment: environment) == .auto, environment: environment)
  let status: Int32
  do {
    status = try MockLoopApp.run(launch)
  } catch let error as AppError {
    throw CLIError(error.description)
  }
  if status != 0 { throw ExitCode(status) }
}
