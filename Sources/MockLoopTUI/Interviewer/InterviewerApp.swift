import Foundation
import MockLoopKit

/// `mockloop interviewer [ID]` and `mockloop grade ID --as interviewer`: joins a session as its
/// interviewer from another terminal (or over `ssh -t`), through the same database. The
/// candidate's process stays the owner; this one writes only the interviewer's rows.
public enum InterviewerApp {
  /// What the interviewer's run was asked for.
  public struct Launch: Sendable {
    /// A session id, prefix or `last`; nil: the mock running now.
    public var reference: String?
    /// Straight to grading a finished session (for a partner who watched a screen share).
    public var gradeOnly: Bool
    /// Who grades with `gradeOnly`: the interviewer, or the candidate regrading their own.
    public var grader: ParticipantRole
    public var app: AppLaunch

    public init(reference: String?, gradeOnly: Bool, grader: ParticipantRole = .interviewer, app: AppLaunch) {
      self.reference = reference
      self.gradeOnly = gradeOnly
      self.grader = grader
      self.app = app
    }
  }

  public static func run(_ launch: Launch) throws -> Int32 {
    let environment = launch.app.environment
    let content = ContentLibrary.load(
      from: ContentLocations.standard(environment: environment), cache: ContentCache.standard(environment: environment))
    let theme =
      launch.app.colorsAllowed
      ? launch.app.themeID.flatMap(content.theme(id:)) ?? content.theme(id: "default") ?? Theme.fallback
      : content.theme(id: "mono") ?? Theme.fallback
    let clock = SystemClock()
    let store: SessionStore
    do {
      store = try SessionStore.open(folder: DataLocation.folder(environment: environment))
    } catch let error as StoreError {
      throw AppError(error.description)
    }
    let id = try chooseSession(launch, in: store)
    guard let session = try store.session(id: id) else { throw AppError("no session '\(id)'") }
    if launch.gradeOnly && !session.isFinished {
      throw AppError(
        "session \(id.prefix(8)) is not finished yet; during the mock, join it with 'mockloop interviewer \(id.prefix(8))'"
      )
    }
    do {
      if launch.grader == .interviewer { try store.joinAsInterviewer(id, at: clock.now) }
    } catch let error as OwnershipError {
      throw AppError(error.description)
    }
    let side = try store.interviewerSide(of: id)
    let ownerIsAlive = try store.owner(of: id) != nil

    let terminal = try NcursesTerminal(
      theme: theme, colorMode: launch.app.colorsAllowed ? .auto : .none, reportsMouse: false)
    let size = terminal.size
    var state = InterviewerState(
      session: session, side: side, ownerIsAlive: ownerIsAlive, content: content, width: size.width,
      height: size.height, now: clock.now,
      random: SplitMix64(seed: UInt64(bitPattern: Int64(clock.now.timeIntervalSince1970 * 1e6)) ^ UInt64(getpid())))
    let runtime = InterviewerRuntime(
      terminal: terminal, clock: clock, store: store, sessionID: id, ownerIsAlive: ownerIsAlive)
    if let notice = runtime.replayEarlierChanges() { state.status = notice }
    if launch.gradeOnly {
      state.quitsAfterGrading = true
      _ = state.openGrading(as: launch.grader)
    }
    if state.grading == nil && launch.gradeOnly {
      terminal.shutdown()
      throw AppError(state.status ?? "cannot grade session \(id.prefix(8))")
    }
    let status = runtime.loop(&state)
    terminal.shutdown()
    for note in runtime.exitNotes { FileHandle.standardError.write(Data((note + "\n").utf8)) }
    return status
  }

  /// The session named, else the unfinished one whose candidate is running it now (the newest
  /// such), else the newest unfinished one.
  static func chooseSession(_ launch: Launch, in store: SessionStore) throws -> String {
    if let reference = launch.reference {
      guard let id = try store.resolveSessionID(reference) else {
        throw AppError("no session '\(reference)' (see 'mockloop history')")
      }
      return id
    }
    let unfinished = try store.unfinishedSessions()
    if let running = try unfinished.first(where: { try store.owner(of: $0.id) != nil }) { return running.id }
    guard let newest = unfinished.first else {
      throw AppError(
        "no mock is running to join; the candidate starts one ('mockloop start'), then run 'mockloop interviewer'")
    }
    return newest.id
  }
}
