import Foundation
import MockLoopKit

/// The full-screen app's entry point: sets up the content, the store and the terminal, then
/// runs the loop until the user quits or a signal arrives. Returns the process exit status.
public enum MockLoopApp {
  public static func run(_ launch: AppLaunch) throws -> Int32 {
    // Home's first frame is drawn from the content index when it is up to date; the library
    // itself (the content cache, or the YAML files) is loaded after that frame.
    var loading = ContentLoading(environment: launch.environment, indexFirst: launch.mode == .home)
    let content = loading.firstContent()
    if launch.mode != .home { loading.finish() }
    let theme = try chooseTheme(launch, content: content)
    let clock = SystemClock()

    // Everything that can fail with a plain message fails before the screen is taken over:
    // a refused claim names the process that runs the session.
    var store: SessionStore?
    var pending: PendingLaunch = .home
    switch launch.mode {
    case .home, .drill:
      break
    case .start(let formatID, let questionID, let level, let abandonUnfinished):
      guard let format = content.format(id: formatID) else {
        throw AppError("no format '\(formatID)' (see 'mockloop decks list')")
      }
      if let level, let fixed = format.level, fixed != level {
        throw AppError(
          "format '\(format.id)' is always graded at \(fixed.rawValue); drop --level, or pick a format of any level "
            + "(\(content.formats.filter { $0.level == nil }.map(\.id).joined(separator: ", ")))")
      }
      var random = SplitMix64(seed: UInt64(bitPattern: Int64(clock.now.timeIntervalSince1970 * 1e6)))
      let entry = try pickQuestion(questionID, format: format, content: content, random: &random)
      if let level, !entry.question.levels.contains(level) {
        throw AppError(
          "question '\(entry.question.id)' is written for \(entry.question.levels.map(\.rawValue).joined(separator: ", ")), "
            + "not \(level.rawValue)")
      }
      let opened = try openStore(launch)
      try settleUnfinished(in: opened, abandon: abandonUnfinished, now: clock.now)
      store = opened
      pending = .start(format, entry, level ?? format.level ?? entry.question.levels.first)
    case .resume(let reference, let takeOver):
      let opened = try openStore(launch)
      let id = try chooseSessionToResume(reference, in: opened)
      let claim: SessionStore.Claim
      do {
        claim = try opened.claim(id, takeOver: takeOver)
      } catch let error as OwnershipError {
        throw AppError(error.description)
      }
      guard let session = try opened.session(id: id) else { throw AppError("no session '\(id)'") }
      store = opened
      pending = .resume(session, claim)
    }

    let terminal = try NcursesTerminal(
      theme: theme, colorMode: launch.colorsAllowed ? .auto : .none, reportsMouse: launch.mouseEnabled)
    let size = terminal.size
    var state = AppState(
      screen: .home(HomeState()), width: size.width, height: size.height, content: content,
      bellEnabled: launch.bellEnabled, now: clock.now,
      random: SplitMix64(seed: UInt64(bitPattern: Int64(clock.now.timeIntervalSince1970 * 1e6)) ^ UInt64(getpid())))
    let runtime = AppRuntime(terminal: terminal, clock: clock, environment: launch.environment)

    var notice: String?
    switch pending {
    case .home where launch.mode == .drill:
      do {
        let opened = try openStore(launch)
        store = opened
        notice = runtime.attach(opened)
      } catch {
        terminal.shutdown()
        throw error
      }
      runtime.execute([.load(.drillPractice)], state: &state)
    case .home:
      runtime.draw(state)  // the first frame comes before the database is touched
      if let library = loading.fullContent() { runtime.send(.content(library), to: &state) }
      loading.finish()
      do {
        let opened = try openStore(launch)
        store = opened
        notice = runtime.attach(opened)
      } catch {
        terminal.shutdown()
        throw error
      }
      runtime.execute([.load(.home)], state: &state)
    case .start(let format, let entry, let level):
      if let store { notice = runtime.attach(store) }
      runtime.execute(state.startSession(format: format, question: entry, level: level, force: true), state: &state)
    case .resume(let session, let claim):
      if let store { notice = runtime.attach(store) }
      runtime.send(.loaded(.resume(session, claim: claim)), to: &state)
    }
    if let notice, state.status == nil { state.status = notice }
    FreeMemory.releaseToSystem()
    let status = runtime.loop(&state)
    terminal.shutdown()
    for note in runtime.exitNotes { FileHandle.standardError.write(Data((note + "\n").utf8)) }
    return status
  }

  private enum PendingLaunch {
    case home
    case start(InterviewFormat, (question: Question, deck: Deck), Level?)
    case resume(Session, SessionStore.Claim)
  }

  /// At most one unfinished session: `start` refuses while one exists, unless told to abandon it.
  private static func settleUnfinished(in store: SessionStore, abandon: Bool, now: Date) throws {
    let unfinished = try store.unfinishedSessions()
    guard let newest = unfinished.first else { return }
    guard abandon else {
      let more = unfinished.count > 1 ? " (and \(unfinished.count - 1) more)" : ""
      throw AppError(
        """
        session \(newest.id.prefix(8)) (\(newest.question.title.terminalSafe)) is unfinished\(more). Either:
          mockloop resume \(newest.id.prefix(8))               carry on with it
          mockloop start --abandon-unfinished ...     give it up (it stays in history, marked abandoned)
          mockloop                                    and choose on the home screen
        """)
    }
    for session in unfinished {
      do {
        try store.claim(session.id)
        try store.abandon(sessionID: session.id, at: now)
      } catch let error as OwnershipError {
        throw AppError(error.description)
      }
    }
  }

  /// The session `resume` means: the one named, else the only unfinished one; with several,
  /// the user picks from a numbered list (or, without a terminal on stdin, is shown the ids).
  private static func chooseSessionToResume(_ reference: String?, in store: SessionStore) throws -> String {
    if let reference {
      guard let id = try store.resolveSessionID(reference) else {
        throw AppError("no session '\(reference)' (see 'mockloop history')")
      }
      if let session = try store.session(id: id), session.isFinished {
        throw AppError("session \(id.prefix(8)) is finished; 'mockloop show \(id.prefix(8))' shows it")
      }
      if try store.abandonedAt(sessionID: id) != nil {
        throw AppError("session \(id.prefix(8)) was abandoned and cannot be resumed")
      }
      return id
    }
    let unfinished = try store.unfinishedSessions()
    switch unfinished.count {
    case 0:
      throw AppError("there is no unfinished session to resume (start one with 'mockloop' or 'mockloop start')")
    case 1:
      return unfinished[0].id
    default:
      let lines = unfinished.enumerated().map { index, session in
        "  \(index + 1)) " + session.id.prefix(8) + "  \(session.question.title.terminalSafe)  "
          + "(\(session.format.id), started \(DurationText.day(session.createdAt)))"
      }
      guard isatty(0) == 1 else {
        throw AppError(
          "\(unfinished.count) sessions are unfinished; name one: mockloop resume ID\n" + lines.joined(separator: "\n"))
      }
      FileHandle.standardError.write(
        Data(("\(unfinished.count) sessions are unfinished:\n" + lines.joined(separator: "\n") + "\nWhich one? ").utf8))
      guard let answer = readLine(), let number = Int(answer.trimmingCharacters(in: .whitespaces)),
        unfinished.indices.contains(number - 1)
      else { throw AppError("nothing resumed") }
      return unfinished[number - 1].id
    }
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

  private static func pickQuestion(
    _ id: String?, format: InterviewFormat, content: ContentLibrary, random: inout SplitMix64
  ) throws -> (question: Question, deck: Deck) {
    if let id {
      guard let entry = content.question(id: id) else {
        throw AppError("no question '\(id)' (see 'mockloop decks list')")
      }
      guard entry.question.fits(format) else {
        let fitting = content.formats.filter(entry.question.fits).map(\.id)
        throw AppError(
          "question '\(id)' does not fit format '\(format.id)'"
            + (fitting.isEmpty ? "" : "; it runs in: " + fitting.joined(separator: ", ")))
      }
      return entry
    }
    let fitting = content.allQuestions.filter { $0.question.fits(format) }
    guard let entry = random.element(of: fitting) else { throw AppError("no question fits format '\(format.id)'") }
    return entry
  }
}
