/// When each follow-up of a question comes in one session: for a question, a format and a
/// level, every follow-up that session hears, in order, with its minute from the start of the
/// mock, its phase and its role.
///
/// A follow-up's minute is the start of its role's span plus its position times the span's
/// length, where the span is the phases that declare the role, in order, taken end to end.
/// Invariants: every timed entry's minute lies inside its phase and so inside the format;
/// timed entries are in minute order (ties keep the deck's order); follow-ups the level does
/// not ask are left out. A follow-up with no role, or whose role the format lacks, can still
/// be asked on demand.
public struct FollowUpSchedule: Sendable, Equatable {
  /// One follow-up placed at its minute.
  public struct Entry: Sendable, Equatable {
    public var followUp: FollowUp
    /// Minutes of interview time from the start of the mock (pauses excluded), to 0.01.
    public var minute: Double
    public var phaseID: String
    public var phaseIndex: Int
    public var role: PhaseRole
  }

  public private(set) var timed: [Entry] = []
  /// Asked only when the candidate asks (`f`): those with no role, then those whose role the
  /// format has no phase for, in the deck's order.
  public private(set) var onDemand: [FollowUp] = []

  public init(question: Question, format: InterviewFormat, level: Level?) {
    let starts = format.phaseStarts
    var placed: [(entry: Entry, order: Int)] = []
    var unplaced: [FollowUp] = []
    var untimed: [FollowUp] = []
    for (order, followUp) in question.followUps.enumerated() where followUp.isAsked(at: level) {
      guard let role = followUp.role else {
        untimed.append(followUp)
        continue
      }
      guard let (minute, index) = Self.place(role: role, at: followUp.position ?? 0, in: format, starts: starts) else {
        unplaced.append(followUp)
        continue
      }
      let entry = Entry(
        followUp: followUp, minute: minute, phaseID: format.phases[index].id, phaseIndex: index, role: role)
      placed.append((entry, order))
    }
    timed = placed.sorted { ($0.entry.minute, $0.order) < ($1.entry.minute, $1.order) }.map(\.entry)
    onDemand = untimed + unplaced
  }

  /// Every follow-up the session can hear, timed ones first in minute order.
  public var followUps: [FollowUp] { timed.map(\.followUp) + onDemand }

  /// The timed entries whose minute has come after `activeSeconds` of interview time.
  public func due(afterActiveSeconds activeSeconds: Double) -> [Entry] {
    timed.filter { $0.minute * 60 <= activeSeconds + 1e-9 }
  }

  /// The minute and phase index of a position in a role's span, or nil when no phase has the role.
  static func place(role: PhaseRole, at position: Double, in format: InterviewFormat, starts: [Int]) -> (
    Double, Int
  )? {
    let span = format.phases.indices.filter { format.phases[$0].roles.contains(role) }
    guard let last = span.last else { return nil }
    let length = span.reduce(0) { $0 + format.phases[$1].minutes }
    var offset = min(max(position, 0), 1) * Double(length)
    for index in span {
      let minutes = Double(format.phases[index].minutes)
      if offset < minutes || index == last {
        let start = Double(starts[index])
        let end = start + minutes
        var minute = ((start + min(offset, minutes)) * 100).rounded() / 100
        if minute >= end { minute = ((end - 0.01) * 100).rounded() / 100 }
        return (minute, index)
      }
      offset -= minutes
    }
    return nil
  }
}
