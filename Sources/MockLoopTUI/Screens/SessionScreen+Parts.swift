import MockLoopKit

/// What each remembered part of the session screen is drawn from. A part is drawn again only
/// when its key (with its size) changes; a tick of the clock changes none of these.
extension SessionScreen {
  /// The title bar: the question's title and the detail on the right.
  struct TitleKey: Hashable, Sendable {
    var title: String
    var detail: String
  }

  /// The question box: the question (or, when it is gone from the decks, the title kept with
  /// the session), its scroll position and whether the box has the focus.
  struct QuestionBoxKey: Hashable, Sendable {
    var question: Question?
    var sessionTitle: String
    var scroll: ScrollState
    var isFocused: Bool

    init(_ live: SessionScreenState) {
      question = live.question
      sessionTitle = live.session.question.title
      scroll = live.questionScroll
      isFocused = live.focus == .question
    }

    static func == (lhs: Self, rhs: Self) -> Bool {
      lhs.scroll == rhs.scroll && lhs.isFocused == rhs.isFocused && lhs.sessionTitle == rhs.sessionTitle
        && lhs.question == rhs.question
    }

    /// A question is hashed by its id alone; equal keys have equal ids.
    func hash(into hasher: inout Hasher) {
      hasher.combine(question?.id)
      hasher.combine(sessionTitle)
      hasher.combine(scroll.offset)
      hasher.combine(isFocused)
    }
  }

  /// One follow-up as the follow-ups box shows it: the minute it was asked at, its text, and
  /// whether it is the one just asked.
  struct AskedFollowUp: Hashable, Sendable {
    var minute: String
    var text: String
    var isNew: Bool
  }

  /// The follow-ups box: the follow-ups asked (newest first), how many there are in all, the
  /// border's role and the scroll position.
  struct FollowUpsBoxKey: Hashable, Sendable {
    var asked: [AskedFollowUp]
    var total: Int
    var role: StyleRole
    var scroll: ScrollState

    init(_ live: SessionScreenState) {
      asked = SessionScreen.askedFollowUps(live)
      total = SessionScreen.followUpTotal(live, asked: asked.map(\.text))
      role = live.focus == .followUps ? .accent : live.highlightedFollowUp == nil ? .border : .followupNew
      scroll = live.followUpsScroll
    }
  }

  /// The notes box: its title, whether it has the focus, and what the editor shows.
  struct NotesBoxKey: Hashable, Sendable {
    var title: String
    var isFocused: Bool
    var editor: NotesEditor.Shown
  }

  /// The texts of the follow-ups a session's schedule holds for `question`: the schedule is
  /// made from the question, the format and the level alone, once rather than every tick.
  static func scheduledFollowUps(_ question: Question, session: Session) -> [String] {
    scheduleMemo.value(for: ScheduleKey(question: question, format: session.format, level: session.level)) {
      session.schedule(of: question).followUps.map(\.text)
    }
  }

  /// What `Session.schedule(of:)` depends on.
  private struct ScheduleKey: Hashable, Sendable {
    var question: Question
    var format: InterviewFormat
    var level: Level?

    /// Hashed by the ids alone; equal keys have equal ids.
    func hash(into hasher: inout Hasher) {
      hasher.combine(question.id)
      hasher.combine(format.id)
      hasher.combine(level)
    }
  }

  private static let scheduleMemo = Memo<ScheduleKey, [String]>(capacity: 4)
  static let titleMemo = Memo<RegionKey<TitleKey>, Canvas>(capacity: 4)
  static let questionBoxMemo = Memo<RegionKey<QuestionBoxKey>, Canvas>(capacity: 4)
  static let followUpsBoxMemo = Memo<RegionKey<FollowUpsBoxKey>, Canvas>(capacity: 4)
  static let notesBoxMemo = Memo<RegionKey<NotesBoxKey>, Canvas>(capacity: 4)
}
