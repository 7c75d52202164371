import Foundation
import MockLoopKit

/// The full-screen app's entry point: sets up the content, the store and the terminal, then
/// runs the loop until the user quits or a signal arrives. Returns the process exit status.
public enum MockLoopApp {
  public static func run(_ launch: AppLaunch) throws -> Int32 {
    let content = ContentLibrary.load(
      from: ContentLocations.standard(environment: launch.environment),
      cache: ContentCache.standard(environment: launch.environment))
    let theme = try chooseTheme(launch, content: content)
    let clock = SystemClock()

    // Everything that can fail with a plain message fails before the screen is taken over.
    var store: SessionStore?
    var pending: PendingStart = .none
    switch launch.mode {
    case .home:
      break
    case .start(let formatID, let questionID, let level):
      guard let format = content.format(id: formatID) else {
        throw AppError("no format '\(formatID)' (see 'mockloop decks list')")
      }
      let entry = try pickQuestion(questionID, format: format, content: content)
      store = try openStore(launch)
      pending = .start(format, entry, level ?? format.level ?? entry.question.levels.first)
    case .resume:
      let opened = try openStore(launch)
      guard let session = try opened.unfinishedSession() else {
        throw AppError("there is no unfinished session to resume (start one with 'mockloop' or 'mockloop start')")
      }
      store = opened
      pending = .resume(session)
    }

    let terminal = try NcursesTerminal(theme: theme, colorMode: launch.colorsAllowed ? .auto : .none)
    defer { terminal.shutdown() }
    let size = terminal.size
    var state = AppState(
      screen: .home(HomeState()), width: size.width, height: size.height, content: content,
      bellEnabled: launch.bellEnabled, now: clock.now)
    let runtime = AppRuntime(terminal: terminal, clock: clock, environment: launch.environment)

    switch pending {
    case .none:
      runtime.draw(state)  // the first frame comes before the database is touched
      do {
        store = try openStore(launch)
      } catch {
        terminal.shutdown()
        throw error
      }
      runtime.attach(store!)
      runtime.loadHome(into: &state)
    case .start(let format, let entry, let level):
      runtime.attach(store!)
      runtime.execute(state.startSession(format: format, question: entry, level: level), state: &state)
    case .resume(let session):
      runtime.attach(store!)
      runtime.execute(
        state.resume(session, question: content.question(id: session.question.id)?.question), state: &state)
    }
    return runtime.loop(&state)
  }

  private enum PendingStart {
    case none
    case start(InterviewFormat, (question: Question, deck: Deck), Level?)
    case resume(Session)
  }

  private static func openStore(_ launch: AppLaunch) throws -> SessionStore {
    do {
      return try SessionStore.open(folder: DataLocation.folder(environment: launch.environment))
    } catch let error as StoreError {
      throw AppError(error.description)
    }
  }

  private static func chooseTheme(_ launch: AppLaunch, content: ContentLibrary) throws -> Theme {
    if !launch.colorsAllowed { return content.theme(id: "mono") ?? Theme.fallback }
    if let id = launch.themeID {
      guard let theme = content.theme(id: id) else {
        let known = content.themes.map(\.id).joined(separator: ", ")
        throw AppError("no theme '\(id)' (known: \(known))")
      }
      return theme
    }
    return content.theme(id: "default") ?? Theme.fallback
  }

  private static func pickQuestion(_ id: String?, format: InterviewFormat, content: ContentLibrary) throws -> (
    question: Question, deck: Deck
  ) {
    if let id {
      guard let entry = content.question(id: id) else {
        throw AppError("no question '\(id)' (see 'mockloop decks list')")
      }
      return entry
    }
    let fitting = content.allQuestions.filter { $0.question.fits(format) }
    guard let entry = fitting.randomElement() else { throw AppError("no question fits format '\(format.id)'") }
    return entry
  }
}
