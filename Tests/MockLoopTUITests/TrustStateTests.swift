import Foundation
import MockLoopKit
import Testing

@testable import MockLoopTUI

/// What the app state does with the store's answers: unfinished sessions, a start that could not
/// be saved, the write queue's warning, a session that moved away, and a stopped process.
@Suite("Trust in the app state")
struct TrustStateTests {
  static let start = ScreenFixtures.start

  static func runningState() -> AppState {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    _ = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    return state
  }

  static func summary(_ id: String) -> SessionSummary {
    SessionSummary(
      id: id, createdAt: start - 600, formatID: "amazon-l6", questionID: "url-shortener",
      questionTitle: "Design a URL shortener", deckID: "amazon-l6-l7", level: .l6, finishedAt: nil,
      activeSeconds: nil, isGraded: false)
  }

  static func live(_ state: AppState) -> SessionScreenState? {
    if case .session(let live) = state.screen { return live }
    return nil
  }

  @Test("a new mock asks the runtime to store and own it, with an id from the injected random source")
  func startBegins() {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    var expected = state.random
    let effects = state.startSession(
      format: ScreenFixtures.l6, question: (ScreenFixtures.question, ScreenFixtures.deck), level: .l6)
    let session = Self.live(state)?.session
    #expect(session?.id == expected.identifier())
    #expect(effects == session.map { [.begin($0)] })
  }

  @Test("a start that could not be stored goes back home and says that nothing was saved")
  func beginFailureGoesHome() {
    var state = Self.runningState()
    let effects = state.handle(.beginFailed("disk full"), now: Self.start + 0.1)
    guard case .home = state.screen else {
      Issue.record("still on \(state.screen)")
      return
    }
    #expect(state.status == "The mock did not start: disk full. Nothing was saved.")
    #expect(effects == [.load(.home)])
  }

  @Test("Enter on home with an unfinished session asks; a abandons it, then starts the new mock")
  func unfinishedAsksFirst() {
    var home = HomeState()
    home.resumable = [Self.summary("old")]
    home.pane = .questions
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(home))
    #expect(state.handle(.key(.enter), now: Self.start).isEmpty)
    guard case .unfinishedBeforeStart(let unfinished, let pending) = state.dialog else {
      Issue.record("no question about the unfinished session: \(String(describing: state.dialog))")
      return
    }
    #expect(unfinished.id == "old")
    #expect(pending.questionID == "url-shortener")
    let effects = state.handle(.key(.character("a")), now: Self.start + 1)
    #expect(effects.first == .save(.abandon(sessionID: "old", at: Self.start + 1)))
    #expect(effects.count == 2)
    if case .begin = effects.last {} else { Issue.record("the new mock was not begun: \(effects)") }
    #expect(state.dialog == nil)
  }

  @Test("r resumes the one unfinished session; with several it asks which, and Enter picks the selected one")
  func resumeChoosesAmongSeveral() {
    var home = HomeState()
    home.resumable = [Self.summary("one")]
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(home))
    #expect(state.handle(.key(.character("r")), now: Self.start) == [.load(.resume(id: "one"))])
    home.resumable = [Self.summary("newer"), Self.summary("older")]
    state.screen = .home(home)
    #expect(state.handle(.key(.character("r")), now: Self.start).isEmpty)
    _ = state.handle(.key(.character("j")), now: Self.start)
    #expect(state.handle(.key(.enter), now: Self.start) == [.load(.resume(id: "older"))])
  }

  @Test("the saving warning stays on screen through keys until the queue is empty")
  func warningStaysUntilSaved() {
    var state = Self.runningState()
    _ = state.handle(.saveStatus(WriteQueue.Status(pending: 3, failure: "disk full")), now: Self.start + 1)
    _ = state.handle(.key(.character("j")), now: Self.start + 2)
    #expect(state.saveWarning == "Not saved yet: disk full, 3 changes waiting")
    #expect(AppScreen.render(state).textLines().last?.contains("⚠ Not saved yet: disk full") == true)
    _ = state.handle(.saveStatus(WriteQueue.Status()), now: Self.start + 3)
    #expect(state.saveWarning == nil)
  }

  @Test("quitting with unsaved changes asks; y quits keeping them in the queue file, n stays")
  func quitWithUnsavedAsks() {
    var state = ScreenFixtures.state(width: 100, height: 30, screen: .home(HomeState()))
    let waiting = WriteQueue.Status(pending: 2, failure: "disk full")
    _ = state.handle(.quitBlocked(waiting), now: Self.start)
    #expect(state.dialog == .quitWithUnsaved(waiting))
    #expect(state.handle(.key(.character("n")), now: Self.start).isEmpty)
    #expect(state.dialog == nil)
    _ = state.handle(.quitBlocked(waiting), now: Self.start)
    #expect(state.handle(.key(.character("y")), now: Self.start) == [.quitKeepingQueue])
  }

  @Test("a take-over request stores the notes and pauses before handing over; after it nothing is saved")
  func handOverThenFrozen() {
    var state = Self.runningState()
    _ = state.handle(.key(.tab), now: Self.start + 1)
    _ = state.handle(.key(.character("x")), now: Self.start + 2)
    let successor = SessionOwner(token: "t", pid: 42, terminal: "/dev/pts/9", host: "here", since: Self.start)
    let effects = state.handle(.ownership(.handoverRequested(by: successor)), now: Self.start + 3)
    let id = Self.live(state)?.session.id ?? ""
    #expect(effects.contains(.save(.notes("x", sessionID: id, at: Self.start + 3))))
    #expect(effects.last == .handOver(sessionID: id, to: successor))
    _ = state.handle(.handedOver(to: successor), now: Self.start + 4)
    #expect(Self.live(state)?.movedAway?.contains("pid 42 on /dev/pts/9") == true)
    #expect(state.handle(.key(.character(" ")), now: Self.start + 5).isEmpty)
    #expect(state.handle(.tick, now: Self.start + 10).isEmpty)
    #expect(state.handle(.key(.character("q")), now: Self.start + 11) == [.release(sessionID: id), .load(.home)])
  }

  @Test("a session lost to another process or deleted freezes the screen and says so")
  func lostOrGone() {
    var state = Self.runningState()
    _ = state.handle(.ownership(.gone), now: Self.start + 1)
    #expect(Self.live(state)?.movedAway == "This session was deleted by another process. Nothing more is saved here.")
  }

  @Test("a stopped process's gap is logged as an away pause from the last sign of life, and the session waits")
  func gapBecomesAwayPause() {
    var state = Self.runningState()
    for second in 1...30 { _ = state.handle(.tick, now: Self.start + Double(second)) }
    let effects = state.handle(.gap(since: Self.start + 30.2), now: Self.start + 120.2)
    guard let live = Self.live(state) else {
      Issue.record("not on the session")
      return
    }
    #expect(
      effects == [.save(.event(SessionEvent(.pause, at: Self.start + 30.2, reason: .away), sessionID: live.session.id))]
    )
    let timeline = live.session.timeline(at: Self.start + 200)
    #expect(timeline.isPaused)
    #expect(abs(timeline.activeSeconds - 30.2) < 0.001)
    #expect(abs(timeline.awaySeconds - 169.8) < 0.001)
    #expect(live.banner?.hasPrefix("Away 1:30") == true)
  }
}
